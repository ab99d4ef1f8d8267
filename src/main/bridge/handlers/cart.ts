import type { cartCalls } from '../../../shared/bridge/calls/cart';
import type { MainContext } from '../../context';
import type { DomainHandlers } from './types';

export function cartHandlers(_ctx: MainContext): DomainHandlers<typeof cartCalls> {
  return {};
}
