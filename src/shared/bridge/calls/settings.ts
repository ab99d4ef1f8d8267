// Bridge calls and events of the settings domain: the app-wide preferences kept in settings.json
// (display currency with the user's own exchange rate, cache size). The language lives in the
// renderer (it must apply before the first paint), so it is not here.
import { z } from 'zod';
import { defineCall, defineEvent } from '../define';

export const DISPLAY_CURRENCIES = [
  'CNY',
  'USD',
  'EUR',
  'THB',
  'GBP',
  'AUD',
  'CAD',
  'JPY',
  'KRW',
  'HKD',
  'SGD',
  'MYR',
  'VND',
  'PHP',
  'IDR',
  'NZD',
] as const;
export type DisplayCurrency = (typeof DISPLAY_CURRENCIES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use the form 2025-04-24.' });

export const displayCurrencySchema = z.object({
  code: z.enum(DISPLAY_CURRENCIES),
  /** How many units of `code` one yuan buys, as the user entered it (1 for CNY). */
  perCny: z.number().positive().max(100_000),
  /** The day the rate was taken, so the UI can say how old it is. */
  rateDate: isoDate.nullable(),
});
export type DisplayCurrencySetting = z.infer<typeof displayCurrencySchema>;

export const MIN_CACHE_MB = 50;
export const MAX_CACHE_MB = 20_000;

export const settingsSchema = z.object({
  version: z.literal(1),
  displayCurrency: displayCurrencySchema,
  cache: z.object({ maxMb: z.number().int().min(MIN_CACHE_MB).max(MAX_CACHE_MB) }),
});
export type AppSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: AppSettings = {
  version: 1,
  displayCurrency: { code: 'CNY', perCny: 1, rateDate: null },
  cache: { maxMb: 500 },
};

export const settingsUpdateInput = z
  .object({
    displayCurrency: displayCurrencySchema.strict().optional(),
    cache: z.object({ maxMb: settingsSchema.shape.cache.shape.maxMb }).strict().optional(),
  })
  .strict();

export const settingsCalls = {
  'settings.get': defineCall(z.object({}).strict()).returns<AppSettings>(),
  'settings.update': defineCall(settingsUpdateInput).returns<AppSettings>(),
};

export const settingsEvents = {
  /** Sent after every successful update, so every open page shows the new currency. */
  'settings.changed': defineEvent<AppSettings>(),
};
