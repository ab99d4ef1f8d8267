import type { CartSellerGroup, CartView } from '../../shared/bridge/calls/cart';
import type { Platform } from '../../shared/bridge/calls/catalog';
import type {
  CheckoutPreview,
  IntentStatus,
  SellerPreview,
  ShippingAddress,
} from '../../shared/bridge/calls/orders';
import { BridgeError } from '../../shared/bridge/errors';
import { alibabaOrderPreviewSchema } from '../../shared/pandapon/shapes-alibaba';
import {
  taobaoCartLineSchema,
  taobaoOrderPreviewSchema,
} from '../../shared/pandapon/shapes-taobao';
import { toFen } from '../catalog/money';
import { cartRecordIds, listCart } from '../cart/cart-service';
import type { OutboxRecord } from '../outbox';
import { findAddress, toFastAddress, toTaobaoAddress } from './addresses';
import type { ShopSession } from './session-port';

/**
 * Checkout: preview per seller, then one order creation per checkout screen through the outbox.
 * Previews are asked seller by seller so each answer belongs to exactly one seller, whatever
 * order PandaPon lists merchants in.
 */

export interface CheckoutInput {
  readonly platform: Platform;
  readonly lineIds: readonly string[];
  readonly addressId: string;
}

/** The chosen lines, grouped by seller, checked against a fresh cart. */
async function chosenSellers(session: ShopSession, input: CheckoutInput) {
  const cart: CartView = (await listCart(session, input.platform, true)).data;
  const wanted = new Set(input.lineIds);
  const sellers: CartSellerGroup[] = cart.sellers
    .map((group) => ({ ...group, lines: group.lines.filter((line) => wanted.has(line.id)) }))
    .filter((group) => group.lines.length > 0);
  const found = sellers.reduce((total, group) => total + group.lines.length, 0);
  if (found !== wanted.size) {
    throw new BridgeError({
      code: 'conflict',
      message: 'Some chosen lines are no longer in the cart or can no longer be bought.',
      details: { reason: 'cart_changed' },
    });
  }
  return sellers;
}

async function previewSeller(
  session: ShopSession,
  platform: Platform,
  group: CartSellerGroup,
  address: ShippingAddress,
): Promise<SellerPreview> {
  const lines = group.lines.map((line) => ({
    lineId: line.id,
    title: line.title,
    properties: line.properties,
    quantity: line.quantity,
    priceFen: line.priceFen,
  }));
  const base = { sellerId: group.sellerId, sellerName: group.sellerName, lines };
  const ids = cartRecordIds(group.lines.map((line) => line.id));

  if (platform === '1688') {
    const answer = await session.read(
      'alibaba.cart.preview',
      { addressParam: toFastAddress(address), cartIds: ids },
      { fresh: true },
    );
    const item = alibabaOrderPreviewSchema.parse(answer.data).orderPreviewResuslt?.[0];
    const failed = !item || item.success === false || item.status === false;
    return {
      ...base,
      goodsFen: toFen(item?.sumPaymentNoCarriage),
      freightFen: toFen(item?.sumCarriage),
      totalFen: toFen(item?.sumPayment),
      orderable: !failed,
      problem: failed
        ? (item?.errorMsg ?? item?.errorCode ?? 'PandaPon refused the preview.')
        : null,
    };
  }

  const answer = await session.read(
    'taobao.cart.preview',
    { ids, orderAddress: toTaobaoAddress(address) },
    { fresh: true },
  );
  const preview = taobaoOrderPreviewSchema.parse(answer.data);
  return {
    ...base,
    goodsFen: toFen(preview.productAmount),
    freightFen: toFen(preview.shippingFee),
    totalFen: toFen(preview.totalAmount),
    orderable: true,
    problem: null,
  };
}

export async function previewCheckout(
  session: ShopSession,
  input: CheckoutInput,
): Promise<CheckoutPreview> {
  const [address, sellers] = await Promise.all([
    findAddress(session, input.addressId),
    chosenSellers(session, input),
  ]);
  const previews = await Promise.all(
    sellers.map((group) => previewSeller(session, input.platform, group, address)),
  );
  const sum = (pick: (seller: SellerPreview) => number | null) =>
    previews.reduce((total, seller) => total + (pick(seller) ?? 0), 0);
  return {
    platform: input.platform,
    sellers: previews,
    goodsFen: sum((seller) => seller.goodsFen),
    freightFen: sum((seller) => seller.freightFen),
    totalFen: sum((seller) => seller.totalFen),
  };
}

export function intentStatusOf(record: OutboxRecord): IntentStatus {
  return {
    clientRef: record.clientRef,
    state: record.state,
    orderIds: record.orderIds,
    error: record.error && { code: record.error.code, message: record.error.message },
  };
}

/** The Taobao order takes the distribution ids only the raw cart lines carry. */
async function taobaoOrderLines(session: ShopSession, lineIds: readonly string[]) {
  const answer = await session.read('taobao.cart.list', {}, { fresh: true });
  const raw = Array.isArray(answer.data)
    ? answer.data
    : [...((answer.data as { enableList?: unknown[] } | null)?.enableList ?? [])];
  const wanted = new Set(lineIds);
  return raw
    .map((line) => taobaoCartLineSchema.parse(line))
    .filter((line) => wanted.has(String(line.id)))
    .map((line) => ({
      itemMapId: String(line.itemMapId ?? ''),
      skuId: String(line.skuId ?? ''),
      mpId: String(line.mpId ?? ''),
      mpSkuId: String(line.mpSkuId ?? ''),
      quantity: line.quantity ?? 1,
    }));
}

export async function placeOrder(
  session: ShopSession,
  input: CheckoutInput & { clientRef: string; remark?: string },
): Promise<{ status: IntentStatus; created: boolean }> {
  // A repeated click or a retried call: answer from the outbox, never from a second request.
  const known = session.outbox.get(input.clientRef);
  if (known) {
    const record =
      known.state === 'done' || known.state === 'failed'
        ? known
        : ((await session.outbox.reconcile(input.clientRef)) ?? known);
    return { status: intentStatusOf(record), created: false };
  }

  const [address] = await Promise.all([
    findAddress(session, input.addressId),
    chosenSellers(session, input),
  ]);
  const remark = input.remark?.trim() || null;

  const record =
    input.platform === '1688'
      ? await session.outbox.submit({
          clientRef: input.clientRef,
          endpoint: 'alibaba.cart.createOrder',
          input: {
            flow: 'general',
            message: remark,
            addressParam: toFastAddress(address),
            cartIds: cartRecordIds(input.lineIds),
          },
        })
      : await session.outbox.submit({
          clientRef: input.clientRef,
          endpoint: 'taobao.order.create',
          input: {
            lines: await taobaoOrderLines(session, input.lineIds),
            orderAddress: toTaobaoAddress(address),
            remark,
          },
        });

  if (record.state === 'done' && input.platform === 'taobao') {
    // The Taobao order is created from the lines, not the cart: empty those lines now.
    await session
      .call('taobao.cart.delete', { ids: cartRecordIds(input.lineIds) })
      .catch(() => undefined);
  }
  return { status: intentStatusOf(record), created: record.state === 'done' };
}
