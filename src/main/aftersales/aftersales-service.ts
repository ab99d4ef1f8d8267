import type { z } from 'zod';
import type {
  aftersalesListInput,
  modifyInput,
  ReturnCarrier,
  returnShippingInput,
  ReverseAction,
  ReverseOrderDetail,
  ReverseOrderSummary,
  ReverseStatus,
} from '../../shared/bridge/calls/aftersales';
import type { Platform } from '../../shared/bridge/calls/catalog';
import { BridgeError } from '../../shared/bridge/errors';
import type { Sourced } from '../../shared/bridge/sourced';
import type { Logger } from '../log';
import { remarkWithReference } from '../outbox/reference';
import type { Submission } from './ledger';
import { matchesFilter } from './reverse-status';
import {
  alibabaReverseDetail,
  alibabaReverseSummary,
  arr,
  taobaoMessages,
  taobaoReverseDetail,
  taobaoReverseSummary,
} from './reverse-view';
import type { AftersalesSession } from './session';
import { settleSubmission } from './submit';
import { badInput, numericId } from './template';

/**
 * Reverse-order list, detail and follow-up actions. Taobao has a list endpoint; 1688 has none, so
 * its list is the cases this app filed (the local record), each read through its detail.
 */
export type AftersalesQuery = z.output<typeof aftersalesListInput>;

type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const LIST_PAGE_SIZE = 50;

function knownCases(session: AftersalesSession): Map<string, Submission> {
  const known = new Map<string, Submission>();
  for (const entry of session.ledger.list({ what: 'reverse' })) {
    if (entry.resultId) known.set(`${entry.platform}:${entry.resultId}`, entry);
  }
  return known;
}

/** Several answers make one: as old and as stale as the oldest of them. */
function merged<T>(answers: readonly Sourced<unknown>[], data: T): Sourced<T> {
  const oldest = [...answers].sort((a, b) => a.fetchedAt.localeCompare(b.fetchedAt))[0];
  return {
    data,
    source: answers.some((a) => a.source === 'cache') ? 'cache' : 'network',
    fetchedAt: oldest?.fetchedAt ?? new Date().toISOString(),
    stale: answers.some((a) => a.stale),
  };
}

function remember(session: AftersalesSession, summary: ReverseOrderSummary) {
  if (summary.refundId) {
    session.ledger.noteStatus(
      summary.platform,
      summary.refundId,
      summary.status,
      summary.rawStatus,
    );
  }
}

async function taobaoList(session: AftersalesSession, query: AftersalesQuery) {
  const known = knownCases(session);
  const answer = await session.read(
    'taobao.refund.list',
    {
      pageNo: 1,
      pageSize: LIST_PAGE_SIZE,
      ...(query.orderId ? { purchaseOrderId: query.orderId } : {}),
    },
    { fresh: query.refresh },
  );
  const rows = arr(obj(answer.data).data).map((raw) => {
    const first = taobaoReverseSummary(raw);
    return taobaoReverseSummary(raw, known.get(`taobao:${first.refundId}`));
  });
  return { answers: [answer], rows };
}

async function alibabaList(session: AftersalesSession, query: AftersalesQuery, log: Logger) {
  const filed = session.ledger
    .list({ what: 'reverse', platform: '1688' })
    .filter((entry) => entry.resultId && (!query.orderId || entry.orderId === query.orderId));
  const answers: Sourced<unknown>[] = [];
  const rows: ReverseOrderSummary[] = [];
  for (const entry of filed) {
    try {
      const answer = await session.read(
        'alibaba.refund.detail',
        { refundId: entry.resultId },
        { fresh: query.refresh },
      );
      answers.push(answer);
      rows.push(alibabaReverseSummary(answer.data, entry));
    } catch (error) {
      // Never seen and unreachable now: the local record stands in, its status unknown.
      log.info('1688 reverse order unreadable', { refundId: entry.resultId, error });
      rows.push(fromLocalRecord(entry));
    }
  }
  return { answers, rows };
}

function fromLocalRecord(entry: Submission): ReverseOrderSummary {
  return {
    platform: entry.platform as Platform,
    refundId: entry.resultId ?? '',
    orderId: entry.orderId,
    lineIds: entry.lineIds,
    title: entry.title,
    kind: entry.kind === 'return' || entry.kind === 'refund' ? entry.kind : null,
    status: 'other',
    rawStatus: '',
    amountFen: entry.amountFen,
    reason: '',
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  };
}

export async function listReverseOrders(
  session: AftersalesSession,
  query: AftersalesQuery,
  log: Logger,
): Promise<Sourced<ReverseOrderSummary[]>> {
  // Requests whose answer was lost are settled first, so a filed one shows as itself.
  for (const entry of session.ledger.list({ what: 'reverse', platform: query.platform })) {
    if (entry.state === 'sending' || entry.state === 'unknown') {
      await settleSubmission(session, entry, log);
    }
  }
  const parts = await Promise.all([
    query.platform === '1688' ? null : taobaoList(session, query),
    query.platform === 'taobao' ? null : alibabaList(session, query, log),
  ]);
  const answers = parts.flatMap((part) => part?.answers ?? []);
  const rows = parts.flatMap((part) => part?.rows ?? []);
  rows.forEach((row) => remember(session, row));
  const unconfirmed = session.ledger
    .list({ what: 'reverse', platform: query.platform })
    .filter((entry) => entry.state === 'unknown' && !entry.resultId)
    .filter((entry) => !query.orderId || entry.orderId === query.orderId)
    .map((entry) => ({ ...fromLocalRecord(entry), status: 'unconfirmed' as const }));
  const data = [...rows, ...unconfirmed]
    .filter((row) => matchesFilter(row.status, query.filter))
    .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
  return answers.length
    ? merged(answers, data)
    : { data, source: 'local', fetchedAt: new Date().toISOString(), stale: false };
}

export async function reverseOrderDetail(
  session: AftersalesSession,
  platform: Platform,
  refundId: string,
  fresh = false,
): Promise<Sourced<ReverseOrderDetail>> {
  const known = knownCases(session).get(`${platform}:${refundId}`);
  if (platform === 'taobao') {
    const answer = await session.read('taobao.refund.detail', { refundId }, { fresh });
    const messages = await session
      .read('taobao.refund.messageList', { refundId }, { fresh })
      .then((list) => taobaoMessages(list.data))
      .catch(() => []);
    const summary = taobaoReverseSummary(answer.data, known);
    if (!summary.refundId)
      throw new BridgeError({ code: 'not_found', message: `No case ${refundId}.` });
    const history = historyOf(session, platform, refundId, summary);
    return { ...answer, data: taobaoReverseDetail(answer.data, known, { messages, history }) };
  }
  const answer = await session.read('alibaba.refund.detail', { refundId }, { fresh });
  const summary = alibabaReverseSummary(answer.data, known);
  if (!summary.refundId)
    throw new BridgeError({ code: 'not_found', message: `No case ${refundId}.` });
  const history = historyOf(session, platform, refundId, summary);
  return { ...answer, data: alibabaReverseDetail(answer.data, known, { messages: [], history }) };
}

function historyOf(
  session: AftersalesSession,
  platform: Platform,
  refundId: string,
  summary: ReverseOrderSummary,
) {
  return session.ledger
    .noteStatus(platform, refundId, summary.status, summary.rawStatus)
    .map((step) => ({ ...step, status: step.status as ReverseStatus }));
}

/** The fresh detail, refusing an action its status does not allow. */
async function allowing(
  session: AftersalesSession,
  platform: Platform,
  refundId: string,
  action: ReverseAction,
): Promise<ReverseOrderDetail> {
  const detail = (await reverseOrderDetail(session, platform, refundId, true)).data;
  if (detail.actions.includes(action)) return detail;
  if (platform === '1688' && action !== 'returnShipping') {
    throw new BridgeError({
      code: 'forbidden',
      message: 'PandaPon has no call for this on 1688; do it on 1688 itself.',
    });
  }
  throw new BridgeError({
    code: 'conflict',
    message: `Case ${refundId} does not allow this in its current status (${detail.status}).`,
  });
}

export async function cancelReverseOrder(
  session: AftersalesSession,
  platform: Platform,
  refundId: string,
) {
  await allowing(session, platform, refundId, 'cancel');
  const answer = obj(await session.call('taobao.refund.cancel', { refundId }));
  if (answer.cancelSuccess === false) {
    throw new BridgeError({
      code: 'pandapon_error',
      message: 'The seller side refused to close this case.',
    });
  }
  return (await reverseOrderDetail(session, platform, refundId, true)).data;
}

export async function modifyReverseOrder(
  session: AftersalesSession,
  input: z.output<typeof modifyInput>,
) {
  const detail = await allowing(session, input.platform, input.refundId, 'modify');
  const known = knownCases(session).get(`${input.platform}:${input.refundId}`);
  const cap = known?.amountFen ?? null;
  if (input.amountFen !== undefined && detail.amountFen !== null && cap !== null) {
    if (input.amountFen > Math.max(cap, detail.amountFen)) {
      throw badInput('The amount asked is more than was paid for these lines.', 'amountFen');
    }
  }
  await session.call('taobao.refund.modify', {
    refundId: input.refundId,
    reasonId: input.reasonId ? numericId(input.reasonId, 'reasonId') : null,
    refundFee: input.amountFen ?? null,
    // A case filed here keeps its reference, so a later look-up still recognises it.
    refundDesc: known ? remarkWithReference(input.description, known.clientRef) : input.description,
  });
  return (await reverseOrderDetail(session, input.platform, input.refundId, true)).data;
}

export async function returnCarriers(
  session: AftersalesSession,
  platform: Platform,
  refundId: string,
): Promise<Sourced<ReturnCarrier[]>> {
  if (platform === 'taobao') {
    const answer = await session.read('taobao.refund.returnLogisticsRender', { refundId });
    const carriers = arr(obj(answer.data).logisticsCompanies).map((raw) => ({
      code: text(obj(raw).logisticsCompanyCode),
      name: text(obj(raw).logisticsCompanyName),
    }));
    return { ...answer, data: carriers.filter((carrier) => carrier.code) };
  }
  const answer = await session.read('alibaba.refund.logisticsCompanies', {});
  const carriers = arr(answer.data).map((raw) => ({
    code: text(obj(raw).companyNo),
    name: text(obj(raw).companyName),
  }));
  return { ...answer, data: carriers.filter((carrier) => carrier.code) };
}

export async function addReturnShipping(
  session: AftersalesSession,
  input: z.output<typeof returnShippingInput>,
) {
  await allowing(session, input.platform, input.refundId, 'returnShipping');
  const carriers = (await returnCarriers(session, input.platform, input.refundId)).data;
  if (carriers.length && !carriers.some((carrier) => carrier.code === input.carrierCode)) {
    throw badInput('Choose one of the carriers PandaPon lists.', 'carrierCode');
  }
  if (input.platform === 'taobao') {
    await session.call('taobao.refund.returnLogisticsSubmit', {
      refundId: input.refundId,
      logisticsCompanyCode: input.carrierCode,
      logisticsNo: input.waybill,
    });
  } else {
    await session.call('alibaba.refund.submitReturn', {
      refundId: input.refundId,
      logisticsCompanyNo: input.carrierCode,
      freightBill: input.waybill,
      description: input.note ?? null,
    });
  }
  return (await reverseOrderDetail(session, input.platform, input.refundId, true)).data;
}

export async function sendReverseMessage(
  session: AftersalesSession,
  platform: Platform,
  refundId: string,
  message: string,
) {
  await allowing(session, platform, refundId, 'message');
  await session.call('taobao.refund.submitMessage', { refundId, refundMessage: message });
  return (await reverseOrderDetail(session, platform, refundId, true)).data;
}
