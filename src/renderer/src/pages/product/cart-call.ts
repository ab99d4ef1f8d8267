import type { CallName } from '../../../../shared/bridge';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import { bridge } from '../../bridge/client';

/** What the product page hands to the cart work's `cart.add` call. */
export interface AddToCartRequest {
  readonly platform: Platform;
  readonly productId: string;
  /** 1688 `specId`; absent for an offer without options. */
  readonly specId?: string;
  /** Taobao `skuId`. */
  readonly skuId?: string;
  readonly quantity: number;
}

/**
 * Calls `cart.add`, declared by the cart work in src/shared/bridge/calls/cart.ts. Until that
 * declaration lands the name is not in the typed call map, hence the casts; once it has, this
 * becomes a plain `bridge.call('cart.add', request)`.
 */
export function addToCart(request: AddToCartRequest): Promise<unknown> {
  const call = bridge.call as (name: CallName, input: unknown) => Promise<unknown>;
  return call('cart.add' as CallName, request);
}
