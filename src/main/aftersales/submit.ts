import type { z } from 'zod';
import type { ReverseSubmission, submitInput } from '../../shared/bridge/calls/aftersales';
import { BridgeError } from '../../shared/bridge/errors';
import type { Logger } from '../log';
import { describeFailure, isDefinitelyNotApplied } from '../outbox/failures';
import { referenceMarker, remarkWithReference } from '../outbox/reference';
import type { Submission } from './ledger';
import {
  ALIBABA_DISPUTE,
  ALIBABA_GOODS_STATUS,
  TAOBAO_GOODS_STATUS,
  TAOBAO_REFUND_TYPE,
} from './reverse-status';
import { arr } from './reverse-view';
import type { AftersalesSession } from './session';
import { badInput, numericId, PROBLEM_TEXT, refundTemplate } from './template';

/**
 * Filing a reverse order, once. Refunds move money, but the outbox knows only order creation and
 * payment, so this path keeps the same promise itself: the request is recorded before it is sent,
 * sent once with the client reference in its description, and an answer that never arrived is
 * settled by looking the case up, never by sending again.
 */
export type SubmitRequest = z.output<typeof submitInput>;

type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

export function submissionView(entry: Submission): ReverseSubmission {
  return {
    clientRef: entry.clientRef,
    state: entry.state,
    refundId: entry.resultId,
    error: entry.error,
  };
}

function requestBody(request: SubmitRequest, description: string) {
  if (request.platform === 'taobao') {
    return {
      endpoint: 'taobao.refund.submit',
      body: {
        subOrderId: request.lineIds[0],
        refundType: TAOBAO_REFUND_TYPE[request.kind],
        goodsStatus: TAOBAO_GOODS_STATUS[request.goodsReceived ? 'received' : 'notReceived'],
        reasonId: numericId(request.reasonId, 'reasonId'),
        refundFee: request.amountFen,
        refundDesc: description,
      },
    };
  }
  return {
    endpoint: 'alibaba.refund.create',
    body: {
      orderId: numericId(request.orderId, 'orderId'),
      orderEntryIds: request.lineIds.map((lineId) => numericId(lineId, 'lineIds')),
      disputeRequest: ALIBABA_DISPUTE[request.kind],
      // PandaPon does not state the unit; fen, as 1688's own refund API takes it (§3.8.1).
      applyPayment: request.amountFen,
      applyCarriage: 0,
      applyReasonId: numericId(request.reasonId, 'reasonId'),
      description,
      goodsStatus: ALIBABA_GOODS_STATUS[request.goodsReceived ? 'received' : 'notReceived'],
    },
  };
}

/** Checks everything that can be checked before anything is written or sent. */
async function validated(session: AftersalesSession, request: SubmitRequest) {
  const { template, lines } = await refundTemplate(session, request);
  if (!template.allowed) {
    throw new BridgeError({
      code: 'conflict',
      message: PROBLEM_TEXT[template.problem ?? 'nothing_paid'],
      details: { problem: template.problem },
    });
  }
  if (request.amountFen > template.maxAmountFen) {
    throw badInput(
      `The amount asked (${request.amountFen} fen) is more than was paid for these lines ` +
        `(${template.maxAmountFen} fen).`,
      'amountFen',
    );
  }
  if (template.reasons.length && !template.reasons.some((r) => r.id === request.reasonId)) {
    throw badInput('Choose one of the reasons PandaPon offers for these lines.', 'reasonId');
  }
  const prepared = requestBody(
    request,
    remarkWithReference(request.description, request.clientRef),
  );
  return {
    prepared,
    title: lines
      .map((line) => line.title)
      .join(' · ')
      .slice(0, 200),
  };
}

/** Looks for the case a lost answer may have created. */
async function findFiled(session: AftersalesSession, entry: Submission): Promise<string | null> {
  const marker = referenceMarker(entry.clientRef);
  if (entry.platform === 'taobao') {
    const answer = await session.read(
      'taobao.refund.list',
      { purchaseOrderId: entry.orderId, pageNo: 1, pageSize: 50 },
      { fresh: true },
    );
    const row = arr(obj(answer.data).data).find((raw) => JSON.stringify(raw).includes(marker));
    if (!row) return null;
    const found = obj(row);
    return text(obj(found.refundOrder ?? found).refundId) || null;
  }
  // 1688 has no reverse-order list: the order's own lines are read for a refund id instead.
  const answer = await session.read(
    'alibaba.order.page',
    { orderId: entry.orderId, beginPage: 1, pageSize: 1 },
    { fresh: true },
  );
  for (const order of arr(obj(answer.data).data)) {
    for (const item of arr(obj(order).productItems)) {
      const line = obj(item);
      const lineId = text(line.subItemIDString ?? line.subItemID);
      const refundId = text(line.refundId ?? line.refundIdForAs);
      if (entry.lineIds.includes(lineId) && refundId) return refundId;
    }
  }
  throw new BridgeError({
    code: 'outcome_unknown',
    message:
      'PandaPon did not confirm this 1688 request; check the order on 1688 before filing again.',
  });
}

export async function settleSubmission(
  session: AftersalesSession,
  entry: Submission,
  log: Logger,
): Promise<Submission> {
  if (entry.state === 'done' || entry.state === 'failed') return entry;
  let refundId: string | null;
  try {
    refundId = await findFiled(session, entry);
  } catch (error) {
    // Offline, or 1688 cannot tell: stay unknown and never resend.
    log.info('reverse order look-up inconclusive', {
      clientRef: entry.clientRef,
      code: describeFailure(error).code,
    });
    return session.ledger.settle(entry.clientRef, 'unknown', { error: describeFailure(error) });
  }
  if (refundId) {
    log.info('reverse order reconciled as filed', { clientRef: entry.clientRef, refundId });
    return session.ledger.settle(entry.clientRef, 'done', { resultId: refundId });
  }
  log.info('reverse order reconciled as not filed', { clientRef: entry.clientRef });
  return session.ledger.settle(entry.clientRef, 'failed', {
    error: {
      code: 'not_created',
      message: 'PandaPon has no record of this request; nothing was filed.',
    },
  });
}

export async function submitReverseOrder(
  session: AftersalesSession,
  request: SubmitRequest,
  log: Logger,
): Promise<{ submission: ReverseSubmission; filed: boolean }> {
  const known = session.ledger.get(request.clientRef);
  if (known) {
    const settled = await settleSubmission(session, known, log);
    return { submission: submissionView(settled), filed: false };
  }

  const { prepared, title } = await validated(session, request);
  const begun = session.ledger.begin({
    clientRef: request.clientRef,
    what: 'reverse',
    platform: request.platform,
    orderId: request.orderId,
    lineIds: request.lineIds,
    title,
    kind: request.kind,
    amountFen: request.amountFen,
  });
  if (!begun)
    return { submission: submissionView(session.ledger.get(request.clientRef)!), filed: false };
  const ids = {
    clientRef: request.clientRef,
    orderId: request.orderId,
    platform: request.platform,
  };
  log.info('reverse order sending', ids);

  let answer: unknown;
  try {
    answer = await session.call(prepared.endpoint, prepared.body);
  } catch (error) {
    const failure = describeFailure(error);
    if (isDefinitelyNotApplied(error)) {
      log.info('reverse order refused', {
        ...ids,
        code: failure.code,
        requestId: failure.requestId,
      });
      const failed = session.ledger.settle(request.clientRef, 'failed', { error: failure });
      return { submission: submissionView(failed), filed: false };
    }
    log.warn('reverse order outcome unknown', { ...ids, code: failure.code });
    const unknown = session.ledger.settle(request.clientRef, 'unknown', { error: failure });
    const settled = await settleSubmission(session, unknown, log);
    return { submission: submissionView(settled), filed: settled.state === 'done' };
  }

  const refundId = text(obj(answer).refundId);
  if (!refundId) {
    const unknown = session.ledger.settle(request.clientRef, 'unknown', {
      error: { code: 'schema_mismatch', message: 'PandaPon answered without a refund id.' },
    });
    const settled = await settleSubmission(session, unknown, log);
    return { submission: submissionView(settled), filed: settled.state === 'done' };
  }
  log.info('reverse order filed', { ...ids, refundId });
  const done = session.ledger.settle(request.clientRef, 'done', { resultId: refundId });
  return { submission: submissionView(done), filed: true };
}
