import { z } from 'zod';

/**
 * Money. PandaPon uses integer fen for most money fields (cart `price: 689`, order totals); the
 * 1688 search price filters are decimal yuan strings ("239.99"). Yuan strings stay strings at the
 * API edge and are converted here, and only here, without floating-point arithmetic.
 */
export type Fen = number;

export const fenSchema = z.number().int();
/** A decimal yuan amount as PandaPon's 1688 filters take it: digits, optional 1–2 decimals. */
export const yuanStringSchema = z.string().regex(/^\d+(\.\d{1,2})?$/, 'a yuan amount like 12.50');

export function yuanToFen(yuan: string): Fen {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!match) throw new RangeError(`Not a yuan amount: "${yuan}"`);
  const whole = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  const fen = whole * 100 + cents;
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Yuan amount too large: "${yuan}"`);
  return fen;
}

export function fenToYuan(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function sumFen(values: readonly Fen[]): Fen {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * A few fen fields arrive as digit strings (the v1 Taobao SKU example has `promotionPrice: "1"`).
 * The schemas accept both shapes without converting; callers turn them into fen here.
 */
export const fenLooseSchema = z.union([fenSchema, z.string().regex(/^-?\d+$/)]);

export function fenOf(value: number | string): Fen {
  const fen = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Not a whole number of fen: ${value}`);
  return fen;
}
