import { existsSync, openSync, readdirSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrate, MigrationChecksumError, StoreTooNewError } from '../../../src/main/store/migrate';
import { migrations, type Migration } from '../../../src/main/store/migrations';
import type { ProfileStore } from '../../../src/main/store';
import { useTempStores } from './temp-store';

const temp = useTempStores();

function addOutboxRow(store: ProfileStore, id: string) {
  store.db
    .prepare(
      `INSERT INTO outbox (id, batch_id, kind, endpoint, client_ref, request_json, state,
         attempts, created_at, updated_at)
       VALUES (?, 'b1', 'order.create', '/v2/alibaba/order/create', ?, '{}', 'sent', 1, 1, 1)`,
    )
    .run(id, `ref-${id}`);
}

function addBatch(store: ProfileStore) {
  store.db
    .prepare(
      "INSERT INTO batches (id, name, state, created_at, updated_at) VALUES ('b1', 'May', 'open', 1, 1)",
    )
    .run();
}

/** Overwrites the first page of a table with garbage, as a failing disk would. */
function smashTable(file: string, table: string) {
  const db = new DatabaseSync(file);
  const { rootpage } = db
    .prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?')
    .get(table) as { rootpage: number };
  const { page_size: pageSize } = db.prepare('PRAGMA page_size').get() as { page_size: number };
  db.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize);
  closeSync(fd);
}

describe('a profile store file', () => {
  it('opens well under 100 ms, in WAL mode, with its migrations recorded', () => {
    const file = join(temp.dir(), 'store.sqlite');
    temp.open({ file }).close();

    const started = performance.now();
    const store = temp.open({ file });
    const elapsed = performance.now() - started;

    expect(elapsed).toBeLessThan(100);
    expect(store.db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    const applied = store.db.prepare('SELECT version, checksum FROM schema_migrations').all();
    expect(applied).toHaveLength(migrations.length);
    expect(store.notice).toBeNull();
  });

  it('keeps the outbox and batches across restarts', () => {
    const file = join(temp.dir(), 'store.sqlite');
    const first = temp.open({ file });
    addBatch(first);
    addOutboxRow(first, 'o1');
    first.close();

    const again = temp.open({ file });
    expect(again.db.prepare('SELECT id FROM outbox').all()).toEqual([{ id: 'o1' }]);
  });

  it('moves a corrupted file aside, keeps working and carries the outbox over', () => {
    const dir = temp.dir();
    const file = join(dir, 'store.sqlite');
    const first = temp.open({ file });
    addBatch(first);
    addOutboxRow(first, 'o1');
    addOutboxRow(first, 'o2');
    first.cache.put('k1', 'alibaba.product.search', '{}', { page: 1 }, 1);
    first.close();
    smashTable(file, 'cache_entries');

    const notices: string[] = [];
    const store = temp.open({ file, onNotice: (notice) => notices.push(notice.message) });

    expect(notices).toHaveLength(1);
    expect(store.notice?.carriedOver).toMatchObject({ outbox: 2, batches: 1 });
    expect(store.db.prepare('SELECT id FROM outbox ORDER BY id').all()).toEqual([
      { id: 'o1' },
      { id: 'o2' },
    ]);
    expect(
      readdirSync(dir).some((name) => /^store\.sqlite\.corrupt-\d{8}T\d{6}Z$/.test(name)),
    ).toBe(true);
    store.cache.put('k2', 'alibaba.product.search', '{}', { page: 2 }, 2);
    expect(store.cache.get('k2')?.data).toEqual({ page: 2 });
  });

  it('replaces a file that is not a database at all, telling the user once', () => {
    const file = join(temp.dir(), 'store.sqlite');
    writeFileSync(file, 'this is not a database, it was overwritten by something else'.repeat(100));

    const store = temp.open({ file });
    expect(store.notice?.code).toBe('store.recovered');
    expect(store.notice?.message).toMatch(/damaged/);
    expect(existsSync(store.notice?.movedTo ?? '')).toBe(true);
    store.close();

    expect(temp.open({ file }).notice).toBeNull();
  });

  it('notices a migration whose text was changed after it was applied', () => {
    const file = join(temp.dir(), 'store.sqlite');
    const original: Migration[] = [
      { version: 1, name: 'one', sql: 'CREATE TABLE outbox (id TEXT PRIMARY KEY, note TEXT)' },
    ];
    const edited: Migration[] = [{ ...original[0]!, sql: `${original[0]!.sql} STRICT` }];

    const db = new DatabaseSync(file);
    migrate(db, original, () => 1);
    expect(() => migrate(db, edited, () => 2)).toThrow(MigrationChecksumError);
    db.close();
  });

  it('moves a store with an edited migration aside rather than trusting its schema', () => {
    const file = join(temp.dir(), 'store.sqlite');
    const store = temp.open({ file });
    addOutboxRow(store, 'o1');
    store.close();
    const edited = migrations.map((migration) =>
      migration.version === 1 ? { ...migration, sql: `${migration.sql}\n-- edited` } : migration,
    );

    const reopened = temp.open({ file, migrations: edited });
    expect(reopened.notice?.code).toBe('store.recovered');
    expect(reopened.db.prepare('SELECT id FROM outbox').all()).toEqual([{ id: 'o1' }]);
  });

  it('ignores line-ending differences in migration text', () => {
    const file = join(temp.dir(), 'store.sqlite');
    const db = new DatabaseSync(file);
    migrate(
      db,
      [{ version: 1, name: 'one', sql: 'CREATE TABLE a (x);\nCREATE TABLE b (y);' }],
      Date.now,
    );
    expect(
      migrate(
        db,
        [{ version: 1, name: 'one', sql: 'CREATE TABLE a (x);\r\nCREATE TABLE b (y);\r\n' }],
        Date.now,
      ),
    ).toEqual([]);
    db.close();
  });

  it('refuses a file from a newer build instead of moving it aside', () => {
    const file = join(temp.dir(), 'store.sqlite');
    temp.open({ file }).close();
    const db = new DatabaseSync(file);
    db.prepare(
      "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (99, 'future', 'x', 1)",
    ).run();
    db.close();

    expect(() => temp.open({ file })).toThrow(StoreTooNewError);
    expect(existsSync(file)).toBe(true);
  });

  it('applies only the migrations a file lacks', () => {
    const file = join(temp.dir(), 'store.sqlite');
    temp.open({ file }).close();
    const more: Migration[] = [
      ...migrations,
      { version: migrations.length + 1, name: 'extra', sql: 'ALTER TABLE batches ADD note TEXT' },
    ];
    const store = temp.open({ file, migrations: more });
    const columns = store.db.prepare('PRAGMA table_info(batches)').all() as Array<{ name: string }>;
    expect(columns.map((column) => column.name)).toContain('note');
    expect(store.notice).toBeNull();
  });
});
