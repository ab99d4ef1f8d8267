import type { AlibabaOrder } from '../../shared/pandapon';
import { yuan } from './money-format';
import { totalFen } from './order-build';
import type {
  AccountState,
  OrderLineState,
  OrderStage,
  OrderState,
  RefundStage,
  RefundState,
} from './state';
import { compactTime } from './time-format';
import { traceSteps } from './traces';

/** 1688 orders and reverse orders in PandaPon's 1688 shapes (order detail, `AlibabaRefundInfo`). */
const STATUS: Record<OrderStage, string> = {
  unpaid: 'waitbuyerpay',
  awaiting_shipment: 'waitsellersend',
  shipped: 'waitbuyerreceive',
  completed: 'success',
  cancelled: 'cancel',
};

export function alibabaStatusOf(order: OrderState): string {
  // A paid order closed by refunds is "terminated" on 1688; an unpaid one is "cancel".
  if (order.stage === 'cancelled' && order.paidAt) return 'terminated';
  return STATUS[order.stage];
}

export const ALIBABA_REFUND_STATUS: Record<RefundStage, string> = {
  waiting_seller: 'waitselleragree',
  waiting_buyer_return: 'waitbuyersend',
  waiting_seller_receipt: 'waitsellerreceive',
  succeeded: 'refundsuccess',
  refused: 'waitbuyermodify',
  closed: 'refundclose',
};

function skuInfos(line: OrderLineState) {
  try {
    const pairs = JSON.parse(line.properties) as { propName: string; valueName: string }[];
    return pairs.map((pair) => ({ name: pair.propName, value: pair.valueName }));
  } catch {
    return [];
  }
}

function refundOf(account: AccountState, order: OrderState, line: OrderLineState) {
  return account.refunds.find(
    (refund) => refund.orderId === order.id && refund.entryIds.includes(line.entryId),
  );
}

export function renderAlibabaOrder(
  account: AccountState,
  order: OrderState,
  now: Date,
): AlibabaOrder & Record<string, unknown> {
  const status = alibabaStatusOf(order);
  const steps = traceSteps(order, now);
  const address = order.address;
  return {
    baseInfo: {
      id: Number(order.id),
      idOfStr: order.id,
      status,
      totalAmount: yuan(totalFen(order)),
      sumProductPayment: yuan(order.goodsFen),
      shippingFee: yuan(order.freightFen),
      discount: '0.00',
      createTime: compactTime(order.createdAt),
      modifyTime: compactTime(
        order.cancelledAt ?? order.completedAt ?? order.priceModifiedAt ?? order.createdAt,
      ),
      payTime: compactTime(order.paidAt),
      allDeliveredTime: compactTime(order.shippedAt),
      receivingTime: compactTime(order.completedAt),
      completeTime: compactTime(order.completedAt),
      closeReason: order.closeReason,
      sellerID: order.sellerOpenId,
      sellerOpenId: order.sellerOpenId,
      sellerLoginId: order.sellerName,
      buyerID: account.userId,
      remark: order.remark,
      flowTemplateCode: order.flow,
      tradeType: '50060',
    },
    productItems: order.lines.map((line) => ({
      productID: line.productNumericId,
      offerMapId: line.productId,
      skuID: Number(line.skuId),
      specId: line.specId,
      subItemID: line.entryId,
      subItemIDString: String(line.entryId),
      name: line.title,
      price: yuan(line.unitFen),
      itemAmount: yuan(line.unitFen * line.quantity),
      quantity: line.quantity,
      unit: '件',
      status,
      refundStatus: (() => {
        const refund = refundOf(account, order, line);
        return refund ? ALIBABA_REFUND_STATUS[refund.stage] : null;
      })(),
      productImgUrl: [line.imageUrl],
      skuInfos: skuInfos(line),
      cargoNumber: null,
      description: null,
    })),
    nativeLogistics: {
      address: [address.town, address.address].filter(Boolean).join(' '),
      area: address.district,
      city: address.city,
      province: address.province,
      contactPerson: address.name,
      mobile: address.phone,
      telephone: address.phone,
      zip: address.zip,
      town: address.town,
      logisticsItems: order.waybill
        ? [
            {
              logisticsBillNo: order.waybill,
              logisticsCompanyName: order.carrier,
              deliveredTime: compactTime(order.shippedAt),
              status: steps.at(-1)?.status ?? null,
            },
          ]
        : null,
    },
    internationalLogistics: null,
    guaranteesTerms: null,
    tradeTerms: [
      {
        payStatus: order.paidAt ? '2' : '1',
        payTime: compactTime(order.paidAt),
        payWay: order.paidAt ? '1' : null,
        phasAmount: yuan(totalFen(order)),
      },
    ],
    extAttributes: [],
  };
}

export function renderAlibabaRefund(refund: RefundState) {
  return {
    id: Number(refund.id.slice(2)),
    refundId: refund.id,
    orderId: refund.orderId,
    orderEntryIds: refund.entryIds,
    status: ALIBABA_REFUND_STATUS[refund.stage],
    disputeRequest: refund.kind === 'return' ? 'returnRefund' : 'refund',
    goodsStatus: String(refund.goodsStatus),
    createTime: compactTime(refund.createdAt),
    updateTime: compactTime(refund.updatedAt),
    alipayPaymentId: `2026${refund.orderId.slice(-12)}`,
    // 1688's own refund API counts these in fen; PandaPon never said (REFERENCE §3.8.1).
    applyCarriage: refund.carriageFen,
    applyPayment: refund.amountFen,
    applyExpect: refund.amountFen + refund.carriageFen,
    applyReason: refund.reasonText,
    applyReasonId: refund.reasonId,
    applySubReason: null,
    applySubReasonId: null,
    description: refund.description,
    buyerLogisticsName: refund.returnCompanyName,
    freightBill: refund.returnWaybill,
    buyerSendGoods: refund.returnWaybill !== null,
    remark: null,
  };
}
