/**
 * After-sales and shipment tables. `reverse_submissions` records every reverse-order request and
 * international shipment booking BEFORE it is sent, so a repeated click or a crash never files it
 * twice; for 1688, which has no reverse-order list, it is also the only list of the cases this app
 * filed. `reverse_status_history` keeps each status the app saw, since PandaPon returns only the
 * current one.
 */
export const AFTERSALES_MIGRATION_SQL = `
CREATE TABLE IF NOT EXISTS reverse_submissions (
  client_ref TEXT PRIMARY KEY,
  what TEXT NOT NULL,
  platform TEXT NOT NULL,
  order_id TEXT NOT NULL,
  line_ids_json TEXT NOT NULL,
  title TEXT NOT NULL,
  kind TEXT,
  amount_fen INTEGER,
  state TEXT NOT NULL,
  result_id TEXT,
  error_json TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS reverse_submissions_order ON reverse_submissions (platform, order_id);
CREATE TABLE IF NOT EXISTS reverse_status_history (
  platform TEXT NOT NULL,
  refund_id TEXT NOT NULL,
  status TEXT NOT NULL,
  raw_status TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (platform, refund_id, raw_status)
) STRICT;
`;
