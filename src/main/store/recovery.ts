import { existsSync, renameSync } from 'node:fs';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';

/**
 * What a broken store file still gives back. Only the tables that record money-moving intent are
 * rescued (the outbox and batches); the cache and the product index rebuild themselves as the
 * agent works.
 */
export const RESCUED_TABLES = ['outbox', 'batches', 'batch_lines'] as const;
export type RescuedTable = (typeof RESCUED_TABLES)[number];

export type RescuedRows = Record<RescuedTable, Array<Record<string, SQLInputValue>>>;
export type RescueCounts = Record<RescuedTable, number>;

/** Reads every row that can still be read; a table that breaks mid-way keeps the rows before. */
export function rescueRows(file: string): { rows: RescuedRows; unreadable: RescuedTable[] } {
  const rows: RescuedRows = { outbox: [], batches: [], batch_lines: [] };
  const unreadable: RescuedTable[] = [];
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file);
  } catch {
    return { rows, unreadable: [...RESCUED_TABLES] };
  }
  try {
    for (const table of RESCUED_TABLES) {
      try {
        for (const row of db.prepare(`SELECT * FROM ${table}`).iterate()) {
          rows[table].push(row as Record<string, SQLInputValue>);
        }
      } catch {
        unreadable.push(table);
      }
    }
  } finally {
    try {
      db.close();
    } catch {
      // Closing a broken file can fail too; the file is moved aside next either way.
    }
  }
  return { rows, unreadable };
}

/** Writes rescued rows into a fresh store, keeping only the columns the fresh schema has. */
export function restoreRows(db: DatabaseSync, rows: RescuedRows): RescueCounts {
  const counts: RescueCounts = { outbox: 0, batches: 0, batch_lines: 0 };
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const table of ['batches', 'batch_lines', 'outbox'] as const) {
      const columns = new Set(
        (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map(
          (column) => column.name,
        ),
      );
      for (const row of rows[table]) {
        const names = Object.keys(row).filter((name) => columns.has(name));
        if (names.length === 0) continue;
        const sql =
          `INSERT OR IGNORE INTO ${table} (${names.map((name) => `"${name}"`).join(', ')}) ` +
          `VALUES (${names.map(() => '?').join(', ')})`;
        try {
          const result = db.prepare(sql).run(...names.map((name) => row[name] ?? null));
          counts[table] += Number(result.changes);
        } catch {
          // A row that no longer fits the schema (a missing required value) is left behind in
          // the moved-aside file, which is kept for support.
        }
      }
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  return counts;
}

/** Renames the file (and its WAL companions) to `<name>.corrupt-<timestamp>`, kept for support. */
export function moveAside(file: string, now: number): string {
  const stamp = new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  let target = `${file}.corrupt-${stamp}`;
  for (let attempt = 2; existsSync(target); attempt++)
    target = `${file}.corrupt-${stamp}-${attempt}`;

  if (existsSync(file)) renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}
