import type { settingsCalls } from '../../../shared/bridge/calls/settings';
import type { MainContext } from '../../context';
import { SettingsService } from '../../settings/settings-service';
import type { DomainHandlers } from './types';

/**
 * The settings service is created here, once per main app, unless the context already carries
 * one (so other services can follow a setting through `ctx.settings.onChange`).
 */
export function settingsHandlers(ctx: MainContext): DomainHandlers<typeof settingsCalls> {
  const settings = settingsOf(ctx);
  return {
    'settings.get': async () => settings.get(),
    'settings.update': async (change) => settings.update(change),
  };
}

const services = new WeakMap<MainContext, SettingsService>();

/** The one settings service of a main app. */
export function settingsOf(ctx: MainContext): SettingsService {
  let service = services.get(ctx);
  if (!service) {
    service = new SettingsService({ dataDir: ctx.dataDir, log: ctx.log, events: ctx.events });
    services.set(ctx, service);
  }
  return service;
}
