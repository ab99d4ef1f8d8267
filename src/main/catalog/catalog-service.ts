import type { z } from 'zod';
import type {
  Category,
  imageSearchInput,
  Platform,
  ProductDetail,
  ProductSummary,
  productInput,
  relatedInput,
  SearchDetected,
  SearchPage,
  searchInput,
  storeSearchInput,
} from '../../shared/bridge/calls/catalog';
import { BridgeError } from '../../shared/bridge/errors';
import type { Sourced } from '../../shared/bridge/sourced';
import { parseProductLink } from '../../shared/links/parse-product-link';
import { toBridgeErrorInfo } from '../bridge/router';
import type { Logger } from '../log';
import {
  CATALOG_ENDPOINTS,
  detailRequest,
  filters1688,
  keywordRequest,
  SEARCH_COUNTRY,
} from './endpoints';
import { detailFromRaw } from './normalise-detail';
import { pick, searchPageFromRaw, summaryFromRaw, text, type RawRecord } from './normalise-summary';
import type { CatalogSession } from './session-port';
import { resolveShortLink } from './short-link';

export type SearchRequest = z.output<typeof searchInput>;
export type ImageSearchRequest = z.output<typeof imageSearchInput>;
export type StoreSearchRequest = z.output<typeof storeSearchInput>;
export type ProductRequest = z.output<typeof productInput>;
export type RelatedRequest = z.output<typeof relatedInput>;

export interface CatalogServiceOptions {
  readonly session: () => Promise<CatalogSession>;
  readonly log: Logger;
  /** Short links need the open internet; tests and offline runs pass their own. */
  readonly resolveShortLink?: typeof resolveShortLink;
}

/** Errors that mean "PandaPon is out of reach", after which the local index answers. */
const UNREACHABLE = new Set(['offline', 'timeout']);

/**
 * Search, image search, store search, product detail and related products for the active profile.
 * Every answer is normalised for the UI and says where it came from.
 */
export class CatalogService {
  private readonly log: Logger;

  constructor(private readonly options: CatalogServiceOptions) {
    this.log = options.log.child('catalog');
  }

  /** A keyword, or a pasted link / id / share text, which becomes a direct product lookup. */
  async search(request: SearchRequest): Promise<Sourced<SearchPage>> {
    const link = await this.productReferenceIn(request.query, request.platform);
    if (link) {
      const detail = await this.product(link);
      const detected: SearchDetected = {
        kind: 'link',
        platform: link.platform,
        id: detail.data.id,
      };
      return { ...detail, data: singlePage(detail.data, detected) };
    }

    const session = await this.options.session();
    const { endpoint, body } = keywordRequest(request.platform, request.query, request);
    try {
      const answer = await session.read(endpoint, body);
      return { ...answer, data: searchPageFromRaw(request.platform, answer.data, request) };
    } catch (error) {
      return this.localOr(
        error,
        session,
        { text: request.query, platform: request.platform },
        request,
      );
    }
  }

  async searchImage(request: ImageSearchRequest): Promise<Sourced<SearchPage>> {
    const session = await this.options.session();
    const body = { imageBase64: request.imageBase64, ...filters1688(request, 'integer') };
    const answer = await session.read(CATALOG_ENDPOINTS.imageSearch1688, body, { noCache: true });
    return { ...answer, data: searchPageFromRaw('1688', answer.data, request) };
  }

  /** A 1688 seller's own offers (`sellerOpenId`), optionally narrowed by a keyword. */
  async storeSearch(request: StoreSearchRequest): Promise<Sourced<SearchPage>> {
    const session = await this.options.session();
    const body = {
      sellerOpenId: request.sellerOpenId,
      ...(request.keyword ? { keyword: request.keyword } : {}),
      ...filters1688(request, 'integer'),
    };
    try {
      const answer = await session.read(CATALOG_ENDPOINTS.storeSearch1688, body);
      return { ...answer, data: searchPageFromRaw('1688', answer.data, request) };
    } catch (error) {
      const local = {
        text: request.keyword ?? '',
        platform: '1688' as const,
        sellerId: request.sellerOpenId,
      };
      return this.localOr(error, session, local, request);
    }
  }

  async product(request: ProductRequest): Promise<Sourced<ProductDetail>> {
    const session = await this.options.session();
    const { endpoint, body } = detailRequest(request.platform, request.id);
    const answer = await session.read(endpoint, body);
    if (answer.data === null || answer.data === undefined) {
      throw new BridgeError({
        code: 'not_found',
        message: 'PandaPon has no product with this id.',
      });
    }
    return { ...answer, data: detailFromRaw(request.platform, answer.data) };
  }

  /** Related offers (1688 only: Taobao has no such endpoint); Taobao answers an empty list. */
  async related(request: RelatedRequest): Promise<Sourced<readonly ProductSummary[]>> {
    if (request.platform !== '1688') {
      return { data: [], source: 'local', fetchedAt: new Date().toISOString(), stale: false };
    }
    const session = await this.options.session();
    const answer = await session.read(CATALOG_ENDPOINTS.related1688, {
      offerId: request.id,
      pageNo: 1,
      pageSize: request.pageSize,
      language: SEARCH_COUNTRY,
    });
    const rows = Array.isArray(answer.data)
      ? (answer.data as RawRecord[])
      : searchPageFromRaw('1688', answer.data, { page: 1, pageSize: request.pageSize }).items;
    const items = rows
      .map((row) =>
        'platform' in row ? (row as unknown as ProductSummary) : summaryFromRaw('1688', row),
      )
      .filter((item): item is ProductSummary => item !== null && item.id !== request.id);
    return { ...answer, data: items };
  }

  /** Top-level 1688 categories: the children of the root (id 0) in the category endpoint. */
  async categories(): Promise<Sourced<readonly Category[]>> {
    const session = await this.options.session();
    const answer = await session.read(CATALOG_ENDPOINTS.categories1688, {
      categoryId: 0,
      language: SEARCH_COUNTRY,
    });
    const root = (answer.data ?? {}) as RawRecord;
    const rows = Array.isArray(answer.data)
      ? (answer.data as RawRecord[])
      : Array.isArray(root.childCategorys)
        ? (root.childCategorys as RawRecord[])
        : [];
    const categories = rows
      .map((row) => ({
        id: text(pick(row, 'categoryId', 'id')),
        name: text(pick(row, 'chineseName', 'name', 'categoryName')),
        nameTranslated: text(pick(row, 'translatedName', 'categoryNameTrans', 'nameEn')),
      }))
      .filter((row): row is Category => row.id !== null && row.name !== null);
    return { ...answer, data: categories };
  }

  /** The product a pasted text points at, or null when the text is a keyword. */
  private async productReferenceIn(
    query: string,
    selected: Platform,
  ): Promise<{ platform: Platform; id: string } | null> {
    let parsed = parseProductLink(query);
    if (parsed.kind === 'short-link') {
      this.log.info('resolving short link', { host: new URL(parsed.url).host });
      parsed = await (this.options.resolveShortLink ?? resolveShortLink)(parsed.url);
    }
    if (parsed.kind !== 'product') return null;
    return { platform: parsed.platform ?? selected, id: parsed.id };
  }

  /** Offline: answer from the products seen before, labelled `local`; otherwise rethrow. */
  private localOr(
    error: unknown,
    session: CatalogSession,
    query: { text: string; platform: Platform; sellerId?: string },
    request: { page: number; pageSize: number },
  ): Sourced<SearchPage> {
    if (!UNREACHABLE.has(toBridgeErrorInfo(error).code)) throw error;
    const local = session.searchLocal({
      ...query,
      limit: request.pageSize,
      offset: (request.page - 1) * request.pageSize,
    });
    this.log.info('search answered from the local index', { hits: local.total });
    return {
      source: 'local',
      fetchedAt: local.newestSeenAt ?? new Date().toISOString(),
      stale: true,
      data: {
        items: local.items,
        page: request.page,
        pageSize: request.pageSize,
        totalRecords: local.total,
        totalPages: Math.max(1, Math.ceil(local.total / request.pageSize)),
        detected: { kind: 'keyword' },
      },
    };
  }
}

function singlePage(product: ProductDetail, detected: SearchDetected): SearchPage {
  const {
    platform,
    id,
    title,
    titleTranslated,
    imageUrl,
    priceFen,
    monthlySales,
    repurchaseRate,
    seller,
  } = product;
  return {
    items: [
      {
        platform,
        id,
        title,
        titleTranslated,
        imageUrl,
        priceFen,
        monthlySales,
        repurchaseRate,
        seller,
      },
    ],
    page: 1,
    pageSize: 1,
    totalRecords: 1,
    totalPages: 1,
    detected,
  };
}
