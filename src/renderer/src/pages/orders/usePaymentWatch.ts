import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { OrderDetail, OrderStatus } from '../../../../shared/bridge/calls/orders';
import type { Sourced } from '../../../../shared/bridge/sourced';
import { bridge } from '../../bridge/client';
import { useConnection } from '../../stores/connection';
import {
  chooseTargets,
  settlementOf,
  WATCH_FOR_MS,
  watchInterval,
  watchKey,
  type OrderRef,
  type WatchTarget,
} from './payment-watch';
import { usePaymentWatchStore } from './payment-watch-store';

export interface PaymentWatch {
  /** How many orders are being re-read now, and until when (ms since the epoch). */
  readonly watching: number;
  readonly until: number | null;
}

/**
 * Re-reads the unpaid orders on this page, and those the user sent to payment, until each is
 * paid (payment-watch.ts says why it polls). The reads share `orders.detail`'s query, so an open
 * order updates in place; an order whose wait ended refreshes the order list from PandaPon once.
 */
export function usePaymentWatch(unpaidOnScreen: readonly OrderRef[]): PaymentWatch {
  const client = useQueryClient();
  const online = useConnection((state) => state.online);
  const sent = usePaymentWatchStore((state) => state.sent);
  const settled = usePaymentWatchStore((state) => state.settled);
  const settle = usePaymentWatchStore((state) => state.settle);
  // The orders on screen are watched from the moment the page opened; `now` moves on when the
  // watch runs out, so the page stops saying it is checking.
  const [openedAt] = useState(() => Date.now());
  const [now, setNow] = useState(openedAt);

  const onScreen = unpaidOnScreen.map((order) => ({ ...order, since: openedAt }));
  const targets = chooseTargets(Object.values(sent), onScreen, now).filter(
    (target) => !settled[watchKey(target)],
  );

  async function read(target: WatchTarget): Promise<Sourced<OrderDetail>> {
    const answer = await bridge.call('orders.detail', {
      platform: target.platform,
      orderId: target.orderId,
    });
    const outcome = settlementOf(answer.data.status);
    if (outcome && settle(target, outcome === 'paid')) {
      // The list's cached pages still say "awaiting payment": read them from PandaPon again.
      void bridge
        .call('orders.list', { platform: target.platform, refresh: true })
        .catch(() => null)
        .finally(() => void client.invalidateQueries({ queryKey: ['orders.list'] }));
    }
    return answer;
  }

  const results = useQueries({
    queries: targets.map((target) => ({
      queryKey: ['orders.detail', { platform: target.platform, orderId: target.orderId }],
      queryFn: () => read(target),
      refetchInterval: (query: { state: { data?: Sourced<OrderDetail> } }) =>
        watchInterval(query.state.data?.data.status, target.since, Date.now(), online),
      // The user pays in the system browser, so this window is in the background meanwhile.
      refetchIntervalInBackground: true,
    })),
  });

  const waiting = targets.filter((_target, index) => {
    const status: OrderStatus | undefined = results[index]?.data?.data.status;
    return !status || status === 'awaiting_payment';
  });
  const until = waiting.length
    ? Math.max(...waiting.map((target) => target.since)) + WATCH_FOR_MS
    : null;

  useEffect(() => {
    if (until === null) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, until - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [until]);

  return { watching: waiting.length, until };
}
