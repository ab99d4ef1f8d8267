import { BridgeError } from '../../shared/bridge/errors';
import type { Sourced } from '../../shared/bridge/sourced';
import type { Logger } from '../log';
import { cacheKey, canonicalInput, type InputDefaultsRule } from './canonical';
import type { ProfileStore } from './database';
import { defaultFreshness, freshnessFor, type FreshnessRule } from './freshness';
import { isNetworkFailure as defaultIsNetworkFailure } from './network-failure';

/** A cached or fetched answer, with how old it is (0 for a network answer). */
export type CachedAnswer<T> = Sourced<T> & { readonly ageMs: number };

export interface RefreshedAnswer {
  readonly endpoint: string;
  readonly input: unknown;
  readonly cacheKey: string;
  readonly data: unknown;
  readonly fetchedAt: string;
}

export interface ReadOptions {
  /** Overrides the endpoint's freshness window for this read. */
  readonly maxAgeMs?: number;
  /** Skips a fresh cached answer (the user pressed refresh); still falls back to it offline. */
  readonly forceRefresh?: boolean;
}

export interface CachedReaderOptions {
  readonly store: Pick<ProfileStore, 'cache' | 'products' | 'profileId' | 'now'>;
  /** The network call, e.g. the PandaPon client's `call(name, input)`. */
  readonly fetch: (endpoint: string, input: unknown) => Promise<unknown>;
  readonly freshness?: readonly FreshnessRule[];
  readonly inputDefaults?: readonly InputDefaultsRule[];
  /** Which errors mean "PandaPon could not answer" (serve the cache) rather than "it said no". */
  readonly isNetworkFailure?: (error: unknown) => boolean;
  /** A stale answer was refreshed in the background and the new one differs. */
  readonly onRefreshed?: (refreshed: RefreshedAnswer) => void;
  /** Index the products of every fetched answer (default true). */
  readonly indexProducts?: boolean;
  readonly log?: Logger;
}

export interface CachedReader {
  read<T = unknown>(
    endpoint: string,
    input: unknown,
    options?: ReadOptions,
  ): Promise<CachedAnswer<T>>;
  /** Resolves when every background refresh started so far has settled (tests, shutdown). */
  settled(): Promise<void>;
}

/**
 * Every read endpoint goes through here. A fresh cached answer is returned without a request; a
 * stale one is returned at once, marked stale, and refreshed in the background; when PandaPon
 * cannot be reached the newest cached answer is returned with its age, and with nothing cached
 * the read fails with a clear `offline` error.
 */
export function createCachedReader(options: CachedReaderOptions): CachedReader {
  const { store } = options;
  const isNetworkFailure = options.isNetworkFailure ?? defaultIsNetworkFailure;
  const freshness = options.freshness ?? defaultFreshness;
  const inFlight = new Map<
    string,
    Promise<{ data: unknown; fetchedAt: number; changed: boolean }>
  >();

  /** One request per key at a time: identical reads share it. */
  const fetchAndStore = (endpoint: string, input: unknown, key: string, inputJson: string) => {
    const running = inFlight.get(key);
    if (running) return running;
    const request = (async () => {
      const data = await options.fetch(endpoint, input);
      const fetchedAt = store.now();
      const { changed } = store.cache.put(key, endpoint, inputJson, data, fetchedAt);
      if (options.indexProducts !== false) store.products.indexAnswer(endpoint, data, fetchedAt);
      return { data, fetchedAt, changed };
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, request);
    return request;
  };

  const answer = <T>(
    data: unknown,
    source: 'network' | 'cache',
    fetchedAt: number,
    stale: boolean,
  ) => ({
    data: data as T,
    source,
    fetchedAt: new Date(fetchedAt).toISOString(),
    stale,
    ageMs: Math.max(0, store.now() - fetchedAt),
  });

  return {
    async read<T>(endpoint: string, input: unknown, readOptions: ReadOptions = {}) {
      const inputJson = canonicalInput(endpoint, input, options.inputDefaults);
      const key = cacheKey(store.profileId, endpoint, inputJson);
      const cached = store.cache.get(key);
      const maxAgeMs = readOptions.maxAgeMs ?? freshnessFor(endpoint, freshness);
      const fresh = cached !== null && store.now() - cached.fetchedAt <= maxAgeMs;

      if (cached && !readOptions.forceRefresh) {
        store.cache.counters.hits++;
        if (!fresh) {
          void fetchAndStore(endpoint, input, key, inputJson).then(
            (result) => {
              if (!result.changed) return;
              options.onRefreshed?.({
                endpoint,
                input,
                cacheKey: key,
                data: result.data,
                fetchedAt: new Date(result.fetchedAt).toISOString(),
              });
            },
            (error: unknown) => options.log?.info('background refresh failed', { endpoint, error }),
          );
        }
        return answer<T>(cached.data, 'cache', cached.fetchedAt, !fresh);
      }

      store.cache.counters.misses++;
      try {
        const result = await fetchAndStore(endpoint, input, key, inputJson);
        return answer<T>(result.data, 'network', result.fetchedAt, false);
      } catch (error) {
        if (!isNetworkFailure(error)) throw error;
        const fallback = cached ?? store.cache.get(key);
        if (fallback) {
          options.log?.info('served from cache while offline', { endpoint });
          const stale = store.now() - fallback.fetchedAt > maxAgeMs;
          return answer<T>(fallback.data, 'cache', fallback.fetchedAt, stale);
        }
        throw new BridgeError({
          code: 'offline',
          message:
            'PandaPon cannot be reached and nothing is saved for this yet. ' +
            'Check the connection and try again.',
          details: { endpoint },
        });
      }
    },

    async settled() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight.values()]);
    },
  };
}
