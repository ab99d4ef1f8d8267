import { create } from 'zustand';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import { watchKey, type OrderRef, type WatchTarget } from './payment-watch';

export interface PaidNotice extends OrderRef {
  readonly key: string;
}

/**
 * Orders sent to payment in this run (kept while the user moves between checkout and Orders),
 * the watches that ended, and the "Order … is paid" notices not yet dismissed.
 */
interface PaymentWatchState {
  readonly sent: Readonly<Record<string, WatchTarget>>;
  /** Watches that ended in this run: paid, or ended otherwise (cancelled, another status). */
  readonly settled: Readonly<Record<string, 'paid' | 'ended'>>;
  readonly notices: readonly PaidNotice[];
  sentToPayment(platform: Platform, orderIds: readonly string[], now?: number): void;
  /** The watch of an order ended; a paid order gets a notice. False when it had ended before. */
  settle(order: OrderRef, paid: boolean): boolean;
  dismiss(key: string): void;
}

const MOST_NOTICES = 5;

export const usePaymentWatchStore = create<PaymentWatchState>((set, get) => ({
  sent: {},
  settled: {},
  notices: [],

  sentToPayment: (platform, orderIds, now = Date.now()) =>
    set((state) => {
      const sent = { ...state.sent };
      const settled = { ...state.settled };
      for (const orderId of orderIds) {
        const key = watchKey({ platform, orderId });
        sent[key] = { platform, orderId, since: now };
        delete settled[key];
      }
      return { sent, settled };
    }),

  settle: (order, paid) => {
    const key = watchKey(order);
    if (get().settled[key]) return false;
    set((state) => {
      const { [key]: _ended, ...sent } = state.sent;
      const settled = { ...state.settled, [key]: paid ? ('paid' as const) : ('ended' as const) };
      if (!paid) return { sent, settled };
      const notice = { key, platform: order.platform, orderId: order.orderId };
      return { sent, settled, notices: [...state.notices, notice].slice(-MOST_NOTICES) };
    });
    return true;
  },

  dismiss: (key) =>
    set((state) => ({ notices: state.notices.filter((notice) => notice.key !== key) })),
}));
