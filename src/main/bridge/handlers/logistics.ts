import type { logisticsCalls } from '../../../shared/bridge/calls/logistics';
import { aftersalesSessionOf } from '../../aftersales/session';
import type { MainContext } from '../../context';
import { bookShipment, estimateFreight } from '../../logistics/freight-service';
import type { DomainHandlers } from './types';

export function logisticsHandlers(ctx: MainContext): DomainHandlers<typeof logisticsCalls> {
  const log = ctx.log.child('logistics');
  return {
    'logistics.estimate': async (input) => estimateFreight(await aftersalesSessionOf(ctx), input),
    'logistics.book': async (input) => bookShipment(await aftersalesSessionOf(ctx), input, log),
  };
}
