import type { z } from 'zod';
import type { AppSettings, settingsUpdateInput } from '../../shared/bridge/calls/settings';
import type { EventHub } from '../events';
import type { Logger } from '../log';
import { loadSettingsFile, saveSettingsFile } from './settings-file';

export type SettingsUpdate = z.output<typeof settingsUpdateInput>;
type SettingsListener = (settings: AppSettings) => void;

export interface SettingsServiceOptions {
  readonly dataDir: string;
  readonly log: Logger;
  readonly events: EventHub;
}

/**
 * The app-wide preferences in settings.json. Loaded on first use; every update is validated by
 * the bridge schema, written atomically and announced with `settings.changed`.
 */
export class SettingsService {
  private current: AppSettings | null = null;
  private pendingNotice: string | null = null;
  private readonly listeners = new Set<SettingsListener>();
  private readonly log: Logger;

  constructor(private readonly options: SettingsServiceOptions) {
    this.log = options.log.child('settings');
  }

  /** The settings in force. Tells the user once if a bad file had to be moved aside. */
  get(): AppSettings {
    const settings = this.load();
    if (this.pendingNotice) {
      // Sent on first read rather than at load time: before a renderer asks, nobody listens.
      this.options.events.emit('app.notice', {
        kind: 'warning',
        code: 'settings_reset',
        message: `Your settings file could not be read, so the defaults are in use. The old file was kept as ${this.pendingNotice}.`,
        values: { file: this.pendingNotice },
      });
      this.pendingNotice = null;
    }
    return settings;
  }

  update(change: SettingsUpdate): AppSettings {
    const before = this.load();
    const next: AppSettings = {
      ...before,
      ...(change.displayCurrency
        ? { displayCurrency: normaliseCurrency(change.displayCurrency) }
        : {}),
      ...(change.cache ? { cache: change.cache } : {}),
    };
    saveSettingsFile(this.options.dataDir, next);
    this.current = next;
    this.log.info('settings updated', {
      currency: next.displayCurrency.code,
      cacheMb: next.cache.maxMb,
    });
    for (const listener of this.listeners) listener(next);
    this.options.events.emit('settings.changed', next);
    return next;
  }

  /** Lets another service follow a setting (the local store follows the cache cap). */
  onChange(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private load(): AppSettings {
    if (this.current) return this.current;
    const loaded = loadSettingsFile(this.options.dataDir, this.log);
    this.current = loaded.settings;
    this.pendingNotice = loaded.movedAsideTo;
    return loaded.settings;
  }
}

/** CNY is the price currency itself: its rate is 1 whatever was typed. */
function normaliseCurrency(
  currency: AppSettings['displayCurrency'],
): AppSettings['displayCurrency'] {
  return currency.code === 'CNY' ? { code: 'CNY', perCny: 1, rateDate: null } : currency;
}
