import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { LocalProduct } from '../../shared/bridge/calls/store';
import type { Logger } from '../log';
import { extractProducts } from './product-extract';

/** A product as the index stores it; `raw` is the answer's own object, kept for later fields. */
export interface ProductRecord {
  readonly platform: '1688' | 'taobao';
  /** The id v2 calls take (offerMapId / itemMapId), or the numeric one when that is all we saw. */
  readonly id: string;
  /** The other id of the same product (the numeric offerId / itemId that links carry). */
  readonly altId?: string | null;
  readonly title: string;
  readonly titleTrans: string;
  readonly sellerId: string | null;
  readonly sellerName: string;
  readonly priceFen: number | null;
  readonly imageUrl: string | null;
  readonly monthlySales: number | null;
  readonly repurchaseRate?: number | null;
  /** Epoch milliseconds. */
  readonly seenAt: number;
  readonly raw?: unknown;
}

export interface ProductRow {
  platform: '1688' | 'taobao';
  id: string;
  alt_id: string | null;
  title: string;
  title_trans: string;
  seller_id: string | null;
  seller_name: string;
  price_fen: number | null;
  image_url: string | null;
  monthly_sales: number | null;
  repurchase_rate: number | null;
  seen_at: number;
}

export const PRODUCT_COLUMNS =
  'p.platform, p.id, p.alt_id, p.title, p.title_trans, p.seller_id, p.seller_name, p.price_fen, ' +
  'p.image_url, p.monthly_sales, p.repurchase_rate, p.seen_at';

export function toLocalProduct(row: ProductRow): LocalProduct {
  return {
    platform: row.platform,
    id: row.id,
    altId: row.alt_id,
    title: row.title,
    titleTrans: row.title_trans,
    sellerId: row.seller_id,
    sellerName: row.seller_name,
    priceFen: row.price_fen,
    imageUrl: row.image_url,
    monthlySales: row.monthly_sales,
    repurchaseRate: row.repurchase_rate,
    seenAt: new Date(row.seen_at).toISOString(),
  };
}

/**
 * Upserts keep what a poorer answer lacks: a cart line has no monthly sales, so seeing the product
 * in a cart must not erase the sales a search result gave.
 */
const UPSERT = `
INSERT INTO products (platform, id, alt_id, title, title_trans, seller_id, seller_name, price_fen,
  image_url, monthly_sales, repurchase_rate, seen_at, raw_json, search_ids)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (platform, id) DO UPDATE SET
  alt_id = COALESCE(excluded.alt_id, alt_id),
  title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE title END,
  title_trans = CASE WHEN excluded.title_trans <> '' THEN excluded.title_trans ELSE title_trans END,
  seller_id = COALESCE(excluded.seller_id, seller_id),
  seller_name = CASE WHEN excluded.seller_name <> '' THEN excluded.seller_name ELSE seller_name END,
  price_fen = COALESCE(excluded.price_fen, price_fen),
  image_url = COALESCE(excluded.image_url, image_url),
  monthly_sales = COALESCE(excluded.monthly_sales, monthly_sales),
  repurchase_rate = COALESCE(excluded.repurchase_rate, repurchase_rate),
  seen_at = MAX(seen_at, excluded.seen_at),
  raw_json = COALESCE(excluded.raw_json, raw_json),
  search_ids = trim(id || ' ' || COALESCE(excluded.alt_id, alt_id, '') || ' ' ||
    COALESCE(excluded.seller_id, seller_id, ''))
`;

/** The `products` table and its trigram full-text index: everything the agent has seen. */
export class ProductIndex {
  private readonly upsert: StatementSync;
  private readonly byId: StatementSync;

  constructor(
    readonly db: DatabaseSync,
    private readonly log: Logger,
  ) {
    this.upsert = db.prepare(UPSERT);
    this.byId = db.prepare(
      `SELECT ${PRODUCT_COLUMNS} FROM products p
       WHERE (p.id = ?1 OR p.alt_id = ?1) AND (?2 IS NULL OR p.platform = ?2)
       ORDER BY p.seen_at DESC LIMIT 20`,
    );
  }

  /** Upserts products in one transaction; returns how many were written. */
  indexProducts(list: readonly ProductRecord[]): number {
    if (list.length === 0) return 0;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      for (const product of list) {
        const ids = [product.id, product.altId ?? '', product.sellerId ?? ''].join(' ').trim();
        this.upsert.run(
          product.platform,
          product.id,
          product.altId ?? null,
          product.title,
          product.titleTrans,
          product.sellerId,
          product.sellerName,
          product.priceFen,
          product.imageUrl,
          product.monthlySales,
          product.repurchaseRate ?? null,
          product.seenAt,
          product.raw === undefined ? null : JSON.stringify(product.raw),
          ids,
        );
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
    return list.length;
  }

  /**
   * Indexes every product inside an answer. Never throws: a strange answer must not fail the
   * read that brought it.
   */
  indexAnswer(endpoint: string, answer: unknown, seenAt: number): number {
    try {
      return this.indexProducts(extractProducts(endpoint, answer, seenAt));
    } catch (error) {
      this.log.warn('could not index products of an answer', { endpoint, error });
      return 0;
    }
  }

  findById(id: string, platform: '1688' | 'taobao' | null = null): LocalProduct[] {
    return (this.byId.all(id, platform) as unknown as ProductRow[]).map(toLocalProduct);
  }

  count(): number {
    const row = this.db.prepare('SELECT COUNT(*) AS count FROM products').get();
    return Number(row?.count ?? 0);
  }
}
