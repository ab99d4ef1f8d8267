import type { catalogCalls } from '../../../shared/bridge/calls/catalog';
import type { MainContext } from '../../context';
import type { DomainHandlers } from './types';

export function catalogHandlers(_ctx: MainContext): DomainHandlers<typeof catalogCalls> {
  return {};
}
