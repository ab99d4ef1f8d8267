// Bridge calls and events of the cart domain: the 1688 cart and the Taobao cart, grouped by
// seller. The renderer sees these normalised shapes only; main maps PandaPon's cart answers.
import { z } from 'zod';
import { defineCall, defineEvent } from '../define';
import type { Sourced } from '../sourced';
import { platformSchema, type Platform } from './catalog';

/** One row of a PandaPon cart. */
export interface CartLine {
  /** The cart record id (what edit, delete, preview and order creation take). */
  readonly id: string;
  readonly productId: string;
  /** `specId` (1688) or `skuId` (Taobao). */
  readonly variantId: string | null;
  readonly title: string;
  readonly imageUrl: string | null;
  /** Attribute text such as "颜色: 红色 · 尺码: XL". */
  readonly properties: string;
  /** Unit price in fen. */
  readonly priceFen: number;
  readonly quantity: number;
  /** Units the seller has, when PandaPon says. */
  readonly stock: number | null;
  /** False for lines PandaPon lists as no longer purchasable (sold out, withdrawn). */
  readonly enabled: boolean;
  /**
   * Why a disabled line cannot be bought. PandaPon's cart list gives no reason (REFERENCE
   * §3.6.1): `sold_out` is read from a stock of 0, anything else is `unavailable`.
   */
  readonly disabledReason: 'sold_out' | 'unavailable' | null;
}

export interface CartSellerGroup {
  readonly sellerId: string;
  readonly sellerName: string;
  readonly lines: readonly CartLine[];
}

export interface CartView {
  readonly platform: Platform;
  /** Sellers with purchasable lines, in PandaPon's order. */
  readonly sellers: readonly CartSellerGroup[];
  /** Lines that can no longer be bought, by seller. */
  readonly disabled: readonly CartSellerGroup[];
}

const lineId = z.string().min(1).max(64);
const quantity = z.number().int().min(1).max(1_000_000);

export const cartAddInput = z
  .object({
    platform: platformSchema,
    /** `offerMapId` (1688) or `itemId` (Taobao), as `catalog.product` takes it. */
    productId: z.string().min(1).max(128),
    /** Taobao SKU. */
    skuId: z.string().min(1).max(128).optional(),
    /** 1688 spec. */
    specId: z.string().min(1).max(128).optional(),
    quantity,
  })
  .strict();

export const cartCalls = {
  /** `refresh` asks PandaPon now instead of answering from the cache. */
  'cart.list': defineCall(
    z.object({ platform: platformSchema, refresh: z.boolean().default(false) }).strict(),
  ).returns<Sourced<CartView>>(),
  /** Also called by the product page. Checks the quantity against stock and MOQ first. */
  'cart.add': defineCall(cartAddInput).returns<CartView>(),
  /** Checks the quantity against the line's stock and the product's minimum order first. */
  'cart.setQuantity': defineCall(
    z.object({ platform: platformSchema, lineId, quantity }).strict(),
  ).returns<CartView>(),
  'cart.remove': defineCall(
    z.object({ platform: platformSchema, lineIds: z.array(lineId).min(1).max(200) }).strict(),
  ).returns<CartView>(),
};

export const cartEvents = {
  /** A cart changed on the main side (added from the product page, emptied by an order). */
  'cart.changed': defineEvent<{ platform: Platform }>(),
};
