import type { batchCalls } from '../../../shared/bridge/calls/batch';
import type { MainContext } from '../../context';
import type { DomainHandlers } from './types';

export function batchHandlers(_ctx: MainContext): DomainHandlers<typeof batchCalls> {
  return {};
}
