import { randomBytes, randomUUID } from 'node:crypto';
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { ColumnMapping } from '../../shared/batch/columns';
import {
  emptyCounts,
  LINE_STATES,
  type BatchLineView,
  type BatchState,
  type BatchSummary,
  type LineReason,
  type LineState,
  type SkuChoice,
} from '../../shared/batch/types';
import type { BatchRowDraft, LineAddress } from '../../shared/batch/validate-row';
import { addLineColumns, BATCH_MIGRATION_SQL } from './migration';

/** Column names of `batch_run_lines` that `updateLine` may set. */
export interface LinePatch {
  state?: LineState;
  reason?: LineReason | null;
  reason_detail?: string | null;
  candidates_json?: string | null;
  platform?: string | null;
  product_id?: string | null;
  seller_id?: string | null;
  seller_name?: string | null;
  title?: string | null;
  title_trans?: string | null;
  mp_id?: string | null;
  mp_sku_id?: string | null;
  sku_id?: string | null;
  sku_label?: string | null;
  unit_price_fen?: number | null;
  confirmed_price_fen?: number | null;
  client_ref?: string | null;
  order_id?: string | null;
  error?: string | null;
  product_text?: string;
  sku_text?: string;
  quantity?: number;
  note?: string;
  customer_ref?: string;
}

type Row = Record<string, SQLInputValue>;

const now = () => new Date().toISOString();

/** Short and unambiguous: it travels in the order remark, where a person may have to read it. */
function newBatchRef(): string {
  return `PPD${randomBytes(5).toString('hex').toUpperCase()}`;
}

/**
 * One reference per send attempt of a line. All have the same length, so no reference is the
 * prefix of another: the order lookup matches the remark by substring.
 */
export function lineClientRef(batchRef: string, lineNo: number, attempt = 1): string {
  return `${batchRef}-${String(lineNo).padStart(5, '0')}-${attempt}`;
}

export const MAX_SEND_ATTEMPTS = 9;

/** The reference of a batch's n-th payment submission (PAY1, PAY2, … as new orders are paid). */
export function paymentRef(batchRef: string, number: number): string {
  return `${batchRef}-PAY${number}`;
}

export function attemptOf(clientRef: string): number {
  return Number(clientRef.slice(-1)) || 1;
}

/**
 * The line a reference was made for: a seller's lines to one address share the reference of
 * their first line, as they go out as one order.
 */
export function leadLineOf(clientRef: string): number {
  return Number(clientRef.slice(-7, -2));
}

/**
 * A line's `order_id`: the order its group became, or (should PandaPon ever split one request)
 * every order of the group, comma-separated, as the export shows them.
 */
export function orderIdsText(orderIds: readonly string[]): string {
  return orderIds.join(',');
}

export function orderIdsOfText(text: unknown): string[] {
  return String(text ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

/** The batch reference a line reference starts with. */
export function batchRefOf(clientRef: string): string {
  return clientRef.slice(0, clientRef.length - 8);
}

/** The durable part of a batch: every read and write of its rows goes through here. */
export class BatchRepo {
  constructor(readonly db: DatabaseSync) {
    db.exec(BATCH_MIGRATION_SQL);
    addLineColumns(db);
  }

  transaction<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  createBatch(sourceName: string): string {
    const id = randomUUID();
    const at = now();
    this.db
      .prepare(
        `INSERT INTO batch_runs (id, client_ref, source_name, state, created_at, updated_at)
         VALUES (?, ?, ?, 'draft', ?, ?)`,
      )
      .run(id, newBatchRef(), sourceName.slice(0, 200), at, at);
    return id;
  }

  /**
   * Adds rows, skipping any whose customer reference (or, without one, whose row content) the
   * batch already holds, so importing the same file twice adds nothing. Returns the new line numbers.
   */
  addRows(batchId: string, drafts: readonly { draft: BatchRowDraft; problem: string | null }[]) {
    return this.transaction(() => {
      const next = this.db
        .prepare(
          'SELECT COALESCE(MAX(line_no), 0) + 1 AS next FROM batch_run_lines WHERE batch_id = ?',
        )
        .get(batchId) as { next: number };
      let lineNo = next.next;
      const added: number[] = [];
      let duplicates = 0;
      const insert = this.db.prepare(
        `INSERT OR IGNORE INTO batch_run_lines (batch_id, line_no, row_number, dedupe_key,
           customer_ref, product_text, sku_text, quantity, note, address_json, state, reason,
           reason_detail, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const { draft, problem } of drafts) {
        const key = draft.customerRef
          ? `ref:${draft.customerRef}`
          : `row:${draft.product}|${draft.sku}|${draft.quantity}|${draft.note}|${draft.rowNumber}`;
        const result = insert.run(
          batchId,
          lineNo,
          draft.rowNumber,
          key,
          draft.customerRef,
          draft.product,
          draft.sku,
          draft.quantity,
          draft.note,
          draft.address ? JSON.stringify(draft.address) : null,
          // A good row waits as "lookup_failed" until resolved, so a crash mid-resolution leaves
          // it to be looked up again, never "ready" without a product.
          'needs_attention',
          problem ? 'bad_row' : 'lookup_failed',
          problem ?? 'not looked up yet',
          now(),
        );
        if (Number(result.changes) === 1) added.push(lineNo++);
        else duplicates++;
      }
      this.touch(batchId);
      return { added, duplicates };
    });
  }

  touch(batchId: string, state?: BatchState): void {
    if (state) {
      this.db
        .prepare('UPDATE batch_runs SET state = ?, updated_at = ? WHERE id = ?')
        .run(state, now(), batchId);
    } else {
      this.db.prepare('UPDATE batch_runs SET updated_at = ? WHERE id = ?').run(now(), batchId);
    }
  }

  batchRow(batchId: string): Row | undefined {
    return this.db.prepare('SELECT * FROM batch_runs WHERE id = ?').get(batchId) as Row | undefined;
  }

  summary(batchId: string): BatchSummary | null {
    const row = this.batchRow(batchId);
    if (!row) return null;
    const counts = this.counts(batchId);
    return {
      id: String(row.id),
      clientRef: String(row.client_ref),
      sourceName: String(row.source_name),
      state: row.state as BatchState,
      createdAt: String(row.created_at),
      updatedAt: String(row.updated_at),
      counts,
      total: Object.values(counts).reduce((sum, count) => sum + count, 0),
      hasAddress: row.address_json !== null,
    };
  }

  listBatches(): BatchSummary[] {
    const rows = this.db
      .prepare('SELECT id FROM batch_runs ORDER BY created_at DESC LIMIT 50')
      .all();
    return rows.map((row) => this.summary(String(row.id))).filter((item) => item !== null);
  }

  batchesInState(state: BatchState): string[] {
    return this.db
      .prepare('SELECT id FROM batch_runs WHERE state = ?')
      .all(state)
      .map((row) => String(row.id));
  }

  counts(batchId: string): Record<LineState, number> {
    const counts = emptyCounts();
    const rows = this.db
      .prepare('SELECT state, COUNT(*) AS n FROM batch_run_lines WHERE batch_id = ? GROUP BY state')
      .all(batchId);
    for (const row of rows) {
      const state = row.state as LineState;
      if (LINE_STATES.includes(state)) counts[state] = Number(row.n);
    }
    return counts;
  }

  setAddress(batchId: string, address: LineAddress | null): void {
    this.db
      .prepare('UPDATE batch_runs SET address_json = ?, updated_at = ? WHERE id = ?')
      .run(address ? JSON.stringify(address) : null, now(), batchId);
  }

  batchAddress(batchId: string): LineAddress | null {
    const row = this.batchRow(batchId);
    return row?.address_json ? (JSON.parse(String(row.address_json)) as LineAddress) : null;
  }

  setPreview(batchId: string, preview: unknown): void {
    this.db
      .prepare('UPDATE batch_runs SET preview_json = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(preview), now(), batchId);
  }

  lineRows(batchId: string, states?: readonly LineState[]): Row[] {
    if (!states) {
      return this.db
        .prepare('SELECT * FROM batch_run_lines WHERE batch_id = ? ORDER BY line_no')
        .all(batchId) as Row[];
    }
    const marks = states.map(() => '?').join(',');
    return this.db
      .prepare(
        `SELECT * FROM batch_run_lines WHERE batch_id = ? AND state IN (${marks}) ORDER BY line_no`,
      )
      .all(batchId, ...states) as Row[];
  }

  lineRow(batchId: string, lineNo: number): Row | undefined {
    return this.db
      .prepare('SELECT * FROM batch_run_lines WHERE batch_id = ? AND line_no = ?')
      .get(batchId, lineNo) as Row | undefined;
  }

  updateLine(batchId: string, lineNo: number, patch: LinePatch): void {
    const keys = Object.keys(patch) as (keyof LinePatch)[];
    if (keys.length === 0) return;
    const sets = keys.map((key) => `${key} = ?`).join(', ');
    const values = keys.map((key) => (patch[key] ?? null) as SQLInputValue);
    this.db
      .prepare(
        `UPDATE batch_run_lines SET ${sets}, updated_at = ? WHERE batch_id = ? AND line_no = ?`,
      )
      .run(...values, now(), batchId, lineNo);
  }

  /** A customer reference already ordered by another batch: importing it again would duplicate. */
  orderedElsewhere(batchId: string, customerRef: string): string | null {
    if (!customerRef) return null;
    const row = this.db
      .prepare(
        `SELECT order_id FROM batch_run_lines WHERE customer_ref = ? AND batch_id <> ?
           AND state IN ('queued', 'sending', 'unknown', 'created') LIMIT 1`,
      )
      .get(customerRef, batchId);
    return row ? String(row.order_id ?? 'pending') : null;
  }

  saveLayout(signature: string, mapping: ColumnMapping): void {
    this.db
      .prepare(
        `INSERT INTO batch_layouts (signature, mapping_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (signature) DO UPDATE SET mapping_json = excluded.mapping_json,
           updated_at = excluded.updated_at`,
      )
      .run(signature, JSON.stringify(mapping), now());
  }

  savedLayout(signature: string): ColumnMapping | null {
    const row = this.db
      .prepare('SELECT mapping_json FROM batch_layouts WHERE signature = ?')
      .get(signature);
    return row ? (JSON.parse(String(row.mapping_json)) as ColumnMapping) : null;
  }
}

export function toLineView(row: Row): BatchLineView {
  const text = (key: string) =>
    row[key] === null || row[key] === undefined ? null : String(row[key]);
  const number = (key: string) =>
    row[key] === null || row[key] === undefined ? null : Number(row[key]);
  return {
    lineNo: Number(row.line_no),
    rowNumber: Number(row.row_number),
    customerRef: String(row.customer_ref),
    productText: String(row.product_text),
    skuText: String(row.sku_text),
    quantity: Number(row.quantity),
    note: String(row.note),
    state: row.state as LineState,
    reason: text('reason') as LineReason | null,
    reasonDetail: text('reason_detail'),
    candidates: row.candidates_json ? (JSON.parse(String(row.candidates_json)) as SkuChoice[]) : [],
    platform: text('platform') as '1688' | 'taobao' | null,
    productId: text('product_id'),
    sellerId: text('seller_id'),
    sellerName: text('seller_name'),
    title: text('title'),
    titleTranslated: text('title_trans'),
    skuId: text('sku_id'),
    skuLabel: text('sku_label'),
    unitPriceFen: number('unit_price_fen'),
    orderId: text('order_id'),
    error: text('error'),
    hasOwnAddress: row.address_json !== null && row.address_json !== undefined,
  };
}
