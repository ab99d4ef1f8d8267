import { yuanToFen } from '../../shared/pandapon/money';
import type { ProductRecord } from './products';

/**
 * Pulls every offer and item out of an answer, whatever the endpoint: search pages, store search,
 * details, carts and orders all nest products differently, and most of their shapes are only
 * partly documented (REFERENCE.md §3). So this walks the whole answer and takes any object with a
 * product id and a title, carrying seller fields down from enclosing objects (a 1688 cart groups
 * lines under their seller). Missing fields stay null; nothing here throws on a strange shape.
 */
const OFFER_ID_KEYS = ['offerId', 'productID', 'productId', 'openOfferId'] as const;
const OFFER_MAP_ID_KEYS = ['offerMapId'] as const;
const ITEM_ID_KEYS = ['itemId', 'num_iid'] as const;
const ITEM_MAP_ID_KEYS = ['itemMapId'] as const;
const TITLE_KEYS = ['subject', 'title', 'itemTitle', 'name', 'productTitle'] as const;
const TITLE_TRANS_KEYS = ['subjectTrans', 'titleTrans', 'itemTitleTrans', 'translatedTitle'];
const SELLER_ID_KEYS = ['sellerOpenId', 'shopId', 'aliShopId', 'sellerId', 'sellerLoginId'];
const SELLER_NAME_KEYS = ['sellerNickName', 'shopName', 'companyName', 'sellerName', 'userNick'];
const IMAGE_KEYS = ['imageUrl', 'itemPic', 'picUrl', 'mainImage', 'image'] as const;
const SALES_KEYS = ['monthSold', 'monthlySales', 'soldOut', 'sales', 'volume'] as const;

const MAX_DEPTH = 12;

interface SellerContext {
  readonly sellerId: string | null;
  readonly sellerName: string | null;
}

export function extractProducts(
  endpoint: string,
  answer: unknown,
  seenAt: number,
): ProductRecord[] {
  const found = new Map<string, ProductRecord>();
  walk(answer, { sellerId: null, sellerName: null }, 0, (record) => {
    const product = toProduct(record.object, record.seller, endpoint, seenAt);
    if (product) found.set(`${product.platform}:${product.id}`, product);
  });
  return [...found.values()];
}

function platformHint(endpoint: string): ProductRecord['platform'] | null {
  if (/alibaba|1688/i.test(endpoint)) return '1688';
  if (/taobao|tmall/i.test(endpoint)) return 'taobao';
  return null;
}

type Visit = (record: { object: Record<string, unknown>; seller: SellerContext }) => void;

function walk(value: unknown, seller: SellerContext, depth: number, visit: Visit): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, seller, depth + 1, visit);
    return;
  }
  const object = value as Record<string, unknown>;
  const here: SellerContext = {
    sellerId: pickString(object, SELLER_ID_KEYS) ?? seller.sellerId,
    sellerName: pickString(object, SELLER_NAME_KEYS) ?? seller.sellerName,
  };
  visit({ object, seller: here });
  for (const inner of Object.values(object)) {
    if (inner !== null && typeof inner === 'object') walk(inner, here, depth + 1, visit);
  }
}

function toProduct(
  object: Record<string, unknown>,
  seller: SellerContext,
  endpoint: string,
  seenAt: number,
): ProductRecord | null {
  const hint = platformHint(endpoint);
  const title = pickString(object, TITLE_KEYS);
  if (title === null) return null;

  const offerId = pickId(object, OFFER_ID_KEYS);
  const offerMapId = pickId(object, OFFER_MAP_ID_KEYS);
  const itemId = pickId(object, ITEM_ID_KEYS);
  const itemMapId = pickId(object, ITEM_MAP_ID_KEYS);
  const is1688 = offerId !== null || offerMapId !== null || 'sellerOpenId' in object;
  const isTaobao = itemId !== null || itemMapId !== null;
  const platform = is1688 && !isTaobao ? '1688' : isTaobao && !is1688 ? 'taobao' : hint;
  if (platform === null) return null;

  // v2 calls take the map id, links carry the numeric one: keep both so either finds it.
  const [main, other] = platform === '1688' ? [offerMapId, offerId] : [itemMapId, itemId];
  const id = main ?? other;
  if (id === null) return null;

  return {
    platform,
    id,
    altId: main !== null && other !== null && other !== main ? other : null,
    title,
    titleTrans: pickString(object, TITLE_TRANS_KEYS) ?? '',
    sellerId: seller.sellerId,
    sellerName: seller.sellerName ?? '',
    priceFen: pickPriceFen(object, platform, endpoint),
    imageUrl: pickImage(object),
    monthlySales: pickInteger(object, SALES_KEYS),
    repurchaseRate: pickRate(object.repurchaseRate),
    seenAt,
  };
}

function pickString(object: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = object[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
}

function pickId(object: Record<string, unknown>, keys: readonly string[]): string | null {
  const value = pickString(object, keys);
  return value !== null && value !== '0' && value.length <= 64 ? value : null;
}

function pickInteger(object: Record<string, unknown>, keys: readonly string[]): number | null {
  for (const key of keys) {
    const value = Number(object[key]);
    if (object[key] !== null && object[key] !== '' && Number.isFinite(value)) {
      return Math.round(value);
    }
  }
  return null;
}

/**
 * Taobao money is fen throughout (numbers, or digit strings in the v1 example). 1688 carts are
 * documented as integer fen; other 1688 amounts (search, detail, orders) follow 1688's own yuan
 * ("12.50", or 19 on an order line). The unit of those is not documented (REFERENCE §4.3), so
 * this reads them as yuan until PandaPon or the sandbox says otherwise.
 */
function pickPriceFen(
  object: Record<string, unknown>,
  platform: ProductRecord['platform'],
  endpoint: string,
): number | null {
  const info = object.priceInfo as Record<string, unknown> | null | undefined;
  const sale = object.productSaleInfo as { priceRangeList?: unknown } | null | undefined;
  const ranges = Array.isArray(sale?.priceRangeList) ? sale.priceRangeList : [];
  const firstRange = ranges[0] as Record<string, unknown> | undefined;
  const candidates = [object.priceFen, info?.price, object.price, firstRange?.price];
  const inFen = platform === 'taobao' || /cart/i.test(endpoint);

  for (const value of [...candidates, object.promotionPrice]) {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
      if (value === object.priceFen) return Math.round(value);
      return inFen && Number.isInteger(value) ? value : Math.round(value * 100);
    }
    if (typeof value === 'string' && /^\d+(\.\d{1,2})?$/.test(value.trim())) {
      const text = value.trim();
      if (inFen && /^\d+$/.test(text)) return Number(text);
      return yuanToFen(text);
    }
  }
  return null;
}

function pickImage(object: Record<string, unknown>): string | null {
  const direct = pickString(object, IMAGE_KEYS);
  if (direct !== null) return direct;
  const productImage = object.productImage as Record<string, unknown> | null | undefined;
  for (const list of [object.picUrls, object.productImgUrl, object.images, productImage?.images]) {
    if (Array.isArray(list) && typeof list[0] === 'string') return list[0];
  }
  return null;
}

/** Repurchase rates come as 0.23, 23 or "23%"; kept as a 0–1 share. */
function pickRate(value: unknown): number | null {
  const number = typeof value === 'string' ? Number(value.replace('%', '')) : Number(value);
  if (value === null || value === undefined || value === '' || !Number.isFinite(number))
    return null;
  return number > 1 ? number / 100 : number;
}
