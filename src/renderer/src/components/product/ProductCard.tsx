import {
  Anchor,
  AspectRatio,
  Card,
  Center,
  Group,
  Image,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBuildingStore, IconPhotoOff } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductSummary } from '../../../../shared/bridge/calls/catalog';
import { formatNumber } from '../../i18n/format';
import { Price } from './Price';
import { useTitles } from './titles';

export interface ProductCardProps {
  readonly product: ProductSummary;
  onOpen(product: ProductSummary): void;
  onOpenStore?(product: ProductSummary): void;
}

/** One result: picture, both titles, price, sales, repurchase rate and the seller. */
export const ProductCard = memo(function ProductCard({
  product,
  onOpen,
  onOpenStore,
}: ProductCardProps) {
  const { t } = useTranslation('search');
  const { primary: title, secondary } = useTitles(product);
  const sellerName = product.seller?.name ?? product.seller?.id ?? null;
  return (
    <Card withBorder padding="sm" radius="md" h="100%" component="article" aria-label={title}>
      <UnstyledButton
        onClick={() => onOpen(product)}
        aria-label={t('card.open', { title })}
        style={{ display: 'block' }}
      >
        {/* Card.Section only bleeds to the edges as a direct child of Card, hence the margins. */}
        <div style={{ margin: 'calc(var(--card-padding) * -1)', marginBottom: 0 }}>
          <AspectRatio ratio={1}>
            {product.imageUrl ? (
              <Image src={product.imageUrl} alt="" loading="lazy" fit="cover" />
            ) : (
              <Center bg="gray.1" aria-label={t('card.noImage')}>
                <IconPhotoOff size={32} color="var(--mantine-color-gray-5)" />
              </Center>
            )}
          </AspectRatio>
        </div>
        <Stack gap={2} mt="xs">
          <Text size="sm" fw={600} lineClamp={2} title={title}>
            {title}
          </Text>
          {secondary ? (
            <Text size="xs" c="dimmed" lineClamp={1} title={secondary}>
              {secondary}
            </Text>
          ) : null}
        </Stack>
      </UnstyledButton>
      <Stack gap={4} mt={6}>
        <Price fen={product.priceFen} size="md" />
        <Group gap="xs" wrap="nowrap">
          {product.monthlySales !== null ? (
            <Text size="xs" c="dimmed">
              {t('card.monthlySales', { sales: formatNumber(product.monthlySales) })}
            </Text>
          ) : null}
          {product.repurchaseRate !== null ? (
            <Text size="xs" c="dimmed">
              {t('card.repurchase', { rate: `${Math.round(product.repurchaseRate * 100)}%` })}
            </Text>
          ) : null}
        </Group>
        {sellerName && product.seller?.id && onOpenStore && product.platform === '1688' ? (
          <Anchor
            component="button"
            type="button"
            size="xs"
            ta="left"
            onClick={() => onOpenStore(product)}
            aria-label={t('card.openStore', { seller: sellerName })}
          >
            <Group gap={4} wrap="nowrap">
              <IconBuildingStore size={14} aria-hidden />
              <Text span size="xs" truncate>
                {sellerName}
              </Text>
            </Group>
          </Anchor>
        ) : (
          <Text size="xs" c="dimmed" truncate>
            {sellerName ?? t('card.sellerUnknown')}
          </Text>
        )}
      </Stack>
    </Card>
  );
});
