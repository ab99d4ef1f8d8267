/**
 * Every data answer says where it came from and when it was fetched, so the renderer can show
 * freshness ("from cache, 3 h ago") and an offline state.
 */
export type DataSource = 'network' | 'cache' | 'local';

export interface Sourced<T> {
  readonly data: T;
  readonly source: DataSource;
  /** ISO 8601 time the data was fetched from PandaPon (or built locally). */
  readonly fetchedAt: string;
  /** True when the cache served an answer past its freshness window. */
  readonly stale: boolean;
}

export function fromNetwork<T>(data: T, fetchedAt = new Date()): Sourced<T> {
  return { data, source: 'network', fetchedAt: fetchedAt.toISOString(), stale: false };
}
