import { describe, expect, it } from 'vitest';
import {
  chooseTargets,
  MOST_WATCHED,
  settlementOf,
  WATCH_EVERY_MS,
  WATCH_EVERY_OFFLINE_MS,
  WATCH_FOR_MS,
  watchInterval,
  type WatchTarget,
} from '../../../src/renderer/src/pages/orders/payment-watch';
import { usePaymentWatchStore } from '../../../src/renderer/src/pages/orders/payment-watch-store';

const at = (orderId: string, since: number): WatchTarget => ({ platform: '1688', orderId, since });

describe('watching an unpaid order for its payment', () => {
  it('reads again every few seconds while the order awaits payment, slower offline', () => {
    expect(watchInterval('awaiting_payment', 0, 1_000, true)).toBe(WATCH_EVERY_MS);
    expect(watchInterval(undefined, 0, 1_000, true)).toBe(WATCH_EVERY_MS);
    expect(watchInterval('awaiting_payment', 0, 1_000, false)).toBe(WATCH_EVERY_OFFLINE_MS);
  });

  it('stops once the order is paid or cancelled, and when the few minutes are over', () => {
    expect(watchInterval('awaiting_shipment', 0, 1_000, true)).toBe(false);
    expect(watchInterval('cancelled', 0, 1_000, true)).toBe(false);
    expect(watchInterval('awaiting_payment', 0, WATCH_FOR_MS, true)).toBe(false);
  });

  it('calls every status after payment paid, and tells a cancellation apart', () => {
    expect(settlementOf('awaiting_payment')).toBeNull();
    for (const status of ['processing', 'awaiting_shipment', 'shipped', 'completed'] as const) {
      expect(settlementOf(status)).toBe('paid');
    }
    expect(settlementOf('cancelled')).toBe('cancelled');
    expect(settlementOf('other')).toBe('changed');
  });

  it('watches orders sent to payment first, each once, none past its time, a few at most', () => {
    const now = WATCH_FOR_MS + 2;
    const sent = [at('1', 5), at('2', 20), at('old', 0)];
    const onScreen = [
      at('2', 10),
      at('3', 10),
      ...Array.from({ length: 20 }, (_, i) => at(`s${i}`, 10)),
    ];
    const chosen = chooseTargets(sent, onScreen, now);
    expect(chosen.map((target) => target.orderId).slice(0, 3)).toEqual(['2', '1', '3']);
    expect(chosen.find((target) => target.orderId === '2')?.since).toBe(20);
    expect(chosen.some((target) => target.orderId === 'old')).toBe(false);
    expect(chosen).toHaveLength(MOST_WATCHED);
  });
});

describe('the payment watch store', () => {
  it('says "paid" once per order and forgets the order sent to payment', () => {
    const store = usePaymentWatchStore;
    store.getState().sentToPayment('1688', ['9001', '9002'], 100);
    expect(Object.keys(store.getState().sent)).toEqual(['1688:9001', '1688:9002']);

    expect(store.getState().settle({ platform: '1688', orderId: '9001' }, true)).toBe(true);
    expect(store.getState().settle({ platform: '1688', orderId: '9001' }, true)).toBe(false);
    expect(store.getState().settle({ platform: '1688', orderId: '9002' }, false)).toBe(true);

    expect(store.getState().notices.map((notice) => notice.orderId)).toEqual(['9001']);
    expect(store.getState().sent).toEqual({});
    expect(store.getState().settled).toEqual({ '1688:9001': 'paid', '1688:9002': 'ended' });
    store.getState().dismiss('1688:9001');
    expect(store.getState().notices).toEqual([]);
  });
});
