import { findSku, skuProperties } from '../generator/skus';
import type { Catalogue, Product, SandboxPlatform, Seller, Sku } from '../generator/types';
import { noSuchGoods } from './errors';
import { productImageUrl } from '../images';
import type { AccountState } from './state';

/**
 * The generated goods as the commerce part needs them: the SKU behind a cart line or cargo, its
 * price for a quantity, its stock left after this account's orders, its picture on the sandbox.
 */
export interface Goods {
  readonly product: Product;
  readonly sku: Sku;
  readonly seller: Seller;
}

export function findGoods(
  catalogue: Catalogue,
  platform: SandboxPlatform,
  productId: string,
  skuId: string | null | undefined,
): Goods {
  const product =
    platform === '1688' ? catalogue.findOffer(productId) : catalogue.findItem(productId);
  const noun = platform === '1688' ? 'offer' : 'item';
  if (!product) throw noSuchGoods(`No ${noun} ${productId}.`);
  const sku = skuId ? findSku(product, skuId) : undefined;
  if (!sku) {
    const what = platform === '1688' ? 'spec' : 'SKU';
    throw noSuchGoods(`The ${noun} ${productId} has no ${what} ${skuId ?? '(none given)'}.`);
  }
  return { product, sku, seller: catalogue.sellerOf(product) };
}

export function skuKey(sku: Sku): string {
  return `${sku.product.platform}:${sku.skuId}`;
}

/** Pieces of the SKU still for sale to this account (its own orders take from the stock). */
export function stockLeft(account: AccountState, sku: Sku): number {
  return Math.max(0, sku.stock - (account.stockTaken[skuKey(sku)] ?? 0));
}

export function takeStock(account: AccountState, sku: Sku, quantity: number): void {
  const key = skuKey(sku);
  account.stockTaken[key] = (account.stockTaken[key] ?? 0) + quantity;
}

export function returnStock(
  account: AccountState,
  platform: SandboxPlatform,
  skuId: string,
  quantity: number,
): void {
  const key = `${platform}:${skuId}`;
  account.stockTaken[key] = Math.max(0, (account.stockTaken[key] ?? 0) - quantity);
}

/**
 * One piece's price in fen. 1688 wholesale tiers count every piece of the offer in the order
 * (all its specs together), as 1688 does; Taobao SKUs have one price.
 */
export function unitPriceFen(sku: Sku, offerQuantity: number): number {
  if (sku.product.platform === 'taobao') return sku.priceFen;
  let price = sku.priceFen;
  for (const tier of sku.product.tiers) {
    if (offerQuantity >= tier.startQuantity) price = tier.priceFen;
  }
  return price;
}

/** `[{propName, valueName}]` as JSON text, the way the Taobao cart carries properties. */
export function propertiesText(sku: Sku): string {
  return JSON.stringify(
    skuProperties(sku).map((property) => ({ propName: property.name, valueName: property.value })),
  );
}

export function imageUrl(origin: string, product: Product): string {
  return productImageUrl(origin, product);
}
