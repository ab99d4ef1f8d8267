import type {
  ReverseMessage,
  ReverseOrderDetail,
  ReverseOrderSummary,
  ReverseStatusStep,
} from '../../shared/bridge/calls/aftersales';
import { toFen } from '../catalog/money';
import { orderTime } from '../orders/order-time';
import { remarkForDisplay } from '../outbox';
import { reverseActionsFor, reverseKindOf, reverseStatusOf } from './reverse-status';

/**
 * PandaPon's two reverse-order shapes (Taobao's aggregate, 1688's `AlibabaRefundInfo`) as the
 * renderer's one. Both are loose objects, partly captured; fields are read by name, defensively.
 */
type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const firstText = (...values: unknown[]): string => values.map(text).find(Boolean) ?? '';

/** What the app knows of a case it filed itself (title, lines), from its local record. */
export interface KnownCase {
  readonly orderId: string;
  readonly lineIds: readonly string[];
  readonly title: string;
  readonly kind: string | null;
  /** When this app filed it: PandaPon's Taobao rows carry no creation time. */
  readonly createdAt?: string;
}

/** A Taobao list row or detail aggregate: `refundOrder` may be nested or the row itself. */
export function taobaoReverseSummary(raw: unknown, known?: KnownCase): ReverseOrderSummary {
  const row = obj(raw);
  const aggregate = obj(row.refundOrderAggregate ?? row);
  const order = obj(aggregate.refundOrder ?? aggregate);
  const line = obj(aggregate.purchaseOrderLine);
  const kind = reverseKindOf('taobao', order.refundType) ?? knownKind(known);
  const rawStatus = text(order.refundStatus);
  const lineId = firstText(line.purchaseOrderLineId, order.subOrderId, order.payOrderId);
  return {
    platform: 'taobao',
    refundId: text(order.refundId),
    orderId: firstText(line.purchaseOrderId, order.purchaseOrderId, known?.orderId) || null,
    lineIds: lineId ? [lineId] : (known?.lineIds ?? []),
    title: firstText(line.itemTitle, known?.title),
    kind,
    status: reverseStatusOf('taobao', rawStatus, kind),
    rawStatus,
    amountFen: toFen(order.refundFee),
    reason: text(order.reasonDesc),
    createdAt: orderTime(order.createTime ?? line.createTime ?? null) ?? known?.createdAt ?? null,
    updatedAt: orderTime(order.modifyTime ?? order.updateTime ?? null),
  };
}

export function alibabaReverseSummary(raw: unknown, known?: KnownCase): ReverseOrderSummary {
  const info = obj(raw);
  const kind = reverseKindOf('1688', info.disputeRequest) ?? knownKind(known);
  const rawStatus = text(info.status);
  return {
    platform: '1688',
    refundId: firstText(info.refundId, info.id),
    orderId: firstText(info.orderIdStr, info.orderId, known?.orderId) || null,
    lineIds: known?.lineIds ?? arr(info.orderEntryIds).map(text).filter(Boolean),
    title: firstText(info.productName, known?.title),
    kind,
    status: reverseStatusOf('1688', rawStatus, kind),
    rawStatus,
    amountFen: toFen(info.applyPayment),
    reason: firstText(info.applyReason, info.applySubReason),
    createdAt: orderTime(info.createTime),
    updatedAt: orderTime(info.updateTime),
  };
}

function knownKind(known?: KnownCase) {
  return known?.kind === 'refund' || known?.kind === 'return' ? known.kind : null;
}

export function taobaoMessages(raw: unknown): ReverseMessage[] {
  return arr(raw).map((entry) => {
    const message = obj(entry);
    const images = Array.isArray(message.images)
      ? message.images.map(text)
      : text(message.images).split(',');
    return {
      at: orderTime(message.createTime),
      // The first message may repeat the description, reference marker included.
      text: remarkForDisplay(firstText(message.content, message.refundMessage)),
      images: images.filter((image) => /^https?:\/\//.test(image)),
    };
  });
}

interface DetailExtras {
  readonly messages: readonly ReverseMessage[];
  readonly history: readonly ReverseStatusStep[];
}

export function taobaoReverseDetail(
  raw: unknown,
  known: KnownCase | undefined,
  extras: DetailExtras,
): ReverseOrderDetail {
  const summary = taobaoReverseSummary(raw, known);
  const aggregate = obj(obj(raw).refundOrderAggregate ?? raw);
  const order = obj(aggregate.refundOrder);
  const logistics = obj(aggregate.logistics);
  const company = obj(logistics.logisticsCompany);
  const waybill = text(logistics.logisticsNo);
  return {
    ...summary,
    description: remarkForDisplay(text(order.refundDesc)),
    sellerRefusal: firstText(order.sellerRefuseReasonDescribe, order.sellerRefuseReason) || null,
    deadline: orderTime(order.timeoutDate),
    returnShipping: waybill
      ? {
          carrier: firstText(company.logisticsCompanyName, company.logisticsCompanyCode),
          waybill,
        }
      : null,
    ...extras,
    actions: reverseActionsFor('taobao', summary.status),
  };
}

export function alibabaReverseDetail(
  raw: unknown,
  known: KnownCase | undefined,
  extras: DetailExtras,
): ReverseOrderDetail {
  const summary = alibabaReverseSummary(raw, known);
  const info = obj(raw);
  const waybill = firstText(info.freightBill, info.buyerLogisticsNo);
  return {
    ...summary,
    description: remarkForDisplay(firstText(info.description, info.remark)),
    sellerRefusal: firstText(info.refuseReason, info.sellerRefuseReason) || null,
    deadline: orderTime(info.timeOutTime ?? info.timeoutTime ?? null),
    returnShipping: waybill
      ? { carrier: firstText(info.buyerLogisticsName, info.logisticsCompanyNo), waybill }
      : null,
    ...extras,
    actions: reverseActionsFor('1688', summary.status),
  };
}
