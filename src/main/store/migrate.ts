import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Migration } from './migrations';

/** An applied migration's text differs from the one this build ships: someone edited history. */
export class MigrationChecksumError extends Error {
  constructor(
    readonly version: number,
    readonly recorded: string,
    readonly expected: string,
  ) {
    super(
      `Store migration ${version} was changed after it was applied ` +
        `(recorded ${recorded.slice(0, 12)}, this build has ${expected.slice(0, 12)}).`,
    );
    this.name = 'MigrationChecksumError';
  }
}

/** The file was written by a newer build; opening it here could damage it. */
export class StoreTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `This profile's store has schema version ${fileVersion}, newer than this build knows ` +
        `(${knownVersion}). Update PandaPon Desk to open it.`,
    );
    this.name = 'StoreTooNewError';
  }
}

/** Line endings and surrounding blanks do not count: a Windows checkout must not break files. */
export function migrationChecksum(sql: string): string {
  const normalised = sql.replace(/\r\n?/g, '\n').trim();
  return createHash('sha256').update(normalised).digest('hex');
}

interface AppliedRow {
  version: number;
  checksum: string;
}

/**
 * Applies the migrations a file lacks, each in its own transaction, after checking that the ones
 * it has are exactly the ones this build ships. Returns the versions applied now.
 */
export function migrate(db: DatabaseSync, list: readonly Migration[], now: () => number): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  ) STRICT`);

  const applied = db
    .prepare('SELECT version, checksum FROM schema_migrations ORDER BY version')
    .all() as unknown as AppliedRow[];
  const known = new Map(list.map((migration) => [migration.version, migration]));
  const newest = list.reduce((max, migration) => Math.max(max, migration.version), 0);

  for (const row of applied) {
    const migration = known.get(row.version);
    if (!migration) throw new StoreTooNewError(row.version, newest);
    const expected = migrationChecksum(migration.sql);
    if (expected !== row.checksum)
      throw new MigrationChecksumError(row.version, row.checksum, expected);
  }

  const done = new Set(applied.map((row) => row.version));
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)',
  );
  const appliedNow: number[] = [];
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    if (done.has(migration.version)) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, migrationChecksum(migration.sql), now());
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
    appliedNow.push(migration.version);
  }
  return appliedNow;
}
