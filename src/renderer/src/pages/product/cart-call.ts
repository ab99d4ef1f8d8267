import type { CartView } from '../../../../shared/bridge/calls/cart';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import { bridge } from '../../bridge/client';

/** What the product page hands to the cart's `cart.add` call. */
export interface AddToCartRequest {
  readonly platform: Platform;
  readonly productId: string;
  /** 1688 `specId`; absent for an offer without options. */
  readonly specId?: string;
  /** Taobao `skuId`. */
  readonly skuId?: string;
  readonly quantity: number;
}

/** Adds the chosen variant; main checks stock and the minimum order first. */
export function addToCart(request: AddToCartRequest): Promise<CartView> {
  return bridge.call('cart.add', request);
}
