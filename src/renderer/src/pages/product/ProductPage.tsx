import {
  Anchor,
  Badge,
  Button,
  CopyButton,
  Divider,
  Grid,
  Group,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  IconArrowLeft,
  IconBuildingStore,
  IconCopy,
  IconExternalLink,
  IconPackageOff,
} from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductDetail, ProductSummary } from '../../../../shared/bridge/calls/catalog';
import { bridge } from '../../bridge/client';
import { useBridgeQuery } from '../../bridge/hooks';
import { FreshnessBadge } from '../../components/FreshnessBadge';
import { Gallery } from '../../components/product/Gallery';
import { Price } from '../../components/product/Price';
import { PriceTiers } from '../../components/product/PriceTiers';
import { variantFor } from '../../components/product/quantity-check';
import { useTitles } from '../../components/product/titles';
import { VariantPicker } from '../../components/product/VariantPicker';
import { EmptyState, errorInfoOf, ErrorState, LoadingState } from '../../components/states';
import { formatNumber } from '../../i18n/format';
import { useNavigation } from '../../stores/navigation';
import { AddToCart } from './AddToCart';
import { RelatedProducts } from './RelatedProducts';

/** The desktop page of a product, as an agent would paste it. */
function siteUrl(product: ProductDetail): string {
  const id = product.offerId ?? product.id;
  return product.platform === '1688'
    ? `https://detail.1688.com/offer/${id}.html`
    : `https://item.taobao.com/item.htm?id=${id}`;
}

export function ProductPage() {
  const { t } = useTranslation('product');
  const route = useNavigation((state) => state.route);
  const go = useNavigation((state) => state.go);
  const back = useNavigation((state) => state.back);
  const params = route.page === 'product' ? route : null;
  const answer = useBridgeQuery(
    'catalog.product',
    { platform: params?.platform ?? '1688', id: params?.id ?? '-' },
    { enabled: Boolean(params) },
  );

  const open = useCallback(
    (product: ProductSummary) =>
      go({ page: 'product', platform: product.platform, id: product.id }),
    [go],
  );
  const openStore = useCallback(
    (product: ProductSummary) =>
      product.seller?.id && go({ page: 'search', platform: '1688', sellerId: product.seller.id }),
    [go],
  );

  const backButton = (
    <Button
      variant="subtle"
      leftSection={<IconArrowLeft size={16} />}
      onClick={back}
      w="fit-content"
    >
      {t('back')}
    </Button>
  );
  if (!params) return null;
  if (answer.isPending) return <LoadingState />;
  if (answer.isError) {
    return (
      <Stack>
        {backButton}
        {errorInfoOf(answer.error).code === 'not_found' ? (
          <EmptyState title={t('notFoundTitle')} icon={<IconPackageOff size={26} />} />
        ) : (
          <ErrorState error={answer.error} onRetry={() => void answer.refetch()} />
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      {backButton}
      <ProductBody
        key={`${params.platform}:${params.id}`}
        product={answer.data.data}
        answer={answer.data}
        onOpenStore={openStore}
      />
      <Divider />
      <RelatedProducts
        platform={params.platform}
        id={answer.data.data.id}
        onOpen={open}
        onOpenStore={openStore}
      />
    </Stack>
  );
}

function ProductBody({
  product,
  answer,
  onOpenStore,
}: {
  product: ProductDetail;
  answer: Parameters<typeof FreshnessBadge>[0]['answer'];
  onOpenStore(product: ProductSummary): void;
}) {
  const { t } = useTranslation('product');
  // One axis with one value is no choice: it starts chosen so the user does not have to.
  const [chosen, setChosen] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      product.axes
        .filter((axis) => axis.values.length === 1)
        .map((axis) => [axis.name, axis.values[0]!.value]),
    ),
  );
  const [quantity, setQuantity] = useState(product.minOrderQuantity);
  const variant = useMemo(() => variantFor(product, chosen), [product, chosen]);
  const { primary: title, secondary } = useTitles(product);

  const stock = variant ? variant.stock : product.stock;
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Gallery images={product.images} title={title} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          <Group gap="xs">
            <Badge variant="light">{product.platform === '1688' ? '1688' : 'Taobao'}</Badge>
            <FreshnessBadge answer={answer} />
          </Group>
          <div>
            <Title order={1} size="h3">
              {title}
            </Title>
            {secondary ? (
              <Text c="dimmed" size="sm">
                {secondary}
              </Text>
            ) : null}
          </div>
          <Group gap="lg">
            <Price fen={variant?.priceFen ?? product.priceFen} size="xl" />
            {product.monthlySales !== null ? (
              <Text size="sm" c="dimmed">
                {t('monthlySales', { sales: formatNumber(product.monthlySales) })}
              </Text>
            ) : null}
            {product.repurchaseRate !== null ? (
              <Text size="sm" c="dimmed">
                {t('repurchase', { rate: `${Math.round(product.repurchaseRate * 100)}%` })}
              </Text>
            ) : null}
          </Group>
          <PriceTiers tiers={product.priceTiers} quantity={quantity} />
          <Group gap="md">
            <Text size="sm" data-testid="moq">
              {t('moq', { count: formatNumber(product.minOrderQuantity) })}
            </Text>
            <Text size="sm" c={stock === 0 ? 'red' : undefined} data-testid="stock">
              {stock === 0
                ? t('soldOut')
                : stock === null
                  ? t('stockUnknown')
                  : t('stock', { count: formatNumber(stock) })}
            </Text>
          </Group>
          <VariantPicker
            product={product}
            chosen={chosen}
            onChoose={(axis, value) => setChosen((current) => ({ ...current, [axis]: value }))}
          />
          {product.axes.length > 0 && !variant ? (
            <Text size="sm" c="dimmed">
              {t('chooseAll')}
            </Text>
          ) : null}
          <AddToCart
            product={product}
            variant={variant}
            quantity={quantity}
            onQuantity={setQuantity}
          />
          <Divider />
          <Group gap="sm" wrap="wrap">
            <Text size="sm" fw={600}>
              {t('seller')}:
            </Text>
            <Text size="sm">{product.seller?.name ?? product.seller?.id ?? '—'}</Text>
            {product.platform === '1688' && product.seller?.id ? (
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => onOpenStore(product)}
              >
                <Group gap={4}>
                  <IconBuildingStore size={14} aria-hidden />
                  {t('openStore')}
                </Group>
              </Anchor>
            ) : null}
          </Group>
          <Group gap="sm">
            <Button
              variant="light"
              size="xs"
              leftSection={<IconExternalLink size={14} />}
              onClick={() =>
                void bridge
                  .call('app.openExternal', { url: siteUrl(product) })
                  .catch(() => undefined)
              }
            >
              {t('openOnSite', { platform: product.platform === '1688' ? '1688' : 'Taobao' })}
            </Button>
            <CopyButton value={product.id}>
              {({ copied, copy }) => (
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconCopy size={14} />}
                  onClick={copy}
                >
                  {copied ? t('copied') : t('copyId')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
