import type { Product } from '../generator/types';
import { categories } from '../generator/vocab-categories';
import type { SortOrder } from './sort';
import { tokenize } from './tokens';

/**
 * An inverted index over one platform's products (Chinese and English titles, category names),
 * built once at startup. A query scores each product by the inverse document frequency of the
 * tokens it shares with the title and keeps those that share most of them.
 */
export interface ProductFilter {
  readonly keyword?: string | null;
  readonly categoryId?: number | null;
  readonly sellerIndex?: number | null;
  readonly priceMinFen?: number | null;
  readonly priceMaxFen?: number | null;
  readonly sort: SortOrder;
}

export interface KeywordIndex {
  /** Indexes into the product list, best first. */
  search(filter: ProductFilter): Int32Array;
}

/** A product must share at least this share of the query's tokens to be a hit. */
const MIN_COVERAGE = 0.6;

function buildPostings(products: readonly Product[]): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  products.forEach((product, index) => {
    const category = categories[product.categoryIndex];
    const text = `${product.subject} ${product.subjectTrans} ${category?.zh ?? ''} ${category?.en ?? ''}`;
    for (const token of new Set(tokenize(text))) {
      let list = lists.get(token);
      if (!list) lists.set(token, (list = []));
      list.push(index);
    }
  });
  const postings = new Map<string, Int32Array>();
  for (const [token, list] of lists) postings.set(token, Int32Array.from(list));
  return postings;
}

export function buildKeywordIndex(products: readonly Product[]): KeywordIndex {
  const postings = buildPostings(products);
  const total = products.length;
  const scores = new Float64Array(total);
  const matched = new Uint16Array(total);
  const popularity = Float64Array.from(products, (p) => Math.log1p(p.monthSold) * 0.02);

  const passes = (product: Product, filter: ProductFilter) =>
    (filter.categoryId == null || categories[product.categoryIndex]?.id === filter.categoryId) &&
    (filter.sellerIndex == null || product.sellerIndex === filter.sellerIndex) &&
    (filter.priceMinFen == null || product.priceFen >= filter.priceMinFen) &&
    (filter.priceMaxFen == null || product.priceFen <= filter.priceMaxFen);

  function candidates(filter: ProductFilter): number[] {
    const tokens = filter.keyword ? tokenize(filter.keyword, true) : [];
    if (!tokens.length) {
      const all: number[] = [];
      for (let index = 0; index < total; index += 1) {
        if (passes(products[index] as Product, filter)) all.push(index);
        scores[index] = popularity[index] as number;
      }
      return all;
    }
    const touched: number[] = [];
    for (const token of tokens) {
      const list = postings.get(token);
      if (!list) continue;
      const idf = Math.log(1 + total / list.length);
      for (const index of list) {
        if (matched[index] === 0) {
          touched.push(index);
          scores[index] = popularity[index] as number;
        }
        matched[index] = (matched[index] as number) + 1;
        scores[index] = (scores[index] as number) + idf;
      }
    }
    const needed = Math.ceil(tokens.length * MIN_COVERAGE);
    const hits = touched.filter(
      (index) => (matched[index] as number) >= needed && passes(products[index] as Product, filter),
    );
    for (const index of touched) matched[index] = 0;
    return hits;
  }

  return {
    search(filter) {
      const hits = candidates(filter);
      const { field, descending } = filter.sort;
      const sign = descending ? -1 : 1;
      const key = (index: number): number => {
        const product = products[index] as Product;
        if (field === 'price') return product.priceFen;
        if (field === 'sales') return product.monthSold;
        if (field === 'repurchase') return product.repurchaseRate;
        return scores[index] as number;
      };
      hits.sort((a, b) => sign * (key(a) - key(b)) || a - b);
      return Int32Array.from(hits);
    },
  };
}
