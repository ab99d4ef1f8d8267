import { z } from 'zod';
import type {
  Platform,
  ProductSummary,
  SearchDetected,
  SearchPage,
} from '../../shared/bridge/calls/catalog';
import { BridgeError } from '../../shared/bridge/errors';
import { toCount, toFen, toShare } from './money';

/**
 * Raw search answers are read leniently: PandaPon documents only `imageUrl` and `subject` of a
 * result row, so each field is looked up under the names seen in the docs, the v1 answers and the
 * sandbox. A row without an id or a title is dropped rather than shown half-empty.
 */
export type RawRecord = Record<string, unknown>;

const rawPageSchema = z.looseObject({
  totalRecords: z.coerce.number().int().min(0).optional(),
  totalPage: z.coerce.number().int().min(0).optional(),
  pageSize: z.coerce.number().int().min(0).optional(),
  currentPage: z.coerce.number().int().min(0).optional(),
  pageNo: z.coerce.number().int().min(0).optional(),
  total: z.coerce.number().int().min(0).optional(),
  data: z.array(z.record(z.string(), z.unknown())).optional(),
  list: z.array(z.record(z.string(), z.unknown())).optional(),
  items: z.array(z.record(z.string(), z.unknown())).optional(),
});

export function pick(record: RawRecord, ...keys: string[]): unknown {
  for (const key of keys) {
    const value = record[key];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

export function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function nested(record: RawRecord, key: string): RawRecord {
  const value = record[key];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as RawRecord) : {};
}

/** Protocol-relative and http image links become https, the form the page may load. */
export function imageUrl(value: unknown): string | null {
  const url = text(value);
  if (!url) return null;
  if (url.startsWith('//')) return `https:${url}`;
  return /^https?:\/\//i.test(url) ? url : null;
}

export function summaryFromRaw(platform: Platform, raw: RawRecord): ProductSummary | null {
  const id = text(
    platform === '1688'
      ? pick(raw, 'offerMapId', 'offerId', 'id')
      : pick(raw, 'itemMapId', 'itemId', 'id'),
  );
  const title = text(pick(raw, 'subject', 'title', 'itemTitle', 'name'));
  if (!id || !title) return null;

  const priceInfo = nested(raw, 'priceInfo');
  const sellerId = text(pick(raw, 'sellerOpenId', 'shopId', 'sellerId', 'aliShopId'));
  const sellerName = text(
    pick(raw, 'sellerName', 'shopName', 'companyName', 'sellerNickName', 'userNick'),
  );
  const translated = text(pick(raw, 'subjectTrans', 'titleTrans', 'titleTranslated', 'titleEn'));

  return {
    platform,
    id,
    title,
    titleTranslated: translated && translated !== title ? translated : null,
    imageUrl: imageUrl(pick(raw, 'imageUrl', 'picUrl', 'mainImage', 'itemPic', 'image')),
    priceFen: toFen(
      pick(raw, 'priceFen', 'price', 'promotionPrice', 'minPrice') ??
        pick(priceInfo, 'price', 'consignPrice', 'promotionPrice'),
    ),
    monthlySales: toCount(
      pick(raw, 'monthSold', 'monthSales', 'monthlySales', 'soldCount', 'sales'),
    ),
    repurchaseRate: toShare(pick(raw, 'repurchaseRate', 'rePurchaseRate')),
    seller: sellerId || sellerName ? { id: sellerId ?? '', name: sellerName } : null,
  };
}

/** One page of a search answer, whatever the platform's paging words. */
export function searchPageFromRaw(
  platform: Platform,
  raw: unknown,
  request: { page: number; pageSize: number },
  detected: SearchDetected = { kind: 'keyword' },
): SearchPage {
  const parsed = rawPageSchema.safeParse(raw);
  if (!parsed.success) {
    throw new BridgeError({
      code: 'schema_mismatch',
      message: 'PandaPon answered the search in a form this version does not understand.',
    });
  }
  const page = parsed.data;
  const rows = page.data ?? page.list ?? page.items ?? [];
  const items = rows
    .map((row) => summaryFromRaw(platform, row))
    .filter((item): item is ProductSummary => item !== null);
  const totalRecords = page.totalRecords ?? page.total ?? items.length;
  const pageSize = page.pageSize || request.pageSize;
  return {
    items,
    page: page.currentPage || page.pageNo || request.page,
    pageSize,
    totalRecords,
    totalPages: page.totalPage ?? Math.max(1, Math.ceil(totalRecords / Math.max(1, pageSize))),
    detected,
  };
}
