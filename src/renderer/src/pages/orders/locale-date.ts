/**
 * Calendar dates typed and shown the way the app's language writes them ("03/05/2026" in English,
 * "2026/03/05" in Chinese, "05/03/2569" in Thai, whose calendar counts Buddhist years), while the
 * filters keep ISO `YYYY-MM-DD`. A native date input shows the browser's format instead, which is
 * the operating system's, not the app's.
 */

type Part = 'year' | 'month' | 'day';

export interface DatePattern {
  /** The order the parts are written in. */
  readonly order: readonly Part[];
  readonly separator: string;
  /** Added to the Gregorian year by the locale's calendar (543 for Thai). */
  readonly yearOffset: number;
}

const SAMPLE = Date.UTC(2001, 10, 22); // 22 November 2001: day, month and year all differ.

function partsFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
    numberingSystem: 'latn',
  });
}

export function datePatternOf(locale: string): DatePattern {
  const parts = partsFormat(locale).formatToParts(SAMPLE);
  const order = parts
    .map((part) => part.type)
    .filter((type): type is Part => type === 'year' || type === 'month' || type === 'day');
  const separator = parts.find((part) => part.type === 'literal')?.value.trim() || '/';
  const year = Number(parts.find((part) => part.type === 'year')?.value);
  return {
    order: order.length === 3 ? order : ['year', 'month', 'day'],
    separator,
    yearOffset: Number.isFinite(year) ? year - 2001 : 0,
  };
}

/** `2026-03-05` → "03/05/2026" (en), "2026/03/05" (zh-CN), "05/03/2569" (th); "" for "". */
export function formatIsoDate(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const pattern = datePatternOf(locale);
  const values: Record<Part, string> = {
    year: String(Number(match[1]) + pattern.yearOffset),
    month: match[2]!,
    day: match[3]!,
  };
  return pattern.order.map((part) => values[part]).join(pattern.separator);
}

/** The pattern as a placeholder, from the language's names of the parts ("MM/DD/YYYY"). */
export function datePlaceholder(
  locale: string,
  names: { readonly year: string; readonly month: string; readonly day: string },
): string {
  const pattern = datePatternOf(locale);
  return pattern.order.map((part) => names[part]).join(pattern.separator);
}

/** Today, or another day, written as the locale writes it: the example in an error. */
export function exampleDate(locale: string, now = new Date()): string {
  return formatIsoDate(isoDay(now), locale);
}

export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * What the user typed, read in the locale's order, as ISO; `null` when it is not a real day.
 * Any of `/ . - ` and spaces separate the parts; an ISO date (`2026-03-05`) is read as one in every
 * language; in Thai a year written the Gregorian way (below 2400) is taken as such.
 */
export function parseLocaleDate(text: string, locale: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const pattern = datePatternOf(locale);
  let year: number;
  let month: number;
  let day: number;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const numbers = trimmed.split(/[\s/.\-年月日]+/).filter(Boolean);
    if (numbers.length !== 3 || numbers.some((value) => !/^\d{1,4}$/.test(value))) return null;
    const value = (part: Part) => Number(numbers[pattern.order.indexOf(part)]);
    const written = numbers[pattern.order.indexOf('year')]!;
    if (written.length !== 4) return null;
    year = value('year');
    if (pattern.yearOffset && year >= 2400) year -= pattern.yearOffset;
    month = value('month');
    day = value('day');
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1970) return null;
  return date.toISOString().slice(0, 10);
}

/** "12:08" or "12:08 PM", as the locale writes a time of day. */
export function formatClock(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(ms));
}
