/**
 * PandaPon's times come as "2026-05-20 15:40:00" (China time, no zone), as 1688's compact
 * "20260520154000000+0800", as ISO 8601, or as epoch milliseconds. All become ISO 8601 here.
 */
export function orderTime(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    return new Date(value).toISOString();
  }
  if (typeof value !== 'string' || !value.trim()) return null;
  const text = value.trim();

  const compact = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{0,3}([+-]\d{4})?$/.exec(text);
  if (compact) {
    const [, y, mo, d, h, mi, s, zone] = compact;
    const offset = zone ? `${zone.slice(0, 3)}:${zone.slice(3)}` : '+08:00';
    return validIso(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  }
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(text);
  if (local) return validIso(`${local[1]}T${local[2]}+08:00`);
  if (/^\d{12,14}$/.test(text)) return orderTime(Number(text));
  return validIso(text);
}

function validIso(text: string): string | null {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
