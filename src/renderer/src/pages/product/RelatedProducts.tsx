import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Platform, ProductSummary } from '../../../../shared/bridge/calls/catalog';
import { useBridgeQuery } from '../../bridge/hooks';
import { ProductCard } from '../../components/product/ProductCard';
import { LoadingState } from '../../components/states';

/** Related 1688 offers; a failure here stays quiet, the product itself matters more. */
export function RelatedProducts({
  platform,
  id,
  onOpen,
  onOpenStore,
}: {
  platform: Platform;
  id: string;
  onOpen(product: ProductSummary): void;
  onOpenStore(product: ProductSummary): void;
}) {
  const { t } = useTranslation('product');
  const related = useBridgeQuery(
    'catalog.related',
    { platform, id, pageSize: 8 },
    { enabled: platform === '1688' },
  );
  if (platform !== '1688') return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="related-title">
      <Title order={2} size="h4" id="related-title">
        {t('related')}
      </Title>
      {related.isPending ? <LoadingState /> : null}
      {related.data && related.data.data.length === 0 ? (
        <Text c="dimmed">{t('relatedNone')}</Text>
      ) : null}
      {related.isError ? <Text c="dimmed">{t('relatedNone')}</Text> : null}
      {related.data && related.data.data.length > 0 ? (
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} role="list" aria-labelledby="related-title">
          {related.data.data.map((product) => (
            <div role="listitem" key={product.id}>
              <ProductCard product={product} onOpen={onOpen} onOpenStore={onOpenStore} />
            </div>
          ))}
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
