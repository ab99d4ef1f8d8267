import type { Platform, SearchSort } from '../../shared/bridge/calls/catalog';
import { fenToYuanString } from './money';

/**
 * The PandaPon endpoints the catalog reads, by their name in the endpoint catalogue
 * (src/shared/pandapon), and how a catalog request becomes each one's body.
 */
export const CATALOG_ENDPOINTS = {
  keywordSearch1688: 'alibaba.product.keywordSearch',
  imageSearch1688: 'alibaba.product.imageSearch',
  storeSearch1688: 'alibaba.product.sellerOfferSearch',
  detail1688: 'alibaba.product.detail',
  related1688: 'alibaba.product.relatedRecommend',
  categories1688: 'alibaba.category.get',
  keywordSearchTaobao: 'taobao.product.keywordSearch',
  detailTaobao: 'taobao.product.get',
} as const;

/** PandaPon's search language; the docs say "currently always en". */
export const SEARCH_COUNTRY = 'en';

export interface FilterRequest {
  readonly categoryId?: string;
  readonly priceMinFen?: number;
  readonly priceMaxFen?: number;
  readonly sort: SearchSort;
  readonly page: number;
  readonly pageSize: number;
}

/** 1688 sorts are a JSON string `{"<field>":"asc|desc"}`; relevance sends none. */
function sort1688(sort: SearchSort): string | undefined {
  if (sort === 'price_asc') return JSON.stringify({ price: 'asc' });
  if (sort === 'price_desc') return JSON.stringify({ price: 'desc' });
  if (sort === 'sales_desc') return JSON.stringify({ monthSold: 'desc' });
  return undefined;
}

/** Taobao sort words are not documented beyond `tk_rate_desc`; these follow its pattern. */
function sortTaobao(sort: SearchSort): string | undefined {
  if (sort === 'price_asc') return 'price_asc';
  if (sort === 'price_desc') return 'price_desc';
  if (sort === 'sales_desc') return 'total_sales_des';
  return undefined;
}

/** Drops undefined fields so the cache key of an unfiltered search stays the same. */
function compact(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/**
 * The keyword query takes `categoryId` as a string, the image and store searches as an integer
 * (REFERENCE §3.5.1–3.5.3); `categoryAs` says which.
 */
export function filters1688(
  request: FilterRequest,
  categoryAs: 'string' | 'integer' = 'string',
): Record<string, unknown> {
  const category =
    request.categoryId === undefined || categoryAs === 'string'
      ? request.categoryId
      : /^\d+$/.test(request.categoryId)
        ? Number(request.categoryId)
        : undefined;
  return compact({
    beginPage: request.page,
    pageSize: request.pageSize,
    country: SEARCH_COUNTRY,
    sort: sort1688(request.sort),
    priceStart:
      request.priceMinFen === undefined ? undefined : fenToYuanString(request.priceMinFen),
    priceEnd: request.priceMaxFen === undefined ? undefined : fenToYuanString(request.priceMaxFen),
    categoryId: category,
  });
}

export function keywordRequest(
  platform: Platform,
  keyword: string,
  request: FilterRequest,
): { endpoint: string; body: Record<string, unknown> } {
  if (platform === '1688') {
    return {
      endpoint: CATALOG_ENDPOINTS.keywordSearch1688,
      body: { keyword, ...filters1688(request) },
    };
  }
  return {
    endpoint: CATALOG_ENDPOINTS.keywordSearchTaobao,
    body: compact({
      keyword,
      pageNo: request.page,
      // The Taobao search takes at most 40 per page.
      pageSize: Math.min(40, request.pageSize),
      sort: sortTaobao(request.sort),
    }),
  };
}

export function detailRequest(platform: Platform, id: string) {
  return platform === '1688'
    ? { endpoint: CATALOG_ENDPOINTS.detail1688, body: { offerId: id, country: SEARCH_COUNTRY } }
    : { endpoint: CATALOG_ENDPOINTS.detailTaobao, body: { itemId: id } };
}
