import { Alert, Anchor, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconMoodEmpty, IconSearch, IconWifiOff, IconX } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform, ProductSummary } from '../../../../shared/bridge/calls/catalog';
import { FreshnessBadge } from '../../components/FreshnessBadge';
import { ResultsGrid } from '../../components/product/ResultsGrid';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { formatNumber } from '../../i18n/format';
import { useNavigation } from '../../stores/navigation';
import { useSearch, type SearchFilters as Filters } from '../../stores/search';
import { imageIn, readSearchImage } from './image-file';
import { SearchBar } from './SearchBar';
import { SearchFilters } from './SearchFilters';
import { useSearchResults, type SearchMode } from './useSearchResults';

/** Filters sent to main: a reversed price range is shown as an error and not sent. */
function effectiveFilters(filters: Filters): Filters {
  const reversed =
    filters.priceMinFen !== undefined &&
    filters.priceMaxFen !== undefined &&
    filters.priceMinFen > filters.priceMaxFen;
  return reversed ? { ...filters, priceMaxFen: undefined } : filters;
}

export function SearchPage() {
  const { t } = useTranslation('search');
  const route = useNavigation((state) => state.route);
  const go = useNavigation((state) => state.go);
  const { platform: chosenPlatform, setPlatform, image, setImage, setDraft } = useSearch();
  const [filters] = useDebouncedValue(
    useSearch((state) => state.filters),
    350,
  );
  const [imageError, setImageError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const params = route.page === 'search' ? route : { page: 'search' as const };
  const platform = params.platform ?? chosenPlatform;

  const mode: SearchMode = useMemo(() => {
    if (params.sellerId) return { kind: 'store', sellerId: params.sellerId, keyword: params.query };
    if (params.query) return { kind: 'keyword', query: params.query, platform };
    if (image) return { kind: 'image', image };
    return { kind: 'idle' };
  }, [params.sellerId, params.query, platform, image]);

  // The box shows what the results are for, also after Back.
  useEffect(() => {
    if (params.query && !params.sellerId) setDraft(params.query);
  }, [params.query, params.sellerId, setDraft]);

  const results = useSearchResults(mode, effectiveFilters(filters));
  const first = results.data?.pages[0];
  const items = useMemo(
    () => results.data?.pages.flatMap((page) => page.data.items) ?? [],
    [results.data],
  );

  // A pasted link opens its product directly.
  const detected = first?.data.detected;
  useEffect(() => {
    if (detected?.kind === 'link')
      go({ page: 'product', platform: detected.platform, id: detected.id });
  }, [detected, go]);

  const submit = (query: string, nextPlatform: Platform) => {
    setImage(null);
    go({ page: 'search', query, platform: nextPlatform });
  };
  const changePlatform = (next: Platform) => {
    setPlatform(next);
    if (params.query && !params.sellerId)
      go({ page: 'search', query: params.query, platform: next });
  };
  const searchByImage = async (file: File) => {
    const read = await readSearchImage(file);
    if (!read.ok) {
      setImageError(t(`image.${read.reason}`));
      return;
    }
    setImageError(null);
    setImage(read.image);
    setPlatform('1688');
    go({ page: 'search', platform: '1688' });
  };
  const drop = (event: DragEvent) => {
    const file = imageIn(event.dataTransfer?.items) ?? event.dataTransfer?.files?.[0] ?? null;
    setDragging(false);
    if (!file) return;
    event.preventDefault();
    void searchByImage(file);
  };

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
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = results;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  return (
    <Stack
      gap="md"
      onDragOver={(event) => {
        if (imageIn(event.dataTransfer?.items) || event.dataTransfer?.types.includes('Files')) {
          event.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <Group justify="space-between" align="center">
        <Title order={1} size="h2">
          {mode.kind === 'store' ? t('storeTitle') : t('title')}
        </Title>
        {first ? <FreshnessBadge answer={first} /> : null}
      </Group>

      {mode.kind === 'store' ? (
        <Group gap="sm">
          <Text c="dimmed">
            {t('storeSubtitle', { seller: items[0]?.seller?.name ?? mode.sellerId })}
          </Text>
          <Anchor component="button" type="button" onClick={() => go({ page: 'search', platform })}>
            {t('backToSearch')}
          </Anchor>
        </Group>
      ) : (
        <SearchBar
          platform={platform}
          onSubmit={submit}
          onImage={(file) => void searchByImage(file)}
          onPlatform={changePlatform}
        />
      )}

      {dragging ? (
        <Paper withBorder p="lg" style={{ borderStyle: 'dashed' }} ta="center" role="status">
          <Text>{t('image.drop')}</Text>
        </Paper>
      ) : null}
      {imageError ? (
        <Alert
          color="red"
          role="alert"
          withCloseButton
          onClose={() => setImageError(null)}
          closeButtonLabel={t('image.remove')}
        >
          {imageError}
        </Alert>
      ) : null}
      {mode.kind === 'image' ? (
        <Paper withBorder p="sm">
          <Group gap="md">
            <Image
              src={mode.image.previewUrl}
              alt={t('image.preview')}
              w={72}
              h={72}
              fit="cover"
              radius="sm"
            />
            <Stack gap={2} style={{ flex: 1 }}>
              <Text fw={600}>{t('image.searching')}</Text>
              <Text size="sm" c="dimmed">
                {mode.image.name} · {t('image.only1688')}
              </Text>
            </Stack>
            <Anchor component="button" type="button" onClick={() => setImage(null)}>
              <Group gap={4}>
                <IconX size={14} aria-hidden />
                {t('image.remove')}
              </Group>
            </Anchor>
          </Group>
        </Paper>
      ) : null}

      {mode.kind !== 'idle' ? (
        <SearchFilters showCategory={mode.kind === 'keyword' && platform === '1688'} />
      ) : null}

      {first?.source === 'local' ? (
        <Alert
          color="orange"
          icon={<IconWifiOff size={18} />}
          title={t('results.offlineTitle')}
          role="status"
        >
          {t('results.offlineHint')}
        </Alert>
      ) : null}

      {mode.kind === 'idle' ? (
        <EmptyState
          title={t('results.startTitle')}
          hint={t('results.startHint')}
          icon={<IconSearch size={26} />}
        />
      ) : results.isPending || detected?.kind === 'link' ? (
        <LoadingState label={detected?.kind === 'link' ? t('results.openingLink') : undefined} />
      ) : results.isError ? (
        <ErrorState error={results.error} onRetry={() => void results.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={t('results.emptyTitle')}
          hint={first?.source === 'local' ? t('results.offlineEmpty') : t('results.emptyHint')}
          icon={<IconMoodEmpty size={26} />}
        />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status" data-testid="results-count">
            {t('results.count', {
              count: first?.data.totalRecords ?? items.length,
              formatted: formatNumber(first?.data.totalRecords ?? items.length),
            })}
          </Text>
          <ResultsGrid
            items={items}
            label={t('results.label')}
            hasMore={Boolean(hasNextPage)}
            loadingMore={isFetchingNextPage}
            onLoadMore={loadMore}
            onOpen={open}
            onOpenStore={openStore}
          />
        </>
      )}
    </Stack>
  );
}
