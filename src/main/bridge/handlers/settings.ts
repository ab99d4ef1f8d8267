import type { settingsCalls } from '../../../shared/bridge/calls/settings';
import type { MainContext } from '../../context';
import type { DomainHandlers } from './types';

export function settingsHandlers(_ctx: MainContext): DomainHandlers<typeof settingsCalls> {
  return {};
}
