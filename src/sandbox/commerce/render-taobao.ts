import type { TaobaoOrder, TaobaoReverseOrder } from '../../shared/pandapon';
import { totalFen } from './order-build';
import type { AccountState, OrderStage, OrderState, RefundStage, RefundState } from './state';
import { chinaTime } from './time-format';
import { traceSteps } from './traces';

/**
 * Taobao purchase orders and reverse orders in PandaPon's Taobao shapes. Statuses follow xportcn's
 * numbering (REFERENCE §3.2.2, NOT PandaPon; unverified): 0 awaiting payment, 10 awaiting
 * shipment, 11 shipped, 4 closed. That table has no "finished": a finished order stays 11 and
 * gets its `endTime`.
 */
const STATUS: Record<OrderStage, number> = {
  unpaid: 0,
  awaiting_shipment: 10,
  shipped: 11,
  completed: 11,
  cancelled: 4,
};

const STATUS_NAME: Record<number, string> = {
  0: 'TAOBAO_ORDER_WAIT_BUYER_PAY',
  10: 'WAIT_SELLER_SEND_GOODS',
  11: 'WAIT_BUYER_CONFIRM_GOODS',
  4: 'CANCEL',
};

export function taobaoStatusOf(order: OrderState): number {
  return STATUS[order.stage];
}

export const TAOBAO_REFUND_STATUS: Record<RefundStage, number> = {
  waiting_seller: 10,
  waiting_buyer_return: 20,
  waiting_seller_receipt: 30,
  succeeded: 100,
  refused: -10,
  closed: -20,
};

/** 1 = refund only, 3 = return and refund (inferred from Taobao's own render API, §3.4.1). */
export const TAOBAO_REFUND_TYPE = { refund: 1, return: 3 } as const;

export function subOrderRefundStatus(account: AccountState, order: OrderState, entryId: number) {
  const refund = [...account.refunds]
    .reverse()
    .find((candidate) => candidate.orderId === order.id && candidate.entryIds.includes(entryId));
  return refund ? TAOBAO_REFUND_STATUS[refund.stage] : 0;
}

export function renderTaobaoSubOrders(account: AccountState, order: OrderState) {
  return order.lines.map((line) => ({
    subPurchaseOrderId: String(line.entryId),
    itemId: line.productId,
    itemMapId: line.productId,
    skuId: line.skuId,
    mpSkuId: line.mpSkuId,
    title: line.title,
    itemPic: line.imageUrl,
    properties: line.properties,
    quantity: line.quantity,
    price: line.unitFen,
    shopName: line.shopName,
    refundStatus: subOrderRefundStatus(account, order, line.entryId),
    logisticsCompany: order.carrier,
    mailNo: order.waybill,
  }));
}

export function renderTaobaoOrder(
  account: AccountState,
  order: OrderState,
  now: Date,
): TaobaoOrder & Record<string, unknown> {
  const status = taobaoStatusOf(order);
  const delivered = traceSteps(order, now).at(-1)?.status === 'SIGN';
  return {
    purchaseOrderId: order.id,
    salesOrderId: order.salesOrderId,
    orderStatus: status,
    orderStatusName: STATUS_NAME[status],
    totalAmount: totalFen(order),
    shippingFee: order.freightFen,
    productAmount: order.goodsFen,
    createTime: chinaTime(order.createdAt),
    payTime: chinaTime(order.paidAt),
    consignTime: chinaTime(order.shippedAt),
    endTime: chinaTime(order.completedAt ?? order.cancelledAt),
    closeReason: order.closeReason,
    delivered,
    remark: order.remark,
    outOrderId: order.outOrderId,
    shopId: order.shopId,
    shopName: order.sellerName,
    orderAddress: {
      name: order.address.name,
      mobile_phone: order.address.phone,
      phone: order.address.phone,
      country: '中国',
      state: order.address.province,
      city: order.address.city,
      district: order.address.district,
      address: order.address.address,
      zip: order.address.zip,
    },
    subOrders: renderTaobaoSubOrders(account, order),
  };
}

export function renderTaobaoRefund(refund: RefundState, now: Date): TaobaoReverseOrder {
  const remainingMs = refund.dueAt ? new Date(refund.dueAt).getTime() - now.getTime() : null;
  return {
    refundId: refund.id,
    payOrderId: refund.orderId,
    refundFee: refund.amountFen,
    refundStatus: TAOBAO_REFUND_STATUS[refund.stage],
    refundType: TAOBAO_REFUND_TYPE[refund.kind],
    goodsStatus: Number(refund.goodsStatus),
    reasonId: refund.reasonId,
    reasonDesc: refund.reasonText,
    refundDesc: refund.description,
    canEditFee: refund.stage === 'waiting_seller',
    feeTips: null,
    timeoutType: refund.dueAt
      ? refund.stage === 'waiting_seller'
        ? 'SELLER_AGREE'
        : 'SELLER_RECEIVE'
      : null,
    timeoutDate: chinaTime(refund.dueAt),
    remainingTime: remainingMs === null ? null : Math.max(0, remainingMs),
    sellerRefuseReason: null,
    sellerRefuseReasonDescribe: null,
  };
}
