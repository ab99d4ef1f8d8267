import type { SandboxPlatform } from '../generator/types';
import type { CommerceContext } from './context';
import { badInput, notFound, wrongStatus } from './errors';
import { isOpen, TIMINGS } from './lifecycle';
import type { AccountState, OrderLineState, OrderState, RefundKind, RefundState } from './state';
import { addMs } from './time-format';

/** What both platforms' after-sales share: carriers for returns, checks, and opening a case. */
export const RETURN_CARRIERS = [
  { code: 'SF', name: '顺丰速运', id: 1 },
  { code: 'ZTO', name: '中通快递', id: 2 },
  { code: 'YTO', name: '圆通速递', id: 3 },
  { code: 'STO', name: '申通快递', id: 4 },
  { code: 'YUNDA', name: '韵达快递', id: 5 },
  { code: 'EMS', name: 'EMS', id: 6 },
  { code: 'JD', name: '京东快递', id: 7 },
] as const;

export function carrierByCode(field: string, code: string) {
  const carrier = RETURN_CARRIERS.find((candidate) => candidate.code === code);
  if (!carrier) {
    throw badInput(`${field} must be one of ${RETURN_CARRIERS.map((c) => c.code).join(', ')}.`);
  }
  return carrier;
}

export function findRefund(
  account: AccountState,
  platform: SandboxPlatform,
  id: string,
): RefundState {
  const refund = account.refunds.find(
    (candidate) => candidate.platform === platform && candidate.id === id,
  );
  if (!refund) throw notFound(`No ${platform} reverse order ${id}.`);
  return refund;
}

/** Lines already refunded, or with a case still open, cannot get a second case. */
export function entryBusy(account: AccountState, order: OrderState, entryId: number): boolean {
  return account.refunds.some(
    (refund) =>
      refund.orderId === order.id &&
      refund.entryIds.includes(entryId) &&
      (isOpen(refund) || refund.stage === 'succeeded'),
  );
}

export function canApply(order: OrderState): boolean {
  return (
    order.stage === 'awaiting_shipment' || order.stage === 'shipped' || order.stage === 'completed'
  );
}

export function checkCanApply(
  account: AccountState,
  order: OrderState,
  lines: readonly OrderLineState[],
  kind: RefundKind,
) {
  if (!canApply(order)) {
    throw wrongStatus(
      `Order ${order.id} is not paid or is closed: no after-sales case can be opened.`,
    );
  }
  if (kind === 'return' && order.stage === 'awaiting_shipment') {
    throw wrongStatus(`Order ${order.id} has not shipped: ask for a refund only, not a return.`);
  }
  const busy = lines.find((line) => entryBusy(account, order, line.entryId));
  if (busy) throw wrongStatus(`Line ${busy.entryId} already has an after-sales case.`);
}

export function amountOf(lines: readonly OrderLineState[]): number {
  return lines.reduce((total, line) => total + line.unitFen * line.quantity, 0);
}

export function openRefund(
  context: CommerceContext,
  account: AccountState,
  fields: Omit<
    RefundState,
    | 'stage'
    | 'createdAt'
    | 'updatedAt'
    | 'dueAt'
    | 'returnCompanyCode'
    | 'returnCompanyName'
    | 'returnWaybill'
    | 'messages'
  > & {
    readonly messages?: RefundState['messages'];
  },
): RefundState {
  const now = context.nowIso();
  const refund: RefundState = {
    ...fields,
    stage: 'waiting_seller',
    createdAt: now,
    updatedAt: now,
    dueAt: addMs(now, TIMINGS.sellerAnswers),
    returnCompanyCode: null,
    returnCompanyName: null,
    returnWaybill: null,
    messages: [...(fields.messages ?? [])],
  };
  account.refunds.push(refund);
  return refund;
}

/** The buyer has sent the goods back: the seller receives them after a while. */
export function returnSent(
  context: CommerceContext,
  refund: RefundState,
  carrier: (typeof RETURN_CARRIERS)[number],
  waybill: string,
) {
  if (refund.stage !== 'waiting_buyer_return') {
    throw wrongStatus(`Reverse order ${refund.id} is not waiting for the goods to be sent back.`);
  }
  const now = context.nowIso();
  refund.stage = 'waiting_seller_receipt';
  refund.returnCompanyCode = carrier.code;
  refund.returnCompanyName = carrier.name;
  refund.returnWaybill = waybill;
  refund.updatedAt = now;
  refund.dueAt = addMs(now, TIMINGS.sellerReceivesReturn);
}

export function closeByBuyer(context: CommerceContext, refund: RefundState) {
  if (!isOpen(refund)) throw wrongStatus(`Reverse order ${refund.id} is already finished.`);
  refund.stage = 'closed';
  refund.updatedAt = context.nowIso();
  refund.dueAt = null;
}
