import { yuanToFen } from '../../shared/pandapon/money';
import { SandboxCode } from '../auth/codes';
import { SandboxError } from '../routes';
import type { ProductFilter } from '../search/keyword-index';
import { parseSort } from '../search/sort';
import { categoryIdOf } from './catalogue-index';

/** The filters of a 1688 search body (keyword, category, price range in yuan, sort). */
export function productFilterOf(input: Record<string, unknown>): ProductFilter {
  const priceMinFen = yuanOf(input.priceStart, 'priceStart');
  const priceMaxFen = yuanOf(input.priceEnd, 'priceEnd');
  if (priceMinFen !== null && priceMaxFen !== null && priceMinFen > priceMaxFen) {
    throw new SandboxError(
      SandboxCode.invalidParameter,
      'priceStart is above priceEnd: the lowest price must not exceed the highest.',
      400,
    );
  }
  return {
    keyword: typeof input.keyword === 'string' ? input.keyword : null,
    categoryId: categoryIdOf(input.categoryId),
    priceMinFen,
    priceMaxFen,
    sort: parseSort(typeof input.sort === 'string' ? input.sort : null),
  };
}

function yuanOf(value: unknown, field: string): number | null {
  if (value === null || value === undefined || value === '') return null;
  try {
    return yuanToFen(String(value));
  } catch {
    throw new SandboxError(
      SandboxCode.invalidParameter,
      `${field}: "${String(value)}" is not a yuan amount like 12.50.`,
      400,
    );
  }
}
