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
  const changed = (platform: Platform | null, refundId: string | null) =>
    ctx.events.emit('aftersales.changed', { platform, refundId });

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

    'aftersales.list': async (input) => listReverseOrders(await session(), input, log),

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
