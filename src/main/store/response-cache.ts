import { createHash } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Logger } from '../log';
import { matchesEndpoint } from './canonical';

export const DEFAULT_CACHE_CAP_BYTES = 500 * 1024 * 1024;

/** Touching an entry at most once a minute keeps reads from turning into writes. */
const TOUCH_EVERY_MS = 60_000;

/** Eviction goes a little below the cap so the next few writes do not each evict again. */
const EVICT_TO = 0.9;

/**
 * Answers of order endpoints survive "clear cache": until the order mirror lands they are the
 * agent's only offline record of what was bought.
 */
export const KEPT_ON_CLEAR = /order|logistic|reverse|refund|after-?sale/i;

export interface CacheEntry {
  readonly key: string;
  readonly endpoint: string;
  readonly data: unknown;
  readonly dataHash: string;
  readonly fetchedAt: number;
  readonly bytes: number;
}

interface EntryRow {
  key: string;
  endpoint: string;
  data_json: string;
  data_hash: string;
  fetched_at: number;
  last_used_at: number;
  bytes: number;
}

export interface CacheCounters {
  hits: number;
  misses: number;
}

/** The `cache_entries` table of one profile's store: answers by key, with LRU eviction. */
export class ResponseCache {
  readonly counters: CacheCounters = { hits: 0, misses: 0 };
  private totalBytes: number | null = null;
  private capBytes: number;
  private readonly statements: {
    get: StatementSync;
    touch: StatementSync;
    put: StatementSync;
    previous: StatementSync;
    oldest: StatementSync;
    remove: StatementSync;
  };

  constructor(
    private readonly db: DatabaseSync,
    private readonly now: () => number,
    private readonly log: Logger,
  ) {
    this.statements = {
      get: db.prepare(
        'SELECT key, endpoint, data_json, data_hash, fetched_at, last_used_at, bytes ' +
          'FROM cache_entries WHERE key = ?',
      ),
      touch: db.prepare('UPDATE cache_entries SET last_used_at = ? WHERE key = ?'),
      previous: db.prepare('SELECT data_hash, bytes FROM cache_entries WHERE key = ?'),
      put: db.prepare(
        `INSERT INTO cache_entries
           (key, endpoint, input_json, data_json, data_hash, fetched_at, last_used_at, bytes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET
           data_json = excluded.data_json, data_hash = excluded.data_hash,
           fetched_at = excluded.fetched_at, last_used_at = excluded.last_used_at,
           bytes = excluded.bytes`,
      ),
      oldest: db.prepare('SELECT key, bytes FROM cache_entries ORDER BY last_used_at LIMIT 256'),
      remove: db.prepare('DELETE FROM cache_entries WHERE key = ?'),
    };
    this.capBytes = this.readCap();
  }

  get(key: string): CacheEntry | null {
    const row = this.statements.get.get(key) as EntryRow | undefined;
    if (!row) return null;
    const now = this.now();
    if (now - row.last_used_at >= TOUCH_EVERY_MS) this.statements.touch.run(now, key);
    return {
      key: row.key,
      endpoint: row.endpoint,
      data: JSON.parse(row.data_json) as unknown,
      dataHash: row.data_hash,
      fetchedAt: row.fetched_at,
      bytes: row.bytes,
    };
  }

  /** Stores an answer; says whether it differs from the one it replaces. */
  put(key: string, endpoint: string, inputJson: string, data: unknown, fetchedAt: number) {
    const dataJson = JSON.stringify(data) ?? 'null';
    const dataHash = createHash('sha256').update(dataJson).digest('hex');
    const bytes = Buffer.byteLength(dataJson) + Buffer.byteLength(inputJson) + key.length;
    const previous = this.statements.previous.get(key) as
      { data_hash: string; bytes: number } | undefined;

    this.statements.put.run(
      key,
      endpoint,
      inputJson,
      dataJson,
      dataHash,
      fetchedAt,
      this.now(),
      bytes,
    );
    this.totalBytes = this.total() + bytes - (previous?.bytes ?? 0);
    if (this.totalBytes > this.capBytes) this.evict();
    return { changed: previous !== undefined && previous.data_hash !== dataHash, dataHash };
  }

  get cap(): number {
    return this.capBytes;
  }

  setCap(capBytes: number): void {
    this.capBytes = capBytes;
    this.db
      .prepare(
        "INSERT INTO store_meta (key, value) VALUES ('cache_cap_bytes', ?) " +
          'ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(String(capBytes));
    if (this.total() > capBytes) this.evict();
  }

  /** Bytes of cached answers (JSON text), the quantity the cap limits. */
  total(): number {
    if (this.totalBytes === null) {
      const row = this.db
        .prepare('SELECT COALESCE(SUM(bytes), 0) AS total FROM cache_entries')
        .get();
      this.totalBytes = Number(row?.total ?? 0);
    }
    return this.totalBytes;
  }

  entries(): number {
    const row = this.db.prepare('SELECT COUNT(*) AS count FROM cache_entries').get();
    return Number(row?.count ?? 0);
  }

  /** Drops least-recently-used answers until the cache is back under its cap. */
  evict(): number {
    const target = this.capBytes * EVICT_TO;
    let total = this.total();
    let removed = 0;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      while (total > target) {
        const batch = this.statements.oldest.all() as Array<{ key: string; bytes: number }>;
        if (batch.length === 0) break;
        for (const row of batch) {
          if (total <= target) break;
          this.statements.remove.run(row.key);
          total -= row.bytes;
          removed++;
        }
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      this.totalBytes = null;
      throw error;
    }
    this.totalBytes = total;
    this.releaseFreePages();
    this.log.info('cache evicted', { removed, bytes: total, capBytes: this.capBytes });
    return removed;
  }

  /** Clears answers except those matching `keep` (orders by default). */
  clear(keep: RegExp = KEPT_ON_CLEAR): { removedEntries: number; freedBytes: number } {
    const before = this.total();
    const endpoints = this.db
      .prepare('SELECT DISTINCT endpoint FROM cache_entries')
      .all() as Array<{
      endpoint: string;
    }>;
    const remove = this.db.prepare('DELETE FROM cache_entries WHERE endpoint = ?');
    let removedEntries = 0;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      for (const { endpoint } of endpoints) {
        if (matchesEndpoint(keep, endpoint)) continue;
        removedEntries += Number(remove.run(endpoint).changes);
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    } finally {
      this.totalBytes = null;
    }
    this.releaseFreePages();
    return { removedEntries, freedBytes: before - this.total() };
  }

  private readCap(): number {
    const row = this.db
      .prepare("SELECT value FROM store_meta WHERE key = 'cache_cap_bytes'")
      .get() as { value: string } | undefined;
    const value = Number(row?.value);
    return Number.isFinite(value) && value > 0 ? value : DEFAULT_CACHE_CAP_BYTES;
  }

  /** Gives freed pages back to the disk so the file shrinks with the cache. */
  private releaseFreePages(): void {
    try {
      this.db.exec('PRAGMA incremental_vacuum');
    } catch (error) {
      this.log.warn('could not release free pages', { error });
    }
  }
}
