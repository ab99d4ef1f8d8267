import type { aftersalesCalls } from '../../../shared/bridge/calls/aftersales';
import type { Platform } from '../../../shared/bridge/calls/catalog';
import {
  addReturnShipping,
  cancelReverseOrder,
  listReverseOrders,
  modifyReverseOrder,
  returnCarriers,
  reverseOrderDetail,
  sendReverseMessage,
} from '../../aftersales/aftersales-service';
import { aftersalesSessionOf } from '../../aftersales/session';
import { submitReverseOrder } from '../../aftersales/submit';
import { refundTemplate } from '../../aftersales/template';
import type { MainContext } from '../../context';
import type { DomainHandlers } from './types';

export function aftersalesHandlers(ctx: MainContext): DomainHandlers<typeof aftersalesCalls> {
  const log = ctx.log.child('aftersales');
  const session = () => aftersalesSessionOf(ctx);
  /** Set by any change made here: the next list asks PandaPon rather than its cached answer. */
  let listOutdated = false;
  let refreshing = false;
  const changed = (platform: Platform | null, refundId: string | null) => {
    listOutdated = true;
    ctx.events.emit('aftersales.changed', { platform, refundId });
  };

  /** A list answered from the cache is refreshed behind the user's back; the page refetches. */
  function refreshInBackground(input: Parameters<typeof listReverseOrders>[1]) {
    if (refreshing) return;
    refreshing = true;
    void (async () => {
      try {
        await listReverseOrders(await session(), { ...input, refresh: true }, log);
        ctx.events.emit('aftersales.changed', { platform: input.platform ?? null, refundId: null });
      } catch (error) {
        log.info('background after-sales refresh failed', { error });
      } finally {
        refreshing = false;
      }
    })();
  }

  /** A change the user made: the case is returned fresh and open lists refetch. */
  async function acted<T extends { platform: Platform; refundId: string }>(work: Promise<T>) {
    const detail = await work;
    changed(detail.platform, detail.refundId);
    return detail;
  }

  return {
    'aftersales.reasons': async (input) => (await refundTemplate(await session(), input)).template,

    'aftersales.submit': async (input) => {
      const { submission, filed } = await submitReverseOrder(await session(), input, log);
      if (filed) changed(input.platform, submission.refundId);
      return submission;
    },

    'aftersales.list': async (input) => {
      const refresh = input.refresh || listOutdated;
      listOutdated = false;
      const answer = await listReverseOrders(await session(), { ...input, refresh }, log);
      if (answer.source === 'cache' && answer.stale) refreshInBackground(input);
      return answer;
    },

    'aftersales.detail': async ({ platform, refundId }) => {
      const open = await session();
      // Fresh when reachable; offline, the last detail seen, with its age.
      return reverseOrderDetail(open, platform, refundId, true).catch(async (error: unknown) => {
        const cached = await reverseOrderDetail(open, platform, refundId, false).catch(() => null);
        if (cached) return cached;
        throw error;
      });
    },

    'aftersales.modify': async (input) => acted(modifyReverseOrder(await session(), input)),
    'aftersales.cancel': async ({ platform, refundId }) =>
      acted(cancelReverseOrder(await session(), platform, refundId)),
    'aftersales.carriers': async ({ platform, refundId }) =>
      returnCarriers(await session(), platform, refundId),
    'aftersales.returnShipping': async (input) => acted(addReturnShipping(await session(), input)),
    'aftersales.message': async ({ platform, refundId, text }) =>
      acted(sendReverseMessage(await session(), platform, refundId, text)),
  };
}
