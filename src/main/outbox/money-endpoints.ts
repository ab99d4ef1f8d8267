import { orderTime } from '../orders/order-time';
import { orderCarriesReference, remarkWithReference } from './reference';
import type { IntentKind, OutboxClient } from './types';

/**
 * What the outbox knows of each money-moving endpoint it may send: where the reference goes,
 * how to read the order ids of an answer, and how to find out what happened when the answer was
 * lost. A new money-moving endpoint is usable through the outbox once it has an entry here.
 */
export interface MoneyEndpoint {
  readonly kind: IntentKind;
  /** The request with the client reference written where PandaPon keeps it. */
  withReference(input: unknown, clientRef: string): unknown;
  /** The order ids an answer names. */
  orderIdsOf(output: unknown, input: unknown): string[];
  /**
   * After an uncertain outcome: what PandaPon shows happened, or null when it shows that nothing
   * did. Throws when it cannot tell (offline); the intent then stays `unknown`.
   */
  findOutcome(
    client: OutboxClient,
    clientRef: string,
    input: unknown,
    /** When the intent was written: every order created since then must be looked at. */
    since?: Date,
  ): Promise<{ orderIds: string[]; result: unknown } | null>;
}

type Loose = Record<string, unknown>;

const asObject = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value == null ? [] : [value];
const idText = (value: unknown): string | null =>
  typeof value === 'string' && value ? value : typeof value === 'number' ? String(value) : null;

/** A 1688 order in the order-detail shape: `baseInfo.idOfStr` (or the numeric `id`). */
export function alibabaOrderIdOf(order: unknown): string | null {
  const base = asObject(asObject(order).baseInfo);
  return idText(base.idOfStr) ?? idText(base.id);
}

export function taobaoOrderIdOf(order: unknown): string | null {
  return idText(asObject(order).purchaseOrderId);
}

/**
 * A look-up reads the order list, newest first, back to the moment the intent was written (with
 * an hour's margin for clocks), or to its end. It must see every order created since then:
 * "not found" after a partial read could send an order twice. When the list is longer than
 * LOOKUP_MAX_PAGES allow, the look-up gives up, and the intent stays unknown for a person.
 */
const LOOKUP_MAX_PAGES = 40;
const LOOKUP_PAGE_SIZE = 50;
const CLOCK_MARGIN_MS = 60 * 60 * 1000;

function createdAtOf(order: unknown, platform: '1688' | 'taobao'): number | null {
  const raw =
    platform === '1688'
      ? asObject(asObject(order).baseInfo).createTime
      : asObject(order).createTime;
  const iso = orderTime(raw);
  return iso ? Date.parse(iso) : null;
}

async function scanOrders(
  client: OutboxClient,
  platform: '1688' | 'taobao',
  matches: (order: unknown) => boolean,
  since?: Date,
  /** Stops early once what was found answers the question (every order of a payment). */
  enough?: (found: readonly unknown[]) => boolean,
): Promise<unknown[]> {
  const found: unknown[] = [];
  const oldestNeeded = since ? since.getTime() - CLOCK_MARGIN_MS : null;
  for (let page = 1; page <= LOOKUP_MAX_PAGES; page += 1) {
    const answer = asObject(
      platform === '1688'
        ? await client.call('alibaba.order.page', { beginPage: page, pageSize: LOOKUP_PAGE_SIZE })
        : await client.call('taobao.order.page', { pageNo: page, pageSize: LOOKUP_PAGE_SIZE }),
    );
    const orders = asArray(answer.data);
    found.push(...orders.filter(matches));
    if (orders.length < LOOKUP_PAGE_SIZE || enough?.(found)) return found;
    if (oldestNeeded !== null) {
      const times = orders.map((order) => createdAtOf(order, platform)).filter((t) => t !== null);
      if (times.length > 0 && Math.min(...times) < oldestNeeded) return found;
    }
  }
  throw new Error(
    `The ${platform} order list is too long to check every order since this request was sent; ` +
      'check the order in PandaPon before sending it again.',
  );
}

function orderCreation(
  platform: '1688' | 'taobao',
  remarkField: 'message' | 'remark',
): MoneyEndpoint {
  const idOf = platform === '1688' ? alibabaOrderIdOf : taobaoOrderIdOf;
  return {
    kind: 'order',
    withReference: (input, clientRef) => {
      const body = asObject(input);
      return { ...body, [remarkField]: remarkWithReference(body[remarkField], clientRef) };
    },
    orderIdsOf: (output) =>
      asArray(output)
        .map(idOf)
        .filter((id): id is string => id !== null),
    async findOutcome(client, clientRef, _input, since) {
      const orders = await scanOrders(
        client,
        platform,
        (order) => orderCarriesReference(order, clientRef),
        since,
      );
      if (!orders.length) return null;
      const orderIds = orders.map(idOf).filter((id): id is string => id !== null);
      return { orderIds, result: orders };
    },
  };
}

/** Statuses that mean "still waiting for the buyer to pay" (1688 text, Taobao xportcn 0). */
const UNPAID = new Set(['waitbuyerpay', '0', 'TAOBAO_ORDER_WAIT_BUYER_PAY']);

function paymentSubmission(platform: '1688' | 'taobao', idsField: string): MoneyEndpoint {
  const idOf = platform === '1688' ? alibabaOrderIdOf : taobaoOrderIdOf;
  const statusOf = (order: unknown) =>
    platform === '1688'
      ? String(asObject(asObject(order).baseInfo).status ?? '')
      : String(asObject(order).orderStatus ?? '');
  const requested = (input: unknown) =>
    asArray(asObject(input)[idsField])
      .map(idText)
      .filter((id): id is string => id !== null);

  return {
    kind: 'payment',
    // A payment carries no remark; the orders' own status says whether it happened.
    withReference: (input) => input,
    orderIdsOf: (_output, input) => requested(input),
    async findOutcome(client, _clientRef, input) {
      const wanted = new Set(requested(input));
      const orders = await scanOrders(
        client,
        platform,
        (order) => wanted.has(idOf(order) ?? ''),
        undefined,
        (found) => found.length >= wanted.size,
      );
      const paid = orders.filter((order) => !UNPAID.has(statusOf(order)));
      if (!paid.length) return null;
      const orderIds = paid.map(idOf).filter((id): id is string => id !== null);
      return { orderIds, result: { paid: orderIds, reconciled: true } };
    },
  };
}

export const defaultMoneyEndpoints: Readonly<Record<string, MoneyEndpoint>> = {
  'alibaba.order.create': orderCreation('1688', 'message'),
  'alibaba.order.batchCreate': orderCreation('1688', 'message'),
  'alibaba.cart.createOrder': orderCreation('1688', 'message'),
  'taobao.order.create': orderCreation('taobao', 'remark'),
  'alibaba.order.batchSubmitToPay': paymentSubmission('1688', 'orderIds'),
  'taobao.order.pay': paymentSubmission('taobao', 'purchaseOrderIds'),
};
