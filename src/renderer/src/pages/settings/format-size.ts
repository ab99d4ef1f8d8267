import i18next from 'i18next';

// Kilobytes at the least: "0 kB" reads better than "0 byte" in every language.
const UNITS = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/** "12.5 MB", "340 kB", in the UI language's digits and unit names. */
export function formatSize(bytes: number): string {
  let value = Math.max(0, bytes) / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(i18next.language || 'en', {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value > 0 && value < 10 ? 1 : 0,
  }).format(value);
}
