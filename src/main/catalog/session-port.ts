import type { Platform, ProductSummary } from '../../shared/bridge/calls/catalog';
import type { Sourced } from '../../shared/bridge/sourced';

/**
 * What the catalog needs from the active profile's session (`ctx.session()`): a cached read of
 * one PandaPon endpoint, and the local product index for offline search. Kept as a small port
 * so the catalog is tested against any session that speaks it.
 */
export interface CatalogSession {
  read(
    endpoint: string,
    input: Record<string, unknown>,
    options?: ReadOptions,
  ): Promise<Sourced<unknown>>;
  /** Products seen before, matched on either title or the seller; empty when nothing matches. */
  searchLocal(query: LocalQuery): LocalAnswer;
}

export interface ReadOptions {
  /** Skip the cache (image search: its input is a picture, not worth keeping). */
  readonly noCache?: boolean;
}

export interface LocalQuery {
  readonly text: string;
  readonly platform: Platform;
  readonly limit: number;
  readonly offset: number;
  readonly sellerId?: string;
}

export interface LocalAnswer {
  readonly items: readonly ProductSummary[];
  readonly total: number;
  /** When the newest of the matched products was last seen. */
  readonly newestSeenAt: string | null;
}
