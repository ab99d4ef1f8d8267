import type { z } from 'zod';
import type { Platform } from '../../shared/bridge/calls/catalog';
import type {
  OrderDetail,
  OrderSummary,
  ordersListInput,
  Parcel,
} from '../../shared/bridge/calls/orders';
import { BridgeError } from '../../shared/bridge/errors';
import type { Sourced } from '../../shared/bridge/sourced';
import { alibabaOrderIdOf } from '../outbox/money-endpoints';
import { orderDetailOf, orderSummaryOf } from './order-view';
import { alibabaParcels, taobaoParcels } from './parcels';
import type { ShopSession } from './session-port';

/**
 * The order list and detail. The list reads the most recent pages of each platform through the
 * session cache (so it shows offline, with its age) and filters on this side, since PandaPon's
 * list filters were never documented.
 */
export type OrdersQuery = z.output<typeof ordersListInput>;

const PAGES = 3;
const PAGE_SIZE = 50;

type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

async function platformOrders(
  session: ShopSession,
  platform: Platform,
  fresh: boolean,
): Promise<Sourced<OrderSummary[]>> {
  const answers: Sourced<unknown>[] = [];
  for (let page = 1; page <= PAGES; page += 1) {
    const input =
      platform === '1688'
        ? { beginPage: page, pageSize: PAGE_SIZE }
        : { pageNo: page, pageSize: PAGE_SIZE };
    const endpoint = platform === '1688' ? 'alibaba.order.page' : 'taobao.order.page';
    const answer = await session.read(endpoint, input, { fresh });
    answers.push(answer);
    if (arr(obj(answer.data).data).length < PAGE_SIZE) break;
  }
  const orders = answers.flatMap((answer) =>
    arr(obj(answer.data).data).map((raw) => orderSummaryOf(platform, raw)),
  );
  return { ...mergeFreshness(answers), data: orders };
}

/** Several answers make one: as old and as stale as the oldest of them. */
function mergeFreshness(answers: readonly Sourced<unknown>[]) {
  const oldest = [...answers].sort((a, b) => a.fetchedAt.localeCompare(b.fetchedAt))[0];
  return {
    source: answers.some((answer) => answer.source === 'cache')
      ? ('cache' as const)
      : ('network' as const),
    fetchedAt: oldest?.fetchedAt ?? new Date().toISOString(),
    stale: answers.some((answer) => answer.stale),
  };
}

function matches(order: OrderSummary, query: OrdersQuery): boolean {
  if (query.status && order.status !== query.status) return false;
  const day = order.createdAt?.slice(0, 10) ?? null;
  if (query.from && (!day || day < query.from)) return false;
  if (query.to && (!day || day > query.to)) return false;
  const text = query.text?.toLowerCase();
  if (text) {
    const haystack = [order.id, order.title, order.sellerName ?? '', order.remark]
      .join(' ')
      .toLowerCase();
    if (!haystack.includes(text)) return false;
  }
  return true;
}

export async function listOrders(
  session: ShopSession,
  query: OrdersQuery,
): Promise<Sourced<OrderSummary[]>> {
  const platforms: Platform[] = query.platform ? [query.platform] : ['1688', 'taobao'];
  const answers = await Promise.all(
    platforms.map((platform) => platformOrders(session, platform, query.refresh)),
  );
  const orders = answers
    .flatMap((answer) => answer.data)
    .filter((order) => matches(order, query))
    .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
  return { ...mergeFreshness(answers), data: orders };
}

async function rawOrder(
  session: ShopSession,
  platform: Platform,
  orderId: string,
  fresh: boolean,
): Promise<Sourced<unknown>> {
  if (platform === 'taobao') {
    return session.read('taobao.order.detail', { purchaseOrderId: orderId }, { fresh });
  }
  // 1688 has no order-detail endpoint in the v2 navigation: the list, narrowed to one id.
  const answer = await session.read(
    'alibaba.order.page',
    { orderId, beginPage: 1, pageSize: 1 },
    {
      fresh,
    },
  );
  const order = arr(obj(answer.data).data).find((raw) => alibabaOrderIdOf(raw) === orderId);
  if (!order) throw new BridgeError({ code: 'not_found', message: `No order ${orderId}.` });
  return { ...answer, data: order };
}

export async function orderDetail(
  session: ShopSession,
  platform: Platform,
  orderId: string,
  fresh = false,
): Promise<Sourced<OrderDetail>> {
  const answer = await rawOrder(session, platform, orderId, fresh);
  return { ...answer, data: orderDetailOf(platform, answer.data) };
}

export async function orderParcels(
  session: ShopSession,
  platform: Platform,
  orderId: string,
): Promise<Sourced<Parcel[]>> {
  if (platform === '1688') {
    const answer = await session.read('alibaba.order.logisticsTrace', { orderId });
    return { ...answer, data: alibabaParcels(answer.data) };
  }
  const detail = (await orderDetail(session, platform, orderId)).data;
  const answers = await Promise.all(
    detail.lines
      .filter((line) => line.id)
      .map((line) =>
        session.read('taobao.order.logisticsDetail', { subPurchaseOrderId: line.id as string }),
      ),
  );
  return {
    ...mergeFreshness(
      answers.length
        ? answers
        : [{ data: null, source: 'network', fetchedAt: new Date().toISOString(), stale: false }],
    ),
    data: answers.flatMap((answer) => taobaoParcels(answer.data)),
  };
}

export async function cancelOrder(
  session: ShopSession,
  platform: Platform,
  orderId: string,
  reason: string,
): Promise<OrderDetail> {
  if (platform === '1688') {
    await session.call('alibaba.order.cancel', { webSite: '1688', orderId, cancelReason: reason });
  } else {
    await session.call('taobao.order.cancel', { purchaseOrderId: orderId, cancelReason: reason });
  }
  return (await orderDetail(session, platform, orderId, true)).data;
}

export async function confirmReceipt(
  session: ShopSession,
  platform: Platform,
  orderId: string,
): Promise<OrderDetail> {
  if (platform !== '1688') {
    throw new BridgeError({
      code: 'forbidden',
      message: 'Taobao orders are confirmed on Taobao; PandaPon has no call for it.',
    });
  }
  const answer = obj(await session.call('alibaba.order.confirmReceipt', { orderId }));
  if (answer.success === false) {
    throw new BridgeError({
      code: 'pandapon_error',
      message: typeof answer.errorInfo === 'string' ? answer.errorInfo : 'Receipt not confirmed.',
    });
  }
  return (await orderDetail(session, platform, orderId, true)).data;
}

/** The seller chat link: Taobao's IM link, or 1688's Wangwang link from the seller's open id. */
export async function chatLink(
  session: ShopSession,
  platform: Platform,
  orderId: string,
): Promise<string | null> {
  const detail = (await orderDetail(session, platform, orderId)).data;
  const answer =
    platform === 'taobao'
      ? await session.call('taobao.order.imLink', { purchaseOrderId: orderId })
      : detail.sellerId
        ? await session.call('alibaba.seller.decryptWangwang', {
            offerId: detail.lines[0]?.productId ?? '',
            openUid: detail.sellerId,
          })
        : null;
  const link =
    typeof answer === 'string' ? answer : (obj(answer).url ?? obj(answer).wangwangUrl ?? null);
  return typeof link === 'string' && /^https?:\/\//.test(link) ? link : null;
}
