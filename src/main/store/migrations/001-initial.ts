/**
 * The first schema of a profile's store. Never edit this text once released: its checksum is
 * recorded in every profile file, and a changed text makes the store refuse the file.
 */
export const initialSchema = `
CREATE TABLE store_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE cache_entries (
  key TEXT PRIMARY KEY,
  endpoint TEXT NOT NULL,
  input_json TEXT NOT NULL,
  data_json TEXT NOT NULL,
  data_hash TEXT NOT NULL,
  fetched_at INTEGER NOT NULL,
  last_used_at INTEGER NOT NULL,
  bytes INTEGER NOT NULL
) STRICT;
CREATE INDEX cache_entries_last_used ON cache_entries (last_used_at);
CREATE INDEX cache_entries_endpoint ON cache_entries (endpoint);

CREATE TABLE products (
  platform TEXT NOT NULL,
  id TEXT NOT NULL,
  alt_id TEXT,
  title TEXT NOT NULL DEFAULT '',
  title_trans TEXT NOT NULL DEFAULT '',
  seller_id TEXT,
  seller_name TEXT NOT NULL DEFAULT '',
  price_fen INTEGER,
  image_url TEXT,
  monthly_sales INTEGER,
  repurchase_rate REAL,
  seen_at INTEGER NOT NULL,
  raw_json TEXT,
  search_ids TEXT NOT NULL DEFAULT '',
  UNIQUE (platform, id)
) STRICT;
CREATE INDEX products_alt_id ON products (alt_id);
CREATE INDEX products_seller ON products (seller_id);
CREATE INDEX products_seen ON products (seen_at);

CREATE VIRTUAL TABLE products_fts USING fts5 (
  title, title_trans, seller_name, search_ids,
  content = 'products', content_rowid = 'rowid',
  tokenize = 'trigram case_sensitive 0'
);
CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
  INSERT INTO products_fts (rowid, title, title_trans, seller_name, search_ids)
  VALUES (new.rowid, new.title, new.title_trans, new.seller_name, new.search_ids);
END;
CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
  INSERT INTO products_fts (products_fts, rowid, title, title_trans, seller_name, search_ids)
  VALUES ('delete', old.rowid, old.title, old.title_trans, old.seller_name, old.search_ids);
END;
CREATE TRIGGER products_fts_update AFTER UPDATE OF title, title_trans, seller_name, search_ids
ON products
WHEN old.title IS NOT new.title OR old.title_trans IS NOT new.title_trans
  OR old.seller_name IS NOT new.seller_name OR old.search_ids IS NOT new.search_ids
BEGIN
  INSERT INTO products_fts (products_fts, rowid, title, title_trans, seller_name, search_ids)
  VALUES ('delete', old.rowid, old.title, old.title_trans, old.seller_name, old.search_ids);
  INSERT INTO products_fts (rowid, title, title_trans, seller_name, search_ids)
  VALUES (new.rowid, new.title, new.title_trans, new.seller_name, new.search_ids);
END;

CREATE TABLE outbox (
  id TEXT PRIMARY KEY,
  batch_id TEXT,
  kind TEXT NOT NULL,
  endpoint TEXT NOT NULL,
  client_ref TEXT NOT NULL UNIQUE,
  request_json TEXT NOT NULL,
  state TEXT NOT NULL,
  response_json TEXT,
  error_json TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX outbox_state ON outbox (state);
CREATE INDEX outbox_batch ON outbox (batch_id);

CREATE TABLE batches (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  state TEXT NOT NULL,
  source_json TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE batch_lines (
  batch_id TEXT NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
  line_no INTEGER NOT NULL,
  state TEXT NOT NULL,
  input_json TEXT NOT NULL,
  resolved_json TEXT,
  outbox_id TEXT,
  error_json TEXT,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (batch_id, line_no)
) STRICT;
`;
