import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type {
  LocalSearchInput,
  LocalSearchPage,
  StoreStats,
} from '../../shared/bridge/calls/store';
import type { Logger } from '../log';
import { searchLocal } from './local-search';
import { MigrationChecksumError, StoreTooNewError, migrate } from './migrate';
import { migrations as shippedMigrations, type Migration } from './migrations';
import { ProductIndex } from './products';
import { moveAside, rescueRows, restoreRows, type RescueCounts } from './recovery';
import { ResponseCache } from './response-cache';

/** Told to the user once, as an `app.notice` event, after a broken store was replaced. */
export interface StoreNotice {
  readonly kind: 'warning';
  readonly code: 'store.recovered';
  readonly message: string;
  readonly movedTo: string;
  readonly carriedOver: RescueCounts;
}

export interface OpenStoreOptions {
  /** One file per profile, e.g. `<dataDir>/profiles/<profileId>/store.sqlite`. */
  readonly file: string;
  readonly log: Logger;
  readonly now?: () => number;
  /** Part of every cache key; defaults to the file name. */
  readonly profileId?: string;
  /** Tests pass their own list; production uses the shipped one. */
  readonly migrations?: readonly Migration[];
  /**
   * `auto` runs `PRAGMA quick_check` when the file is small enough to check quickly or the last
   * session did not close cleanly; `always` checks every time.
   */
  readonly integrityCheck?: 'auto' | 'always';
  /** Called once when a broken file was replaced (the caller emits `app.notice`). */
  readonly onNotice?: (notice: StoreNotice) => void;
}

export interface ProfileStore {
  readonly file: string;
  readonly profileId: string;
  readonly db: DatabaseSync;
  readonly cache: ResponseCache;
  readonly products: ProductIndex;
  /** Set when this open replaced a broken file. */
  readonly notice: StoreNotice | null;
  readonly now: () => number;
  searchLocal(input: LocalSearchInput): LocalSearchPage;
  stats(): StoreStats;
  close(): void;
}

/**
 * Checking a big file page by page takes longer than an open may: above this size the check runs
 * only after a session that did not close cleanly.
 */
const QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024;

export class StoreCorruptError extends Error {
  constructor(readonly detail: string) {
    super(`The store file failed its integrity check: ${detail.slice(0, 200)}`);
    this.name = 'StoreCorruptError';
  }
}

/**
 * Opens (or creates) a profile's store. A file that cannot be opened, fails its integrity check or
 * carries an edited migration is moved aside as `<name>.corrupt-<timestamp>`, a fresh one takes
 * its place, and the outbox and batches are carried over when they can still be read.
 */
export function openProfileStore(options: OpenStoreOptions): ProfileStore {
  const log = options.log.child('store');
  const now = options.now ?? Date.now;
  const started = performance.now();
  mkdirSync(dirname(options.file), { recursive: true });

  const openMarker = `${options.file}.open`;
  const uncleanLastTime = existsSync(openMarker);
  let db: DatabaseSync;
  let notice: StoreNotice | null = null;
  try {
    db = openChecked(options, now, uncleanLastTime);
  } catch (error) {
    if (error instanceof StoreTooNewError) throw error;
    const level = error instanceof MigrationChecksumError ? 'error' : 'warn';
    log[level]('store file unusable; moving it aside', { file: basename(options.file), error });

    const rescued = rescueRows(options.file);
    const movedTo = moveAside(options.file, now());
    db = openChecked(options, now, false);
    const carriedOver = restoreRows(db, rescued.rows);
    notice = recoveryNotice(movedTo, carriedOver, rescued.unreadable.length > 0);
    log.warn('store replaced', { movedTo: basename(movedTo), ...carriedOver });
  }
  writeFileSync(openMarker, String(process.pid));

  const cache = new ResponseCache(db, now, log.child('cache'));
  const products = new ProductIndex(db, log.child('products'));
  const profileId = options.profileId ?? basename(options.file).replace(/\.[^.]*$/, '');
  let closed = false;

  log.info('store open', {
    file: basename(options.file),
    ms: Math.round((performance.now() - started) * 10) / 10,
    recovered: notice !== null,
  });
  if (notice) options.onNotice?.(notice);

  return {
    file: options.file,
    profileId,
    db,
    cache,
    products,
    notice,
    now,
    searchLocal: (input) => searchLocal(products, input),
    stats: () => storeStats(cache, products),
    close() {
      if (closed) return;
      closed = true;
      try {
        db.exec('PRAGMA optimize');
      } catch {
        // Optimising is a courtesy; a failure here must not keep the file open.
      }
      db.close();
      rmSync(openMarker, { force: true });
    },
  };
}

function openChecked(options: OpenStoreOptions, now: () => number, unclean: boolean): DatabaseSync {
  const isNew = !existsSync(options.file) || statSync(options.file).size === 0;
  const db = new DatabaseSync(options.file);
  try {
    // Incremental vacuum only takes effect on a file that has no tables yet.
    if (isNew) db.exec('PRAGMA auto_vacuum = INCREMENTAL');
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('PRAGMA journal_size_limit = 67108864');
    db.prepare('SELECT COUNT(*) FROM sqlite_schema').get();

    const small = isNew || statSync(options.file).size <= QUICK_CHECK_MAX_BYTES;
    if (!isNew && (options.integrityCheck === 'always' || small || unclean)) {
      const rows = db.prepare('PRAGMA quick_check').all() as Array<{ quick_check: string }>;
      const result = rows.map((row) => row.quick_check).join('; ');
      if (result !== 'ok') throw new StoreCorruptError(result);
    }

    migrate(db, options.migrations ?? shippedMigrations, now);
    return db;
  } catch (error) {
    try {
      db.close();
    } catch {
      // Already unusable; the caller moves the file aside.
    }
    throw error;
  }
}

function recoveryNotice(movedTo: string, carried: RescueCounts, partly: boolean): StoreNotice {
  const kept = carried.outbox + carried.batches;
  const keptText =
    kept > 0
      ? ` ${carried.outbox} order request(s) and ${carried.batches} batch(es) were kept.`
      : '';
  const lostText = partly ? ' Some order requests or batches could not be read.' : '';
  return {
    kind: 'warning',
    code: 'store.recovered',
    message:
      'The local data of this profile was damaged and has been rebuilt. Cached answers will ' +
      `be fetched again.${keptText}${lostText} The damaged file was kept as ${basename(movedTo)}.`,
    movedTo,
    carriedOver: carried,
  };
}

function storeStats(cache: ResponseCache, products: ProductIndex): StoreStats {
  const { hits, misses } = cache.counters;
  return {
    entries: cache.entries(),
    bytes: cache.total(),
    capBytes: cache.cap,
    hits,
    misses,
    hitRate: hits + misses === 0 ? null : hits / (hits + misses),
    products: products.count(),
  };
}
