// The local store: one SQLite file per profile with the response cache, the product index, the
// outbox and batches. Other modules import from here.
export {
  createCachedReader,
  type CachedAnswer,
  type CachedReader,
  type ReadOptions,
} from './cache';
export type { CachedReaderOptions, RefreshedAnswer } from './cache';
export { canonicalInput, canonicalJson, cacheKey, type InputDefaultsRule } from './canonical';
export { openProfileStore, StoreCorruptError } from './database';
export type { OpenStoreOptions, ProfileStore, StoreNotice } from './database';
export { defaultFreshness, freshnessFor, type FreshnessRule } from './freshness';
export { searchLocal } from './local-search';
export { MigrationChecksumError, StoreTooNewError, migrationChecksum } from './migrate';
export { migrations, type Migration } from './migrations';
export { isNetworkFailure } from './network-failure';
export { extractProducts } from './product-extract';
export { ProductIndex, type ProductRecord } from './products';
export { DEFAULT_CACHE_CAP_BYTES, KEPT_ON_CLEAR, ResponseCache } from './response-cache';
