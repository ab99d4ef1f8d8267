import type { ordersCalls } from '../../../shared/bridge/calls/orders';
import type { MainContext } from '../../context';
import type { DomainHandlers } from './types';

export function ordersHandlers(_ctx: MainContext): DomainHandlers<typeof ordersCalls> {
  return {};
}
