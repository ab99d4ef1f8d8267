import i18next from 'i18next';

/** Formats follow the UI language, so a Thai agent sees Thai dates and digits grouping. */
const locale = () => i18next.language || 'en';

/** Amounts are integers in fen (1 yuan = 100 fen) until they are shown. */
export function formatFen(fen: number, currency = 'CNY'): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(fen / 100);
}

export function formatAmount(amount: number, currency: string): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(amount);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

export function formatDateTime(iso: string | number | Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string | number | Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(iso));
}

/** "3 hours ago", "in 5 minutes", in the UI language. */
export function formatAge(iso: string | number | Date, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(seconds, 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}
