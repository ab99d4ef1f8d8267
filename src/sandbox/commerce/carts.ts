import type { SandboxPlatform } from '../generator/types';
import type { CommerceContext } from './context';
import { badInput, notFound, notOrderable } from './errors';
import { findGoods, stockLeft, type Goods } from './goods';
import type { Cargo } from './order-build';
import type { AccountState, CartLineState } from './state';

/**
 * The cart rules both platforms share: adding the same SKU again adds to its line, a quantity may
 * not exceed the stock left, sold-out lines stay in the cart but are listed as disabled, and a
 * request naming an unknown line changes nothing.
 */
export const CART_LIMIT = 200;

export function cartOf(account: AccountState, platform: SandboxPlatform): CartLineState[] {
  return platform === '1688' ? account.alibabaCart : account.taobaoCart;
}

export function goodsOfLine(
  context: CommerceContext,
  platform: SandboxPlatform,
  line: CartLineState,
) {
  return findGoods(context.deps.catalogue, platform, line.productId, line.skuId);
}

/** A line can be bought while its SKU has at least its quantity left. */
export function isEnabled(account: AccountState, goods: Goods, line: CartLineState): boolean {
  const left = stockLeft(account, goods.sku);
  return left > 0 && line.quantity <= left;
}

function checkStock(account: AccountState, goods: Goods, quantity: number): void {
  const left = stockLeft(account, goods.sku);
  // A sold-out SKU may still be kept in the cart (listed as disabled), as on 1688 and Taobao.
  if (left > 0 && quantity > left) {
    throw notOrderable(
      `Only ${left} of this ${goods.product.platform === '1688' ? 'spec' : 'SKU'} are left; ${quantity} asked.`,
    );
  }
}

export function addToCart(
  context: CommerceContext,
  account: AccountState,
  goods: Goods,
  quantity: number,
  extra: Pick<CartLineState, 'mpId' | 'mpSkuId'> = {},
): number {
  const platform = goods.product.platform;
  const cart = cartOf(account, platform);
  const skuId = platform === '1688' ? goods.sku.specId : goods.sku.skuId;
  const existing = cart.find(
    (line) => line.productId === goods.product.mapId && line.skuId === skuId,
  );
  const total = (existing?.quantity ?? 0) + quantity;
  checkStock(account, goods, total);
  if (existing) {
    existing.quantity = total;
    return existing.id;
  }
  if (cart.length >= CART_LIMIT) {
    throw badInput(`The cart holds at most ${CART_LIMIT} lines; delete some first.`);
  }
  const line: CartLineState = {
    id: context.nextId(),
    productId: goods.product.mapId,
    skuId,
    quantity,
    addedAt: context.nowIso(),
    ...extra,
  };
  cart.push(line);
  return line.id;
}

/** The named lines, or a refusal naming every unknown id (nothing changes). */
export function linesById(
  account: AccountState,
  platform: SandboxPlatform,
  ids: readonly number[],
): CartLineState[] {
  const cart = cartOf(account, platform);
  const unique = [...new Set(ids)];
  const missing = unique.filter((id) => !cart.some((line) => line.id === id));
  if (missing.length) throw notFound(`No cart line ${missing.join(', ')} in the ${platform} cart.`);
  return unique.map((id) => cart.find((line) => line.id === id)!);
}

export function deleteLines(
  account: AccountState,
  platform: SandboxPlatform,
  ids: readonly number[],
) {
  const doomed = new Set(linesById(account, platform, ids).map((line) => line.id));
  const kept = cartOf(account, platform).filter((line) => !doomed.has(line.id));
  if (platform === '1688') account.alibabaCart = kept;
  else account.taobaoCart = kept;
  return true;
}

export function editQuantity(
  context: CommerceContext,
  account: AccountState,
  platform: SandboxPlatform,
  id: number,
  quantity: number,
) {
  const [line] = linesById(account, platform, [id]);
  checkStock(account, goodsOfLine(context, platform, line!), quantity);
  line!.quantity = quantity;
  return true;
}

/** Cart lines as cargo for a preview or an order. */
export function cargoOfLines(
  context: CommerceContext,
  platform: SandboxPlatform,
  lines: readonly CartLineState[],
): Cargo[] {
  return lines.map((line) => ({
    goods: goodsOfLine(context, platform, line),
    quantity: line.quantity,
  }));
}
