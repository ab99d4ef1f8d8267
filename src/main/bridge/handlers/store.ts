import type { storeCalls } from '../../../shared/bridge/calls/store';
import type { MainContext } from '../../context';
import type { DomainHandlers } from './types';

export function storeHandlers(_ctx: MainContext): DomainHandlers<typeof storeCalls> {
  return {};
}
