import type { z } from 'zod';
import type {
  reasonsInput,
  RefundProblem,
  RefundReason,
  RefundTemplate,
} from '../../shared/bridge/calls/aftersales';
import { BridgeError } from '../../shared/bridge/errors';
import type { OrderDetail, OrderLine } from '../../shared/bridge/calls/orders';
import { toFen } from '../catalog/money';
import { orderDetail } from '../orders/orders-service';
import type { ShopSession } from '../orders/session-port';
import { ALIBABA_GOODS_STATUS, TAOBAO_GOODS_STATUS, TAOBAO_REFUND_TYPE } from './reverse-status';
import { arr } from './reverse-view';

/**
 * What a request for some lines of a paid order may ask: the platform's reasons and the most
 * that may be asked back, which is what was paid for those lines (PandaPon's own cap is applied
 * too when it gives one).
 */
export type ReasonsQuery = z.output<typeof reasonsInput>;
type Reader = Pick<ShopSession, 'read'>;

type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

export function badInput(message: string, path?: string): BridgeError {
  return new BridgeError({
    code: 'bad_input',
    message,
    ...(path ? { issues: [{ path, message }] } : {}),
  });
}

/**
 * 1688 declares its ids as JSON numbers; a 19-digit 1688 id does not fit a double exactly, so it
 * is refused here rather than sent rounded (REFERENCE §2.11: v2 ids may be strings; unverified).
 */
export function numericId(value: string, path: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) {
    throw badInput(`"${value}" is not an id PandaPon can take as a number.`, path);
  }
  return number;
}

export function linePaidFen(line: OrderLine): number {
  if (line.amountFen !== null) return line.amountFen;
  return line.priceFen === null ? 0 : line.priceFen * line.quantity;
}

/** The chosen lines of the order; an id that is not one of its lines is refused. */
export function chosenLines(order: OrderDetail, lineIds: readonly string[]): OrderLine[] {
  return lineIds.map((lineId) => {
    const line = order.lines.find((candidate) => candidate.id === lineId);
    if (!line) throw badInput(`Line ${lineId} is not part of order ${order.id}.`, 'lineIds');
    return line;
  });
}

function paymentProblem(order: OrderDetail): RefundProblem | null {
  if (order.status === 'awaiting_payment') return 'unpaid';
  if (order.status === 'cancelled') return 'cancelled';
  return null;
}

export const PROBLEM_TEXT: Record<RefundProblem, string> = {
  unpaid: 'This order is not paid yet: cancel it instead.',
  cancelled: 'This order was cancelled; nothing was paid.',
  seller_refuses: 'The seller does not accept after-sales on this line.',
  nothing_paid: 'PandaPon shows no payment for these lines.',
};

async function taobaoTemplate(session: Reader, query: ReasonsQuery) {
  if (query.lineIds.length !== 1) {
    throw badInput('A Taobao request covers one line; choose one line.', 'lineIds');
  }
  const answer = obj(
    (
      await session.read('taobao.refund.render', {
        subOrderId: query.lineIds[0],
        refundType: TAOBAO_REFUND_TYPE[query.kind],
        goodsStatus: TAOBAO_GOODS_STATUS[query.goodsReceived ? 'received' : 'notReceived'],
      })
    ).data,
  );
  const template = obj(answer.refundOrderTemplate);
  const cap = obj(template.maxRefundFee);
  const reasons: RefundReason[] = arr(template.refundReasons).map((raw) => {
    const reason = obj(raw);
    return {
      id: text(reason.reasonId),
      text: text(reason.reasonDesc),
      tips: text(reason.tips) || null,
      needsEvidence: false,
    };
  });
  return {
    reasons,
    capFen: toFen(cap.refundFee),
    amountEditable: cap.canEditRefundFee !== false,
    refused: answer.saleFlag === false ? ('seller_refuses' as const) : null,
  };
}

async function alibabaTemplate(session: Reader, query: ReasonsQuery) {
  const answer = await session.read('alibaba.refund.reasons', {
    orderId: query.orderId,
    orderEntryIds: query.lineIds.map((lineId) => numericId(lineId, 'lineIds')),
    goodsStatus: ALIBABA_GOODS_STATUS[query.goodsReceived ? 'received' : 'notReceived'],
  });
  const reasons: RefundReason[] = arr(answer.data).map((raw) => {
    const reason = obj(raw);
    return {
      id: text(reason.id),
      text: text(reason.name),
      tips: null,
      needsEvidence: reason.needVoucher === true,
    };
  });
  return { reasons, capFen: null, amountEditable: true, refused: null as RefundProblem | null };
}

export async function refundTemplate(
  session: Reader,
  query: ReasonsQuery,
): Promise<{ template: RefundTemplate; order: OrderDetail; lines: OrderLine[] }> {
  const order = (await orderDetail(session as ShopSession, query.platform, query.orderId)).data;
  const lines = chosenLines(order, query.lineIds);
  const paidFen = lines.reduce((total, line) => total + linePaidFen(line), 0);
  const unpaid = paymentProblem(order);
  const found = unpaid
    ? { reasons: [], capFen: null, amountEditable: false, refused: unpaid }
    : query.platform === 'taobao'
      ? await taobaoTemplate(session, query)
      : await alibabaTemplate(session, query);
  const maxAmountFen = found.capFen === null ? paidFen : Math.min(paidFen, found.capFen);
  const problem = found.refused ?? (maxAmountFen > 0 ? null : ('nothing_paid' as const));
  return {
    template: {
      platform: query.platform,
      orderId: query.orderId,
      reasons: found.reasons.filter((reason) => reason.id && reason.text),
      maxAmountFen,
      amountEditable: found.amountEditable,
      allowed: problem === null,
      problem,
    },
    order,
    lines,
  };
}
