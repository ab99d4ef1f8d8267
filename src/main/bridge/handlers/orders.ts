import type { Platform } from '../../../shared/bridge/calls/catalog';
import type { ordersCalls } from '../../../shared/bridge/calls/orders';
import { BridgeError } from '../../../shared/bridge/errors';
import type { MainContext } from '../../context';
import { isAllowedExternalUrl } from '../../shell/external-links';
import { listAddresses, saveAddress } from '../../orders/addresses';
import { intentStatusOf, placeOrder, previewCheckout } from '../../orders/checkout';
import {
  cancelOrder,
  chatLink,
  confirmReceipt,
  listOrders,
  orderDetail,
  orderParcels,
} from '../../orders/orders-service';
import { payOrders } from '../../orders/payment';
import { shopSessionOf } from '../../orders/session-port';
import type { DomainHandlers } from './types';

export function ordersHandlers(ctx: MainContext): DomainHandlers<typeof ordersCalls> {
  const log = ctx.log.child('orders');
  const session = () => shopSessionOf(ctx);
  const changed = (platform: Platform | null) =>
    ctx.events.emit('orders.changed', { platform, at: new Date().toISOString() });
  let refreshes: Promise<void> = Promise.resolve();
  const queued = new Set<Platform | null>();

  /** Pay and chat pages go through the same allowlist as every other external link. */
  async function openAllowed(url: string): Promise<boolean> {
    if (!isAllowedExternalUrl(url, ctx.extraExternalOrigins)) {
      log.warn('external link refused', { origin: originOf(url) });
      return false;
    }
    return ctx.hooks.openExternal(url);
  }

  /**
   * The cached order list is read from PandaPon again behind the user's back, then pages are
   * told to read it: after a list answered from an old cache, and after every write, so a new,
   * paid or cancelled order shows in the list without the user pressing Refresh. Refreshes run
   * one at a time; one already waiting covers any asked for meanwhile.
   */
  function refreshInBackground(platform: Platform | null) {
    if (queued.has(platform)) return;
    queued.add(platform);
    refreshes = refreshes.then(async () => {
      queued.delete(platform);
      // Announced only when PandaPon answered: offline the read falls back to the same old list,
      // and the page reading it again would ask for another refresh, and so on.
      try {
        const answer = await listOrders(await session(), {
          ...(platform ? { platform } : {}),
          refresh: true,
        });
        if (answer.source === 'network') changed(platform);
      } catch (error) {
        log.info('background order refresh failed', { error });
      }
    });
  }

  return {
    'orders.addresses': async () => listAddresses(await session()),
    'orders.saveAddress': async (input) => saveAddress(await session(), input),
    'orders.preview': async (input) => previewCheckout(await session(), input),

    'orders.place': async (input) => {
      const { status, created } = await placeOrder(await session(), input);
      log.info('place order', { clientRef: input.clientRef, state: status.state, created });
      if (created) {
        ctx.events.emit('cart.changed', { platform: input.platform });
        refreshInBackground(input.platform);
      }
      return status;
    },

    'orders.intent': async ({ clientRef }) => {
      const outbox = (await session()).outbox;
      const record = outbox.get(clientRef);
      if (!record) return null;
      const settled =
        record.state === 'unknown' ? ((await outbox.reconcile(clientRef)) ?? record) : record;
      return intentStatusOf(settled);
    },

    'orders.pay': async (input) => {
      const outcome = await payOrders(await session(), input, openAllowed);
      log.info('pay', {
        mode: outcome.mode,
        orders: input.orderIds.length,
        opened: outcome.opened,
      });
      refreshInBackground(input.platform);
      return outcome;
    },

    'orders.list': async (input) => {
      const answer = await listOrders(await session(), input);
      if (needsRefresh(answer)) refreshInBackground(input.platform ?? null);
      return answer;
    },

    'orders.detail': async ({ platform, orderId }) =>
      orderDetail(await session(), platform, orderId, true).catch(async (error: unknown) => {
        // Offline: the last detail seen, with its age.
        const cached = await orderDetail(await session(), platform, orderId, false).catch(
          () => null,
        );
        if (cached) return cached;
        throw error;
      }),

    'orders.traces': async ({ platform, orderId }) =>
      orderParcels(await session(), platform, orderId),

    'orders.cancel': async ({ platform, orderId, reason }) => {
      const detail = await cancelOrder(await session(), platform, orderId, reason);
      refreshInBackground(platform);
      return detail;
    },

    'orders.confirmReceipt': async ({ platform, orderId }) => {
      const detail = await confirmReceipt(await session(), platform, orderId);
      refreshInBackground(platform);
      return detail;
    },

    'orders.openChat': async ({ platform, orderId }) => {
      const url = await chatLink(await session(), platform, orderId);
      if (!url) {
        throw new BridgeError({ code: 'not_found', message: 'PandaPon gave no chat link.' });
      }
      return { url, opened: await openAllowed(url) };
    },
  };
}

/** How old a cached order list may be before it is refreshed behind the user's back. */
const LIST_REFRESH_AFTER_MS = 60_000;

/**
 * A cached list is refreshed when stale or older than a minute. Refreshing every cached answer
 * would loop: the refresh announces `orders.changed`, the page reads again, from the cache.
 */
function needsRefresh(answer: { source: string; stale: boolean; fetchedAt: string }): boolean {
  if (answer.source === 'network') return false;
  return answer.stale || Date.now() - Date.parse(answer.fetchedAt) > LIST_REFRESH_AFTER_MS;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid';
  }
}
