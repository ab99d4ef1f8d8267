import type { z } from 'zod';
import type { cartAddInput } from '../../shared/bridge/calls/cart';
import { BridgeError } from '../../shared/bridge/errors';
import { alibabaOfferDetailSchema } from '../../shared/pandapon/shapes-alibaba';
import { taobaoItemSchema } from '../../shared/pandapon/shapes-taobao';
import { toFen } from '../catalog/money';
import type { ShopSession } from '../orders/session-port';

/**
 * Adding to a cart checks the quantity against what the product page showed (minimum order
 * quantity, stock) before PandaPon is asked, so the user reads a clear reason, not a seller error.
 * The Taobao cart needs the distribution ids (`mpId`, `mpSkuId`) that only the detail carries.
 */
export type CartAddInput = z.output<typeof cartAddInput>;

function refuse(reason: string, message: string, extra: Record<string, number | string> = {}) {
  return new BridgeError({ code: 'bad_input', message, details: { reason, ...extra } });
}

function checkQuantity(quantity: number, min: number, stock: number | null) {
  if (quantity < min) {
    throw refuse('below_minimum', `The seller sells at least ${min} at a time.`, { min });
  }
  if (stock !== null && quantity > stock) {
    throw refuse('above_stock', `Only ${stock} are in stock.`, { stock });
  }
}

async function addAlibaba(session: ShopSession, input: CartAddInput): Promise<void> {
  const answer = await session.read('alibaba.product.detail', { offerId: input.productId });
  const detail = alibabaOfferDetailSchema.parse(answer.data);
  const specs = detail.productSkuInfos ?? [];
  const spec = input.specId ? specs.find((candidate) => candidate.specId === input.specId) : null;
  if (input.specId && !spec) throw refuse('unknown_variant', 'This variant no longer exists.');
  if (!input.specId && specs.length > 1) throw refuse('choose_variant', 'Choose a variant first.');

  const min = Math.max(1, detail.minOrderQuantity ?? 1);
  const stock = spec?.amountOnSale ?? detail.productSaleInfo?.amountOnSale ?? null;
  checkQuantity(input.quantity, min, stock);

  await session.call('alibaba.cart.add', {
    offerMapId: detail.offerMapId ?? input.productId,
    specId: spec?.specId ?? specs[0]?.specId ?? input.productId,
    quantity: input.quantity,
    sellerOpenId: detail.sellerOpenId ?? null,
  });
}

async function addTaobao(session: ShopSession, input: CartAddInput): Promise<void> {
  const answer = await session.read('taobao.product.get', { itemId: input.productId });
  const item = taobaoItemSchema.parse(answer.data);
  const skus = item.skuList ?? [];
  const sku = input.skuId
    ? skus.find((candidate) => String(candidate.skuId) === input.skuId)
    : null;
  if (input.skuId && !sku) throw refuse('unknown_variant', 'This variant no longer exists.');
  if (!input.skuId && skus.length > 1) throw refuse('choose_variant', 'Choose a variant first.');
  const chosen = sku ?? skus[0] ?? null;

  checkQuantity(
    input.quantity,
    Math.max(1, item.beginAmount ?? 1),
    chosen?.quantity ?? item.quantity ?? null,
  );
  const mpId = item.mpId;
  const mpSkuId = chosen?.mpSkuId ?? chosen?.mpSkuld;
  if (!mpId || !mpSkuId) {
    throw refuse('not_distributable', 'PandaPon cannot buy this item (no distribution id).');
  }

  const properties = (chosen?.properties ?? []).map((property) => ({
    propName: property.propName,
    valueName: property.valueName,
  }));
  await session.call('taobao.cart.add', {
    itemMapId: String(item.itemId ?? input.productId),
    skuId: String(chosen?.skuId ?? input.skuId ?? ''),
    itemTitle: item.title ?? null,
    itemPic: chosen?.picUrl ?? item.picUrls?.[0] ?? null,
    mpId,
    mpSkuId,
    price: toFen(chosen?.price ?? item.price),
    promotionPrice: toFen(chosen?.promotionPrice ?? item.promotionPrice),
    properties: JSON.stringify(properties),
    quantity: input.quantity,
    shopName: item.shopName ?? null,
    skuQuantity: chosen?.quantity == null ? null : String(chosen.quantity),
    userNick: item.userNick ?? null,
  });
}

export function addCartLine(session: ShopSession, input: CartAddInput): Promise<void> {
  return input.platform === '1688' ? addAlibaba(session, input) : addTaobao(session, input);
}
