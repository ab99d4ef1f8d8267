import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../src/shared/bridge';
import { settingsUpdateInput } from '../../../src/shared/bridge/calls/settings';
import { EventHub } from '../../../src/main/events';
import { silentLogger } from '../../../src/main/log';
import { SettingsService } from '../../../src/main/settings/settings-service';

describe('settings', () => {
  let dataDir: string;
  let events: EventHub;
  let seen: { name: EventName; payload: unknown }[];

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pandapon-settings-'));
    events = new EventHub();
    seen = [];
    events.subscribe((name, payload) => seen.push({ name, payload }));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const open = () => new SettingsService({ dataDir, log: silentLogger, events });

  it('shows prices in yuan until the user picks another currency', () => {
    expect(open().get().displayCurrency).toEqual({ code: 'CNY', perCny: 1, rateDate: null });
  });

  it('keeps the chosen currency and rate after a restart', () => {
    open().update({ displayCurrency: { code: 'THB', perCny: 4.9, rateDate: '2025-04-24' } });
    const again = open().get();
    expect(again.displayCurrency).toEqual({ code: 'THB', perCny: 4.9, rateDate: '2025-04-24' });
    expect(seen.some((event) => event.name === 'settings.changed')).toBe(true);
  });

  it('keeps the cache cap next to the currency without losing either', () => {
    const service = open();
    service.update({ displayCurrency: { code: 'USD', perCny: 0.14, rateDate: null } });
    service.update({ cache: { maxMb: 1200 } });
    expect(open().get()).toMatchObject({
      displayCurrency: { code: 'USD' },
      cache: { maxMb: 1200 },
    });
  });

  it('moves a damaged settings file aside, uses defaults and tells the user once', () => {
    writeFileSync(join(dataDir, 'settings.json'), '{"version":1,"displayCurrency":{"code":"XXX"');
    const service = open();
    expect(service.get().displayCurrency.code).toBe('CNY');
    service.get();
    const notices = seen.filter((event) => event.name === 'app.notice');
    expect(notices).toHaveLength(1);
    expect(readdirSync(dataDir).some((name) => name.startsWith('settings.bad-'))).toBe(true);
  });

  it('moves aside a file whose values are out of range', () => {
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({
        version: 1,
        displayCurrency: { code: 'USD', perCny: -3, rateDate: null },
        cache: { maxMb: 500 },
      }),
    );
    expect(open().get().displayCurrency.perCny).toBe(1);
  });

  it('refuses a negative exchange rate before anything is written', () => {
    const parsed = settingsUpdateInput.safeParse({
      displayCurrency: { code: 'EUR', perCny: -1, rateDate: '2025-01-01' },
    });
    expect(parsed.success).toBe(false);
  });

  it('ignores a rate typed for CNY itself', () => {
    open().update({ displayCurrency: { code: 'CNY', perCny: 7, rateDate: '2025-01-01' } });
    const saved = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'));
    expect(saved.displayCurrency.perCny).toBe(1);
  });
});
