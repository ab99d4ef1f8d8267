import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { IntentError, IntentKind, IntentState, OutboxRecord } from './types';

/**
 * Reads and writes outbox rows. Every state change is one UPDATE guarded by the state it leaves,
 * so two callers racing over the same intent cannot both move it to `sending`.
 */

/** A row of the store's `outbox` table (migration 1); `id` is the client reference. */
interface Row {
  id: string;
  client_ref: string;
  endpoint: string;
  kind: string;
  batch_id: string | null;
  state: string;
  attempts: number;
  request_json: string;
  /** `{ orderIds, result }` once the intent is done. */
  response_json: string | null;
  error_json: string | null;
  created_at: number;
  updated_at: number;
}

const responseSchema = z.object({ orderIds: z.array(z.string()), result: z.unknown() });

const errorSchema = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.string().optional(),
});

function parseJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

function toRecord(row: Row): OutboxRecord & { readonly input: unknown } {
  const response =
    row.response_json === null ? null : responseSchema.parse(parseJson(row.response_json));
  return {
    clientRef: row.client_ref,
    endpoint: row.endpoint,
    kind: row.kind as IntentKind,
    batchId: row.batch_id,
    state: row.state as IntentState,
    attempts: row.attempts,
    input: parseJson(row.request_json),
    orderIds: response?.orderIds ?? [],
    result: response?.result ?? null,
    error: row.error_json === null ? null : errorSchema.parse(parseJson(row.error_json)),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export type StoredIntent = ReturnType<typeof toRecord>;

export class OutboxTable {
  constructor(
    private readonly db: DatabaseSync,
    private readonly now: () => Date,
  ) {}

  get(clientRef: string): StoredIntent | null {
    const row = this.db.prepare('SELECT * FROM outbox WHERE client_ref = ?').get(clientRef);
    return row ? toRecord(row as unknown as Row) : null;
  }

  /** Writes a new intent as `pending`; returns false when the reference already exists. */
  insert(intent: {
    clientRef: string;
    endpoint: string;
    kind: IntentKind;
    batchId: string | null;
    input: unknown;
  }): boolean {
    const at = this.now().getTime();
    const outcome = this.db
      .prepare(
        `INSERT OR IGNORE INTO outbox
           (id, client_ref, endpoint, kind, batch_id, state, attempts, request_json, created_at,
            updated_at)
         VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)`,
      )
      .run(
        intent.clientRef,
        intent.clientRef,
        intent.endpoint,
        intent.kind,
        intent.batchId,
        JSON.stringify(intent.input),
        at,
        at,
      );
    return outcome.changes === 1;
  }

  /** Moves an intent from one of `from` to `sending` and counts the attempt; false if it moved on. */
  claimForSending(clientRef: string, from: readonly IntentState[]): boolean {
    const placeholders = from.map(() => '?').join(', ');
    const outcome = this.db
      .prepare(
        `UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?
         WHERE client_ref = ? AND state IN (${placeholders})`,
      )
      .run(this.now().getTime(), clientRef, ...from);
    return outcome.changes === 1;
  }

  markUnknown(clientRef: string, error: IntentError): void {
    this.update(clientRef, 'unknown', { error });
  }

  markDone(clientRef: string, orderIds: readonly string[], result: unknown): void {
    this.update(clientRef, 'done', { orderIds, result, error: null });
  }

  markFailed(clientRef: string, error: IntentError): void {
    this.update(clientRef, 'failed', { error });
  }

  /** Intents a previous run left without a final state. */
  unsettled(): StoredIntent[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM outbox WHERE state IN ('pending', 'sending', 'unknown')
         ORDER BY created_at`,
      )
      .all();
    return rows.map((row) => toRecord(row as unknown as Row));
  }

  list(filter: { batchId?: string; limit?: number } = {}): StoredIntent[] {
    const limit = filter.limit ?? 200;
    const rows =
      filter.batchId === undefined
        ? this.db.prepare('SELECT * FROM outbox ORDER BY created_at DESC LIMIT ?').all(limit)
        : this.db
            .prepare(`SELECT * FROM outbox WHERE batch_id = ? ORDER BY created_at DESC LIMIT ?`)
            .all(filter.batchId, limit);
    return rows.map((row) => toRecord(row as unknown as Row));
  }

  private update(
    clientRef: string,
    state: IntentState,
    fields: { orderIds?: readonly string[]; result?: unknown; error?: IntentError | null },
  ): void {
    const response =
      fields.orderIds === undefined
        ? null
        : JSON.stringify({ orderIds: fields.orderIds, result: fields.result ?? null });
    this.db
      .prepare(
        `UPDATE outbox SET state = ?, response_json = COALESCE(?, response_json),
           error_json = CASE WHEN ? THEN ? ELSE error_json END, updated_at = ?
         WHERE client_ref = ?`,
      )
      .run(
        state,
        response,
        fields.error === undefined ? 0 : 1,
        fields.error ? JSON.stringify(fields.error) : null,
        this.now().getTime(),
        clientRef,
      );
  }
}
