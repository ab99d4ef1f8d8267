/**
 * The batch runner's own tables. `batch_runs` is one imported spreadsheet job, `batch_run_lines`
 * its lines with what the resolver found and what submitting did, `batch_layouts` the saved column
 * mapping per file layout. The money-moving state itself lives in the outbox; a line only points at
 * its outbox entry by client reference.
 */
export const BATCH_MIGRATION_SQL = `
CREATE TABLE IF NOT EXISTS batch_runs (
  id TEXT PRIMARY KEY,
  client_ref TEXT NOT NULL UNIQUE,
  source_name TEXT NOT NULL,
  state TEXT NOT NULL,
  address_json TEXT,
  preview_json TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS batch_run_lines (
  batch_id TEXT NOT NULL REFERENCES batch_runs(id) ON DELETE CASCADE,
  line_no INTEGER NOT NULL,
  row_number INTEGER NOT NULL,
  dedupe_key TEXT NOT NULL,
  customer_ref TEXT NOT NULL,
  product_text TEXT NOT NULL,
  sku_text TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  note TEXT NOT NULL,
  address_json TEXT,
  state TEXT NOT NULL,
  reason TEXT,
  reason_detail TEXT,
  candidates_json TEXT,
  platform TEXT,
  product_id TEXT,
  seller_id TEXT,
  seller_name TEXT,
  title TEXT,
  sku_id TEXT,
  sku_label TEXT,
  unit_price_fen INTEGER,
  confirmed_price_fen INTEGER,
  client_ref TEXT,
  order_id TEXT,
  error TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (batch_id, line_no),
  UNIQUE (batch_id, dedupe_key)
);
CREATE INDEX IF NOT EXISTS batch_run_lines_state ON batch_run_lines (batch_id, state);
CREATE INDEX IF NOT EXISTS batch_run_lines_customer ON batch_run_lines (customer_ref);
CREATE TABLE IF NOT EXISTS batch_layouts (
  signature TEXT PRIMARY KEY,
  mapping_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`;

/**
 * Columns added after the first release of the batch tables, with what they hold: the translated
 * title (the UI shows the original to Chinese readers and the translation to everyone else) and
 * the distribution ids a Taobao order names every line by. `ALTER TABLE` has no `IF NOT EXISTS`,
 * so each is added only when the table lacks it.
 */
const ADDED_LINE_COLUMNS = ['title_trans', 'mp_id', 'mp_sku_id'] as const;

export function addLineColumns(db: {
  exec(sql: string): void;
  prepare(sql: string): { all(): unknown[] };
}): void {
  const present = new Set(
    db
      .prepare('PRAGMA table_info(batch_run_lines)')
      .all()
      .map((column) => String((column as { name: unknown }).name)),
  );
  for (const column of ADDED_LINE_COLUMNS) {
    if (!present.has(column)) db.exec(`ALTER TABLE batch_run_lines ADD COLUMN ${column} TEXT`);
  }
}
