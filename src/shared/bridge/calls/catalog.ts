// Bridge calls and events of the catalog domain: search (keyword, link, image, store), product
// detail and related products. The renderer only ever sees the normalised shapes below, never the
// raw PandaPon answers, so a field renamed by PandaPon is fixed in one normaliser on the main side.
import { z } from 'zod';
import { defineCall } from '../define';
import type { Sourced } from '../sourced';

export const PLATFORMS = ['1688', 'taobao'] as const;
export type Platform = (typeof PLATFORMS)[number];
export const platformSchema = z.enum(PLATFORMS);

export const SEARCH_SORTS = ['relevance', 'price_asc', 'price_desc', 'sales_desc'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** A 1688 shop (`sellerOpenId`) or a Taobao shop (`shopId`). */
export interface SellerRef {
  readonly id: string;
  readonly name: string | null;
}

/** One product as a result row: enough to recognise it and decide to open it. */
export interface ProductSummary {
  readonly platform: Platform;
  /** `offerMapId` (1688) or `itemId` (Taobao): what `catalog.product` takes. */
  readonly id: string;
  /** The original (usually Chinese) title. */
  readonly title: string;
  /** The translated title when PandaPon gave one. */
  readonly titleTranslated: string | null;
  readonly imageUrl: string | null;
  /** Lowest unit price in fen. */
  readonly priceFen: number | null;
  readonly monthlySales: number | null;
  /** Share of buyers who bought again, 0–1. */
  readonly repurchaseRate: number | null;
  readonly seller: SellerRef | null;
}

/** Price for buying at least `startQuantity` units (1688 wholesale tiers). */
export interface PriceTier {
  readonly startQuantity: number;
  readonly priceFen: number;
}

/** One purchasable variant: a 1688 spec or a Taobao SKU. */
export interface ProductVariant {
  /** `specId` (1688) or `skuId` (Taobao): what the cart takes. */
  readonly id: string;
  /** 1688 `skuId` or Taobao `mpSkuId`, when PandaPon gave one (some cart calls need it). */
  readonly altId: string | null;
  /** Attribute values in axis order, e.g. [{ name: '颜色', value: '红色' }]. */
  readonly attributes: readonly { readonly name: string; readonly value: string }[];
  readonly priceFen: number;
  readonly stock: number | null;
  readonly imageUrl: string | null;
}

/** One axis of the spec picker (colour, size …) with its values in display order. */
export interface VariantAxis {
  readonly name: string;
  readonly values: readonly { readonly value: string; readonly imageUrl: string | null }[];
}

export interface ProductDetail extends ProductSummary {
  readonly images: readonly string[];
  readonly categoryId: string | null;
  readonly categoryName: string | null;
  readonly unit: string | null;
  /** Minimum order quantity; 1 when PandaPon states none. */
  readonly minOrderQuantity: number;
  /** Total stock over all variants, when known. */
  readonly stock: number | null;
  readonly priceTiers: readonly PriceTier[];
  readonly axes: readonly VariantAxis[];
  readonly variants: readonly ProductVariant[];
  /** Taobao distribution id (`mpId`), needed to add a Taobao item to the cart. */
  readonly mpId: string | null;
  /** Numeric 1688 `offerId` when known (some order calls take it). */
  readonly offerId: string | null;
}

/** How the text in the search box was understood. */
export type SearchDetected =
  | { readonly kind: 'keyword' }
  | { readonly kind: 'link'; readonly platform: Platform; readonly id: string };

export interface SearchPage {
  readonly items: readonly ProductSummary[];
  readonly page: number;
  readonly pageSize: number;
  readonly totalPages: number;
  readonly totalRecords: number;
  readonly detected: SearchDetected;
}

export interface Category {
  readonly id: string;
  readonly name: string;
  readonly nameTranslated: string | null;
}

/** Image search takes the picture itself; 3 MB is plenty for a product photo. */
export const MAX_IMAGE_BYTES = 3 * 1024 * 1024;
const MAX_IMAGE_BASE64 = Math.ceil(MAX_IMAGE_BYTES / 3) * 4;

const fen = z.number().int().min(0).max(1_000_000_000);
const page = z.number().int().min(1).max(10_000).default(1);
const pageSize = z.number().int().min(1).max(50).default(20);

const filters = {
  categoryId: z.string().trim().max(40).optional(),
  priceMinFen: fen.optional(),
  priceMaxFen: fen.optional(),
  sort: z.enum(SEARCH_SORTS).default('relevance'),
  page,
  pageSize,
};

export const searchInput = z
  .object({
    /** A keyword (Chinese or English), a product link, an id or a whole share text. */
    query: z.string().trim().min(1).max(2000),
    platform: platformSchema.default('1688'),
    ...filters,
  })
  .strict();

export const imageSearchInput = z
  .object({
    imageBase64: z
      .string()
      .min(16)
      .max(MAX_IMAGE_BASE64, { message: 'The picture is larger than 3 MB.' })
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'The picture is not base64 data.' }),
    ...filters,
  })
  .strict();

export const storeSearchInput = z
  .object({
    sellerOpenId: z.string().trim().min(1).max(120),
    keyword: z.string().trim().max(200).optional(),
    ...filters,
  })
  .strict();

export const productInput = z
  .object({ platform: platformSchema, id: z.string().trim().min(1).max(120) })
  .strict();

export const relatedInput = z
  .object({
    platform: platformSchema,
    id: z.string().trim().min(1).max(120),
    pageSize: z.number().int().min(1).max(30).default(12),
  })
  .strict();

export const catalogCalls = {
  'catalog.search': defineCall(searchInput).returns<Sourced<SearchPage>>(),
  'catalog.searchImage': defineCall(imageSearchInput).returns<Sourced<SearchPage>>(),
  'catalog.storeSearch': defineCall(storeSearchInput).returns<Sourced<SearchPage>>(),
  'catalog.product': defineCall(productInput).returns<Sourced<ProductDetail>>(),
  'catalog.related': defineCall(relatedInput).returns<Sourced<readonly ProductSummary[]>>(),
  'catalog.categories': defineCall(z.object({}).strict()).returns<Sourced<readonly Category[]>>(),
};

export const catalogEvents = {};
