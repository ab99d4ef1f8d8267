import { randomBytes } from 'node:crypto';
import type { SandboxPlatform, Seller } from '../generator/types';
import type { CommerceContext } from './context';
import { notOrderable } from './errors';
import { domesticFreightFen } from './freight';
import { imageUrl, propertiesText, stockLeft, takeStock, unitPriceFen, type Goods } from './goods';
import type { AccountState, OrderAddressState, OrderLineState, OrderState } from './state';

/**
 * Goods chosen for an order (from cargo or cart lines), priced and checked per seller. Previews
 * show the same groups the creation makes, so a preview's totals are the order's totals.
 */
export interface Cargo {
  readonly goods: Goods;
  readonly quantity: number;
}

export interface PricedLine {
  readonly goods: Goods;
  readonly quantity: number;
  readonly unitFen: number;
  readonly amountFen: number;
}

export interface Problem {
  readonly code: string;
  readonly message: string;
}

export interface SellerGroup {
  readonly seller: Seller;
  readonly lines: PricedLine[];
  readonly goodsFen: number;
  readonly freightFen: number;
  readonly pieces: number;
  /** Why the group cannot be ordered, or null. */
  readonly problem: Problem | null;
}

function problemOf(account: AccountState, cargos: readonly Cargo[]): Problem | null {
  const perSku = new Map<string, { goods: Goods; quantity: number }>();
  const perOffer = new Map<string, { goods: Goods; quantity: number }>();
  for (const cargo of cargos) {
    const sku = perSku.get(cargo.goods.sku.skuId) ?? { goods: cargo.goods, quantity: 0 };
    sku.quantity += cargo.quantity;
    perSku.set(cargo.goods.sku.skuId, sku);
    const offer = perOffer.get(cargo.goods.product.mapId) ?? { goods: cargo.goods, quantity: 0 };
    offer.quantity += cargo.quantity;
    perOffer.set(cargo.goods.product.mapId, offer);
  }
  for (const { goods, quantity } of perSku.values()) {
    const left = stockLeft(account, goods.sku);
    if (left === 0) {
      return { code: 'SOLD_OUT', message: `${goods.product.subject}: sold out (已售罄).` };
    }
    if (quantity > left) {
      return {
        code: 'STOCK_NOT_ENOUGH',
        message: `${goods.product.subject}: only ${left} left, ${quantity} asked (库存不足).`,
      };
    }
  }
  for (const { goods, quantity } of perOffer.values()) {
    if (quantity < goods.product.moq) {
      return {
        code: 'MIN_ORDER_QUANTITY',
        message:
          `${goods.product.subject}: the seller sells at least ${goods.product.moq} ` +
          `(起批量 ${goods.product.moq}), ${quantity} asked.`,
      };
    }
  }
  return null;
}

export function groupBySeller(
  account: AccountState,
  platform: SandboxPlatform,
  cargos: readonly Cargo[],
  province: string | null,
): SellerGroup[] {
  const bySeller = new Map<string, Cargo[]>();
  for (const cargo of cargos) {
    const list = bySeller.get(cargo.goods.seller.openId) ?? [];
    list.push(cargo);
    bySeller.set(cargo.goods.seller.openId, list);
  }
  return [...bySeller.values()].map((list) => {
    const offerQuantity = (mapId: string) =>
      list
        .filter((cargo) => cargo.goods.product.mapId === mapId)
        .reduce((total, cargo) => total + cargo.quantity, 0);
    const lines = list.map((cargo) => {
      const unitFen = unitPriceFen(cargo.goods.sku, offerQuantity(cargo.goods.product.mapId));
      return { ...cargo, unitFen, amountFen: unitFen * cargo.quantity };
    });
    const goodsFen = lines.reduce((total, line) => total + line.amountFen, 0);
    const pieces = lines.reduce((total, line) => total + line.quantity, 0);
    return {
      seller: list[0]!.goods.seller,
      lines,
      goodsFen,
      freightFen: domesticFreightFen(platform, goodsFen, pieces, province),
      pieces,
      problem: problemOf(account, list),
    };
  });
}

/** Refuses the whole request when any group cannot be ordered, before anything changes. */
export function refuseUnorderable(groups: readonly SellerGroup[]): void {
  const refused = groups.find((group) => group.problem);
  if (refused?.problem) throw notOrderable(`${refused.problem.code}: ${refused.problem.message}`);
}

export interface OrderTerms {
  readonly address: OrderAddressState;
  readonly remark: string | null;
  readonly outOrderId: string | null;
  readonly flow: string | null;
}

function orderLines(context: CommerceContext, groupLines: readonly PricedLine[]): OrderLineState[] {
  return groupLines.map((line) => ({
    entryId: 4_100_000_000_000 + context.nextId(),
    productId: line.goods.product.mapId,
    productNumericId: line.goods.product.numericId,
    skuId: line.goods.sku.skuId,
    specId: line.goods.product.platform === '1688' ? line.goods.sku.specId : null,
    mpSkuId: line.goods.product.platform === 'taobao' ? line.goods.sku.mpSkuId : null,
    title: line.goods.product.subject,
    imageUrl: imageUrl(context.deps.origin(), line.goods.product),
    properties: propertiesText(line.goods.sku),
    quantity: line.quantity,
    unitFen: line.unitFen,
    shopName: line.goods.seller.name,
  }));
}

/**
 * Creates one order: 1688 makes one per seller, Taobao one purchase order for all its lines (its
 * sub-orders keep their shop). Stock is taken at once, as a placed order holds the goods.
 */
export function placeOrder(
  context: CommerceContext,
  account: AccountState,
  platform: SandboxPlatform,
  groups: readonly SellerGroup[],
  terms: OrderTerms,
): OrderState {
  const first = groups[0]!.seller;
  const sequence = context.nextId();
  const id =
    platform === '1688'
      ? String(3_000_000_000_000_000 + sequence * 17)
      : String(2_000_480_000_000 + sequence * 13);
  const lines = groups.flatMap((group) => orderLines(context, group.lines));
  for (const group of groups) {
    for (const line of group.lines) takeStock(account, line.goods.sku, line.quantity);
  }
  const order: OrderState = {
    platform,
    id,
    salesOrderId: platform === '1688' ? id : String(3_900_000_000_000_000 + sequence * 31),
    sellerOpenId: first.openId,
    sellerName: first.name,
    shopId: first.shopId,
    lines,
    stage: 'unpaid',
    goodsFen: groups.reduce((total, group) => total + group.goodsFen, 0),
    freightFen: groups.reduce((total, group) => total + group.freightFen, 0),
    address: terms.address,
    remark: terms.remark,
    outOrderId: terms.outOrderId,
    flow: terms.flow,
    createdAt: context.nowIso(),
    paidAt: null,
    shippedAt: null,
    completedAt: null,
    cancelledAt: null,
    closeReason: null,
    priceModifiedAt: null,
    waybill: null,
    carrier: null,
    payToken: randomBytes(12).toString('hex'),
  };
  account.orders.push(order);
  return order;
}

export function totalFen(order: OrderState): number {
  return order.goodsFen + order.freightFen;
}
