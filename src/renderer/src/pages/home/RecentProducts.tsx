import { Anchor, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductSummary } from '../../../../shared/bridge/calls/catalog';
import type { LocalProduct } from '../../../../shared/bridge/calls/store';
import { useBridgeQuery } from '../../bridge/hooks';
import { ProductCard } from '../../components/product/ProductCard';
import { EmptyState, ErrorState } from '../../components/states';
import { formatAge } from '../../i18n/format';
import { useNavigation } from '../../stores/navigation';

const RECENT_COUNT = 6;

/** A product from the local index, shaped as a search result so the same card shows it. */
function summaryOf(product: LocalProduct): ProductSummary {
  return {
    platform: product.platform,
    id: product.id,
    title: product.title,
    titleTranslated: product.titleTrans || null,
    imageUrl: product.imageUrl,
    priceFen: product.priceFen,
    monthlySales: product.monthlySales,
    repurchaseRate: product.repurchaseRate,
    seller: product.sellerId ? { id: product.sellerId, name: product.sellerName || null } : null,
  };
}

/**
 * The newest products seen (an empty local query lists the index newest first). They come from
 * this computer, so they show offline too.
 */
export function RecentProducts() {
  const { t } = useTranslation('app');
  const go = useNavigation((state) => state.go);
  // Local and cheap: asked again on every visit, so what was just seen is there.
  const recent = useBridgeQuery(
    'store.searchLocal',
    { query: '', pageSize: RECENT_COUNT },
    { staleTime: 0 },
  );
  const open = useCallback(
    (product: ProductSummary) =>
      go({ page: 'product', platform: product.platform, id: product.id }),
    [go],
  );
  const openStore = useCallback(
    (product: ProductSummary) =>
      product.seller && go({ page: 'search', platform: '1688', sellerId: product.seller.id }),
    [go],
  );
  const hits = recent.data?.data.hits ?? [];
  const newest = hits[0]?.product.seenAt;

  return (
    <Stack gap="sm" component="section" aria-labelledby="recent-title">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h4" id="recent-title">
          {t('home.recentTitle')}
        </Title>
        {newest ? (
          <Text size="xs" c="dimmed">
            {t('home.recentSeen', { age: formatAge(newest) })}
          </Text>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed">
        {t('home.recentHint')}
      </Text>
      {recent.isPending ? (
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" role="status" aria-label={t('loading')}>
          {Array.from({ length: 3 }, (_, index) => (
            <Skeleton key={index} height={260} radius="md" />
          ))}
        </SimpleGrid>
      ) : recent.isError ? (
        <ErrorState error={recent.error} onRetry={() => void recent.refetch()} />
      ) : hits.length === 0 ? (
        <EmptyState
          title={t('home.recentEmpty')}
          hint={t('home.recentEmptyHint')}
          icon={<IconHistory size={26} />}
          action={
            <Anchor component="button" type="button" onClick={() => go({ page: 'search' })}>
              {t('home.goSearch')}
            </Anchor>
          }
        />
      ) : (
        <SimpleGrid
          cols={{ base: 2, sm: 3 }}
          spacing="sm"
          component="ul"
          aria-label={t('home.recentTitle')}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {hits.map(({ product }) => (
            <li key={`${product.platform}:${product.id}`}>
              <ProductCard product={summaryOf(product)} onOpen={open} onOpenStore={openStore} />
            </li>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
