/**
 * How the sandbox writes times: Taobao answers in China time "2026-05-20 15:40:00", 1688 in its
 * compact "20260520154000000+0800" (both as PandaPon's examples show them).
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

function chinaParts(at: Date | string) {
  const shifted = new Date(new Date(at).getTime() + CHINA_OFFSET_MS);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return {
    date: `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
    time: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`,
    ms: pad(shifted.getUTCMilliseconds(), 3),
  };
}

export function chinaTime(at: Date | string): string;
export function chinaTime(at: Date | string | null | undefined): string | null;
export function chinaTime(at: Date | string | null | undefined): string | null {
  if (!at) return null;
  const parts = chinaParts(at);
  return `${parts.date} ${parts.time}`;
}

export function compactTime(at: Date | string): string;
export function compactTime(at: Date | string | null | undefined): string | null;
export function compactTime(at: Date | string | null | undefined): string | null {
  if (!at) return null;
  const parts = chinaParts(at);
  return `${parts.date.replace(/-/g, '')}${parts.time.replace(/:/g, '')}${parts.ms}+0800`;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function addMs(at: string, ms: number): string {
  return new Date(new Date(at).getTime() + ms).toISOString();
}

export function isDue(at: string | null | undefined, now: Date): boolean {
  return !!at && new Date(at).getTime() <= now.getTime();
}
