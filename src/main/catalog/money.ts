/**
 * PandaPon gives most prices as integer fen (sometimes as digit strings, `promotionPrice: "1"`)
 * but the 1688 filters and some 1688 answers as decimal yuan ("12.50"). A value with a decimal
 * point is read as yuan, a whole number as fen. Known gap: a 1688 price of whole yuan sent as a
 * bare integer would read 100 times too small; the docs never state the unit (REFERENCE §4.3).
 */
export function toFen(value: unknown): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return null;
    return Number.isInteger(value) ? value : Math.round(value * 100);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (/^\d+$/.test(text)) return Number(text);
    if (!/^\d+\.\d+$/.test(text)) return null;
    return Math.round(Number(text) * 100);
  }
  return null;
}

/** The 1688 search filters take decimal yuan strings. */
export function fenToYuanString(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** "45%", "0.45", 45 or 0.45 all mean 45 %; the answer is a share from 0 to 1. */
export function toShare(value: unknown): number | null {
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const match = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text);
  if (!match?.[1]) return null;
  const number = Number(match[1]);
  const share = match[2] === '%' || number > 1 ? number / 100 : number;
  return share >= 0 && share <= 1 ? share : null;
}

export function toCount(value: unknown): number | null {
  if (typeof value === 'number')
    return Number.isFinite(value) && value >= 0 ? Math.round(value) : null;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return null;
}
