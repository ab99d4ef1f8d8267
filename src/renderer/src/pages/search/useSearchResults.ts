import { useInfiniteQuery } from '@tanstack/react-query';
import type { Platform, SearchPage } from '../../../../shared/bridge/calls/catalog';
import type { Sourced } from '../../../../shared/bridge/sourced';
import { bridge, type BridgeCallError } from '../../bridge/client';
import type { SearchFilters, SearchImage } from '../../stores/search';

export type SearchMode =
  | { readonly kind: 'idle' }
  | { readonly kind: 'keyword'; readonly query: string; readonly platform: Platform }
  | { readonly kind: 'image'; readonly image: SearchImage }
  | { readonly kind: 'store'; readonly sellerId: string; readonly keyword?: string };

export const PAGE_SIZE = 20;

function fetchPage(
  mode: SearchMode,
  filters: SearchFilters,
  page: number,
): Promise<Sourced<SearchPage>> {
  const common = { ...filters, page, pageSize: PAGE_SIZE };
  switch (mode.kind) {
    case 'keyword':
      return bridge.call('catalog.search', {
        ...common,
        query: mode.query,
        platform: mode.platform,
      });
    case 'image':
      return bridge.call('catalog.searchImage', { ...common, imageBase64: mode.image.base64 });
    case 'store':
      return bridge.call('catalog.storeSearch', {
        ...common,
        sellerOpenId: mode.sellerId,
        ...(mode.keyword ? { keyword: mode.keyword } : {}),
      });
    case 'idle':
      throw new Error('Nothing to search.');
  }
}

/** The key never holds the picture itself (megabytes), only its identity. */
function keyOf(mode: SearchMode): unknown {
  return mode.kind === 'image' ? { kind: 'image', key: mode.image.key } : mode;
}

/** Pages of results for the current search, fetched as the grid scrolls. */
export function useSearchResults(mode: SearchMode, filters: SearchFilters) {
  return useInfiniteQuery<Sourced<SearchPage>, BridgeCallError>({
    queryKey: ['catalog.results', keyOf(mode), filters],
    queryFn: ({ pageParam }) => fetchPage(mode, filters, pageParam as number),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.data.detected.kind === 'keyword' &&
      last.data.page < last.data.totalPages &&
      last.data.items.length > 0
        ? last.data.page + 1
        : undefined,
    enabled: mode.kind !== 'idle',
    // Main caches answers; keep pages for a quick Back without asking again.
    staleTime: 5 * 60_000,
  });
}
