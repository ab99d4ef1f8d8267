import { z } from 'zod';
import { defineCall, defineEvent } from '../define';
import type { Sourced } from '../sourced';

/** What the local store holds for the active profile, for the settings page. */
export interface StoreStats {
  readonly entries: number;
  readonly bytes: number;
  readonly capBytes: number;
  /** Share of reads answered from the cache this session (0–1); null before the first read. */
  readonly hitRate: number | null;
  readonly hits: number;
  readonly misses: number;
  /** Products in the local index (everything seen). */
  readonly products: number;
}

/** A piece of a text, marked when it matched the query; safe to render without HTML. */
export interface TextSegment {
  readonly text: string;
  readonly match: boolean;
}

export interface LocalProduct {
  readonly platform: '1688' | 'taobao';
  readonly id: string;
  readonly altId: string | null;
  readonly title: string;
  readonly titleTrans: string;
  readonly sellerId: string | null;
  readonly sellerName: string;
  readonly priceFen: number | null;
  readonly imageUrl: string | null;
  readonly monthlySales: number | null;
  readonly repurchaseRate: number | null;
  /** ISO 8601: the last time this product passed through any answer. */
  readonly seenAt: string;
}

export interface LocalSearchHit {
  readonly product: LocalProduct;
  readonly highlights: {
    readonly title: readonly TextSegment[];
    readonly titleTrans: readonly TextSegment[];
    readonly sellerName: readonly TextSegment[];
  };
}

export interface LocalSearchPage {
  readonly hits: readonly LocalSearchHit[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  /** How the query was answered: a pasted id or link, the full-text index, or a plain scan. */
  readonly matchedBy: 'id' | 'fulltext' | 'substring' | 'all';
  /** A short link (m.tb.cn, qr.1688.com) that must be resolved over the network first. */
  readonly shortLink: string | null;
}

const MIB = 1024 * 1024;

export const localSearchInput = z
  .object({
    query: z.string().max(2000).default(''),
    platform: z.enum(['1688', 'taobao']).optional(),
    sellerId: z.string().min(1).max(200).optional(),
    priceMinFen: z.number().int().min(0).optional(),
    priceMaxFen: z.number().int().min(0).optional(),
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export type LocalSearchInput = z.input<typeof localSearchInput>;

export const storeCalls = {
  'store.stats': defineCall(z.object({}).strict()).returns<StoreStats>(),
  /** Drops cached answers; keeps orders, the outbox, batches and the product index. */
  'store.clearCache': defineCall(z.object({}).strict()).returns<{
    removedEntries: number;
    freedBytes: number;
  }>(),
  'store.searchLocal': defineCall(localSearchInput).returns<Sourced<LocalSearchPage>>(),
  'store.setCacheCap': defineCall(
    z
      .object({
        capBytes: z
          .number()
          .int()
          .min(10 * MIB)
          .max(100 * 1024 * MIB),
      })
      .strict(),
  ).returns<StoreStats>(),
};

export const storeEvents = {
  /** A stale answer was refreshed in the background and the fresh one differs. */
  'store.refreshed': defineEvent<{ endpoint: string; cacheKey: string; fetchedAt: string }>(),
};
