import type { Platform } from '../../../../shared/bridge/calls/catalog';
import type { OrderStatus } from '../../../../shared/bridge/calls/orders';

/**
 * Watching unpaid orders for their payment. PandaPon announces a payment through its message
 * callbacks, but those need a public address to call and a desktop app has none, so the app
 * re-reads each order it watches (fresh, through main's cached read) every few seconds instead.
 * A watch lasts a few minutes from the press on "Pay" (or from the order coming on screen) and
 * ends when the order leaves "awaiting payment" or its page is left.
 */
export const WATCH_EVERY_MS = 5_000;
/** Offline the read still runs, more slowly: it is also how the app sees the connection return. */
export const WATCH_EVERY_OFFLINE_MS = 15_000;
export const WATCH_FOR_MS = 5 * 60_000;
/**
 * At most this many orders are re-read at once, so a page of unpaid orders does not flood
 * PandaPon; the others change on screen when the list is refreshed after one of them is paid.
 */
export const MOST_WATCHED = 8;

export interface OrderRef {
  readonly platform: Platform;
  readonly orderId: string;
}

export interface WatchTarget extends OrderRef {
  /** When the watch began (ms since the epoch). */
  readonly since: number;
}

export const watchKey = (order: OrderRef): string => `${order.platform}:${order.orderId}`;

/** How long until the next read of a watched order, or `false` when the watch is over. */
export function watchInterval(
  status: OrderStatus | undefined,
  since: number,
  now: number,
  online: boolean,
): number | false {
  if (status !== undefined && status !== 'awaiting_payment') return false;
  if (now - since >= WATCH_FOR_MS) return false;
  return online ? WATCH_EVERY_MS : WATCH_EVERY_OFFLINE_MS;
}

/** What a status read during a watch means: still waiting (`null`), or how the wait ended. */
export function settlementOf(status: OrderStatus): 'paid' | 'cancelled' | 'changed' | null {
  switch (status) {
    case 'awaiting_payment':
      return null;
    case 'cancelled':
      return 'cancelled';
    case 'other':
      return 'changed';
    default:
      return 'paid';
  }
}

/**
 * The orders to re-read now: those sent to payment first (the latest press first), then those on
 * screen; one entry per order, none whose watch is over, at most `MOST_WATCHED`.
 */
export function chooseTargets(
  sent: readonly WatchTarget[],
  onScreen: readonly WatchTarget[],
  now: number,
): WatchTarget[] {
  const chosen = new Map<string, WatchTarget>();
  const bySince = [...sent].sort((a, b) => b.since - a.since);
  for (const target of [...bySince, ...onScreen]) {
    if (chosen.size >= MOST_WATCHED) break;
    if (now - target.since >= WATCH_FOR_MS || chosen.has(watchKey(target))) continue;
    chosen.set(watchKey(target), target);
  }
  return [...chosen.values()];
}
