import type { profilesCalls } from '../../../shared/bridge/calls/profiles';
import type { MainContext } from '../../context';
import type { DomainHandlers } from './types';

export function profilesHandlers(_ctx: MainContext): DomainHandlers<typeof profilesCalls> {
  return {};
}
