import type { SQLInputValue } from 'node:sqlite';
import type {
  LocalSearchHit,
  LocalSearchInput,
  LocalSearchPage,
  TextSegment,
} from '../../shared/bridge/calls/store';
import { parseProductLink } from '../../shared/links/parse-product-link';
import { PRODUCT_COLUMNS, toLocalProduct, type ProductIndex, type ProductRow } from './products';

/** Characters that cannot occur in product titles, used to mark matches inside highlight(). */
const OPEN = '\u0002';
const CLOSE = '\u0003';

/** The trigram tokenizer cannot match terms shorter than three characters. */
const TRIGRAM = 3;

/** A token that may be an encrypted id (offerMapId, itemMapId, sellerOpenId). */
const ID_TOKEN = /^[A-Za-z0-9_-]{6,64}$/;

type Filters = Omit<LocalSearchInput, 'query' | 'page' | 'pageSize'>;

interface SearchRow extends ProductRow {
  h_title?: string;
  h_title_trans?: string;
  h_seller_name?: string;
}

/**
 * Searches everything the agent has seen, with no network: a pasted link or id finds the product
 * directly; words of three characters or more use the trigram index (ranked); shorter words, such
 * as two-character Chinese terms, fall back to a substring scan.
 */
export function searchLocal(index: ProductIndex, input: LocalSearchInput): LocalSearchPage {
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 50;
  const query = (input.query ?? '').trim();
  const empty = (matchedBy: LocalSearchPage['matchedBy'], shortLink: string | null = null) => ({
    hits: [],
    total: 0,
    page,
    pageSize,
    matchedBy,
    shortLink,
  });

  const link = parseProductLink(query);
  if (link.kind === 'short-link') return empty('id', link.url);
  if (link.kind === 'product' || (ID_TOKEN.test(query) && /\d/.test(query))) {
    const id = link.kind === 'product' ? link.id : query;
    const found = index
      .findById(id, link.kind === 'product' ? link.platform : null)
      .filter((product) => input.platform === undefined || product.platform === input.platform);
    if (found.length > 0 || (link.kind === 'product' && link.url !== null)) {
      const hits = found.map((product) => ({ product, highlights: plainHighlights(product) }));
      return {
        ...empty('id'),
        hits: hits.slice((page - 1) * pageSize, page * pageSize),
        total: hits.length,
      };
    }
  }

  const terms = query.split(/\s+/).filter((term) => term !== '');
  const longTerms = terms.filter((term) => [...term].length >= TRIGRAM);
  const shortTerms = terms.filter((term) => [...term].length < TRIGRAM);
  const filter = filterSql(input, shortTerms);

  if (longTerms.length === 0) {
    const where = filter.sql.length > 0 ? `WHERE ${filter.sql.join(' AND ')}` : '';
    const total = countOf(
      index,
      `SELECT COUNT(*) AS count FROM products p ${where}`,
      filter.params,
    );
    const rows = index.db
      .prepare(
        `SELECT ${PRODUCT_COLUMNS} FROM products p ${where} ORDER BY p.seen_at DESC LIMIT ? OFFSET ?`,
      )
      .all(...filter.params, pageSize, (page - 1) * pageSize) as unknown as SearchRow[];
    const hits = rows.map((row) => hitWithTerms(row, shortTerms));
    return { ...empty(terms.length === 0 ? 'all' : 'substring'), hits, total };
  }

  const match = longTerms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' ');
  const where = ['products_fts MATCH ?', ...filter.sql].join(' AND ');
  const from = 'FROM products_fts JOIN products p ON p.rowid = products_fts.rowid';
  const params: SQLInputValue[] = [match, ...filter.params];
  const total = countOf(index, `SELECT COUNT(*) AS count ${from} WHERE ${where}`, params);
  const rows = index.db
    .prepare(
      `SELECT ${PRODUCT_COLUMNS},
         highlight(products_fts, 0, '${OPEN}', '${CLOSE}') AS h_title,
         highlight(products_fts, 1, '${OPEN}', '${CLOSE}') AS h_title_trans,
         highlight(products_fts, 2, '${OPEN}', '${CLOSE}') AS h_seller_name
       ${from} WHERE ${where} ORDER BY rank LIMIT ? OFFSET ?`,
    )
    .all(...params, pageSize, (page - 1) * pageSize) as unknown as SearchRow[];
  const hits = rows.map((row) =>
    shortTerms.length > 0 ? hitWithTerms(row, terms) : hitFromHighlight(row),
  );
  return { ...empty('fulltext'), hits, total };
}

function filterSql(filters: Filters, shortTerms: readonly string[]) {
  const sql: string[] = [];
  const params: SQLInputValue[] = [];
  if (filters.platform !== undefined) {
    sql.push('p.platform = ?');
    params.push(filters.platform);
  }
  if (filters.sellerId !== undefined) {
    sql.push('p.seller_id = ?');
    params.push(filters.sellerId);
  }
  if (filters.priceMinFen !== undefined) {
    sql.push('p.price_fen >= ?');
    params.push(filters.priceMinFen);
  }
  if (filters.priceMaxFen !== undefined) {
    sql.push('p.price_fen <= ?');
    params.push(filters.priceMaxFen);
  }
  for (const term of shortTerms) {
    const like = (column: string) => `${column} LIKE ? ESCAPE '\\'`;
    const columns = ['p.title', 'p.title_trans', 'p.seller_name', 'p.search_ids'];
    sql.push(`(${columns.map(like).join(' OR ')})`);
    const pattern = `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    params.push(pattern, pattern, pattern, pattern);
  }
  return { sql, params };
}

function countOf(index: ProductIndex, sql: string, params: SQLInputValue[]): number {
  const row = index.db.prepare(sql).get(...params);
  return Number(row?.count ?? 0);
}

function hitFromHighlight(row: SearchRow): LocalSearchHit {
  return {
    product: toLocalProduct(row),
    highlights: {
      title: splitMarked(row.h_title ?? row.title),
      titleTrans: splitMarked(row.h_title_trans ?? row.title_trans),
      sellerName: splitMarked(row.h_seller_name ?? row.seller_name),
    },
  };
}

function hitWithTerms(row: SearchRow, terms: readonly string[]): LocalSearchHit {
  return {
    product: toLocalProduct(row),
    highlights: {
      title: markTerms(row.title, terms),
      titleTrans: markTerms(row.title_trans, terms),
      sellerName: markTerms(row.seller_name, terms),
    },
  };
}

function plainHighlights(product: { title: string; titleTrans: string; sellerName: string }) {
  return {
    title: markTerms(product.title, []),
    titleTrans: markTerms(product.titleTrans, []),
    sellerName: markTerms(product.sellerName, []),
  };
}

function splitMarked(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const [index, part] of text.split(new RegExp(`[${OPEN}${CLOSE}]`)).entries()) {
    if (part !== '') segments.push({ text: part, match: index % 2 === 1 });
  }
  return segments;
}

/** Marks every case-insensitive occurrence of the terms, for matches found without FTS. */
export function markTerms(text: string, terms: readonly string[]): TextSegment[] {
  if (text === '') return [];
  const usable = terms.filter((term) => term !== '');
  if (usable.length === 0) return [{ text, match: false }];
  const escaped = usable.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu');
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, match: usable.some((term) => sameText(part, term)) }));
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
