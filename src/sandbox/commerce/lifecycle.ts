import type { CommerceContext } from './context';
import { FREIGHT_WAIVER_FROM_FEN } from './freight';
import { returnStock } from './goods';
import { orderPriceMessage, orderStatusMessage, refundMessage } from './messages';
import type { AccountState, OrderState, RefundState } from './state';
import { DAY, HOUR, MINUTE, addMs } from './time-format';
import { DELIVERED_AFTER_MS, carrierFor } from './traces';

/**
 * What happens to orders and reverse orders as the sandbox clock moves. The timings are the
 * sandbox's own (PandaPon documents none), chosen so a test can walk every status by moving the
 * clock: an unpaid order closes after 24 h; a large one has its freight waived after 10 minutes;
 * the seller ships 2 h after payment; the parcel is signed for 34 h after shipping; the order
 * completes by itself 10 days after that; a seller answers a reverse order after 1 h, receives
 * returned goods 24 h after they are sent, and a return not sent within 7 days closes.
 */
export const TIMINGS = {
  unpaidCloses: 24 * HOUR,
  freightWaived: 10 * MINUTE,
  sellerShips: 2 * HOUR,
  autoCompletes: DELIVERED_AFTER_MS + 10 * DAY,
  sellerAnswers: 1 * HOUR,
  sellerReceivesReturn: 24 * HOUR,
  returnWindow: 7 * DAY,
} as const;

const OPEN_REFUND = new Set<RefundState['stage']>([
  'waiting_seller',
  'waiting_buyer_return',
  'waiting_seller_receipt',
]);

export function isOpen(refund: RefundState): boolean {
  return OPEN_REFUND.has(refund.stage);
}

export interface Lifecycle {
  /** Applies every change due by the clock to one account, oldest first, with its callbacks. */
  settle(account: AccountState): void;
  orderChanged(account: AccountState, order: OrderState): void;
  refundChanged(account: AccountState, refund: RefundState): void;
  pay(account: AccountState, order: OrderState): void;
  cancel(account: AccountState, order: OrderState, reason: string): void;
  confirmReceipt(account: AccountState, order: OrderState): void;
}

interface Due {
  readonly at: string;
  readonly apply: () => void;
}

export function createLifecycle(context: CommerceContext): Lifecycle {
  const at = (iso: string) => new Date(iso);

  function orderChanged(account: AccountState, order: OrderState, when = context.nowIso()) {
    context.notify(account, orderStatusMessage(account, order, at(when)));
  }

  function refundChanged(account: AccountState, refund: RefundState) {
    context.notify(account, refundMessage(refund));
  }

  function openRefunds(account: AccountState, order: OrderState) {
    return account.refunds.filter((refund) => refund.orderId === order.id && isOpen(refund));
  }

  function close(account: AccountState, order: OrderState, when: string, reason: string) {
    order.stage = 'cancelled';
    order.cancelledAt = when;
    order.closeReason = reason;
    if (!order.paidAt || !order.shippedAt) {
      for (const line of order.lines)
        returnStock(account, order.platform, line.skuId, line.quantity);
    }
    orderChanged(account, order, when);
  }

  function orderDue(account: AccountState, order: OrderState): Due | null {
    switch (order.stage) {
      case 'unpaid': {
        const waiver = addMs(order.createdAt, TIMINGS.freightWaived);
        const closing = addMs(order.createdAt, TIMINGS.unpaidCloses);
        if (
          !order.priceModifiedAt &&
          order.freightFen > 0 &&
          order.goodsFen >= FREIGHT_WAIVER_FROM_FEN
        ) {
          return {
            at: waiver,
            apply: () => {
              order.freightFen = 0;
              order.priceModifiedAt = waiver;
              context.notify(account, orderPriceMessage(account, order, at(waiver)));
            },
          };
        }
        return { at: closing, apply: () => close(account, order, closing, 'buyerNotPay') };
      }
      case 'awaiting_shipment': {
        if (
          !order.paidAt ||
          openRefunds(account, order).some((r) => r.stage === 'waiting_seller')
        ) {
          return null;
        }
        const ships = addMs(order.paidAt, TIMINGS.sellerShips);
        return {
          at: ships,
          apply: () => {
            const carrier = carrierFor(context.nextId());
            order.stage = 'shipped';
            order.shippedAt = ships;
            order.carrier = carrier.name;
            order.waybill = carrier.waybill;
            orderChanged(account, order, ships);
          },
        };
      }
      case 'shipped': {
        if (!order.shippedAt || openRefunds(account, order).length) return null;
        const completes = addMs(order.shippedAt, TIMINGS.autoCompletes);
        return {
          at: completes,
          apply: () => {
            order.stage = 'completed';
            order.completedAt = completes;
            orderChanged(account, order, completes);
          },
        };
      }
      default:
        return null;
    }
  }

  /** Once every line of a paid order is refunded, the order closes. */
  function closeIfAllRefunded(account: AccountState, refund: RefundState, when: string) {
    const order = account.orders.find((candidate) => candidate.id === refund.orderId);
    if (!order || order.stage === 'cancelled' || order.stage === 'completed') return;
    const refunded = new Set(
      account.refunds
        .filter((candidate) => candidate.orderId === order.id && candidate.stage === 'succeeded')
        .flatMap((candidate) => candidate.entryIds),
    );
    if (order.lines.every((line) => refunded.has(line.entryId))) {
      close(account, order, when, 'refunded');
    }
  }

  function refundDue(account: AccountState, refund: RefundState): Due | null {
    if (!refund.dueAt || !isOpen(refund)) return null;
    const when = refund.dueAt;
    const move = (stage: RefundState['stage'], dueAt: string | null, message: string) => {
      refund.stage = stage;
      refund.updatedAt = when;
      refund.dueAt = dueAt;
      refund.messages.push({ from: 'seller', content: message, images: [], at: when });
      refundChanged(account, refund);
      if (stage === 'succeeded') closeIfAllRefunded(account, refund, when);
    };
    switch (refund.stage) {
      case 'waiting_seller':
        return {
          at: when,
          apply: () =>
            refund.kind === 'refund'
              ? move('succeeded', null, '卖家已同意退款,款项已退回 (seller agreed; money returned)')
              : move(
                  'waiting_buyer_return',
                  addMs(when, TIMINGS.returnWindow),
                  '卖家已同意退货,请寄回商品 (seller agreed; please send the goods back)',
                ),
        };
      case 'waiting_buyer_return':
        return {
          at: when,
          apply: () =>
            move('closed', null, '买家超时未退货,退款关闭 (no return sent in time; closed)'),
        };
      case 'waiting_seller_receipt':
        return {
          at: when,
          apply: () =>
            move('succeeded', null, '卖家已收到退货,款项已退回 (goods received; money returned)'),
        };
      default:
        return null;
    }
  }

  function settle(account: AccountState) {
    const now = context.deps.now().getTime();
    // Bounded: every applied change moves an order or reverse order one status further.
    for (let guard = 0; guard < 10_000; guard += 1) {
      let next: Due | null = null;
      for (const order of account.orders) {
        const due = orderDue(account, order);
        if (due && (!next || due.at < next.at)) next = due;
      }
      for (const refund of account.refunds) {
        const due = refundDue(account, refund);
        if (due && (!next || due.at < next.at)) next = due;
      }
      if (!next || new Date(next.at).getTime() > now) return;
      next.apply();
    }
  }

  return {
    settle,
    orderChanged: (account, order) => orderChanged(account, order),
    refundChanged,
    pay(account, order) {
      order.stage = 'awaiting_shipment';
      order.paidAt = context.nowIso();
      orderChanged(account, order);
    },
    cancel(account, order, reason) {
      close(account, order, context.nowIso(), reason);
    },
    confirmReceipt(account, order) {
      order.stage = 'completed';
      order.completedAt = context.nowIso();
      orderChanged(account, order);
    },
  };
}
