import type { Word } from './vocab-categories';

/** The generated catalogue, held in memory; answers are shaped from it per request. */
export type SandboxPlatform = '1688' | 'taobao';

export interface Seller {
  readonly platform: SandboxPlatform;
  readonly index: number;
  /** 1688 `sellerOpenId`; for Taobao shops the `userNick`-like open id. */
  readonly openId: string;
  /** Taobao numeric `shopId`; 1688 sellers have one too for symmetry. */
  readonly shopId: number;
  readonly name: string;
  readonly nameTrans: string;
  readonly companyName: string;
  readonly categoryIndex: number;
}

export interface PriceTier {
  readonly startQuantity: number;
  readonly priceFen: number;
}

export interface Product {
  readonly platform: SandboxPlatform;
  readonly index: number;
  /** 1688 `offerId` / Taobao v1 numeric item id. */
  readonly numericId: number;
  /** 1688 `offerMapId` / Taobao v2 encrypted `itemId` (also its `itemMapId`). */
  readonly mapId: string;
  readonly categoryIndex: number;
  readonly subject: string;
  readonly subjectTrans: string;
  readonly sellerIndex: number;
  /** Price of one piece at the first tier, in fen. */
  readonly priceFen: number;
  readonly tiers: readonly PriceTier[];
  readonly moq: number;
  readonly stock: number;
  readonly monthSold: number;
  /** Whole percent. */
  readonly repurchaseRate: number;
  readonly colourIndexes: readonly number[];
  readonly sizes: readonly Word[];
  /** Drawing of the main image: 0 solid, 1 stripes, 2 checks, 3 dots. */
  readonly pattern: number;
  /** Per-product shift of the main colour so no two images are the same. */
  readonly tint: readonly [number, number, number];
}

export interface Sku {
  readonly product: Product;
  readonly position: number;
  /** 1688 `specId` (32 hex) or Taobao `skuId`. */
  readonly specId: string;
  readonly skuId: string;
  /** Taobao distribution id of the SKU (`mpSkuId`). */
  readonly mpSkuId: string;
  readonly colourIndex: number;
  readonly size: Word | null;
  readonly priceFen: number;
  readonly stock: number;
}

export interface Catalogue {
  readonly seed: number;
  readonly offers: readonly Product[];
  readonly items: readonly Product[];
  readonly sellers1688: readonly Seller[];
  readonly shopsTaobao: readonly Seller[];
  /** Lookup by `offerMapId`, numeric offer id, Taobao item id or numeric item id. */
  findOffer(id: string | number): Product | undefined;
  findItem(id: string | number): Product | undefined;
  findSeller(openId: string): Seller | undefined;
  sellerOf(product: Product): Seller;
}
