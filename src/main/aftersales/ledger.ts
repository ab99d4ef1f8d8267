import type { DatabaseSync } from 'node:sqlite';

/**
 * The local record of after-sales requests and shipment bookings (`reverse_submissions`) and of
 * every reverse-order status seen (`reverse_status_history`). A submission is written as
 * `sending` before its one request leaves; a repeated submit with the same client reference reads
 * this row and sends nothing.
 */
export type SubmissionState = 'sending' | 'unknown' | 'done' | 'failed';
export type SubmissionWhat = 'reverse' | 'shipment';

export interface Submission {
  readonly clientRef: string;
  readonly what: SubmissionWhat;
  readonly platform: string;
  readonly orderId: string;
  readonly lineIds: readonly string[];
  readonly title: string;
  readonly kind: string | null;
  readonly amountFen: number | null;
  readonly state: SubmissionState;
  /** The reverse order's `refundId`, or the shipment's id. */
  readonly resultId: string | null;
  readonly error: { code: string; message: string } | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type NewSubmission = Pick<
  Submission,
  'clientRef' | 'what' | 'platform' | 'orderId' | 'lineIds' | 'title' | 'kind' | 'amountFen'
>;

interface Row {
  client_ref: string;
  what: string;
  platform: string;
  order_id: string;
  line_ids_json: string;
  title: string;
  kind: string | null;
  amount_fen: number | null;
  state: string;
  result_id: string | null;
  error_json: string | null;
  created_at: string;
  updated_at: string;
}

function submissionOf(row: Row): Submission {
  return {
    clientRef: row.client_ref,
    what: row.what as SubmissionWhat,
    platform: row.platform,
    orderId: row.order_id,
    lineIds: JSON.parse(row.line_ids_json) as string[],
    title: row.title,
    kind: row.kind,
    amountFen: row.amount_fen,
    state: row.state as SubmissionState,
    resultId: row.result_id,
    error: row.error_json ? (JSON.parse(row.error_json) as Submission['error']) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface StatusSeen {
  readonly status: string;
  readonly rawStatus: string;
  readonly seenAt: string;
}

export class ReverseLedger {
  constructor(
    private readonly db: DatabaseSync,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(clientRef: string): Submission | null {
    const row = this.db
      .prepare('SELECT * FROM reverse_submissions WHERE client_ref = ?')
      .get(clientRef) as Row | undefined;
    return row ? submissionOf(row) : null;
  }

  /** Writes a new submission as `sending`; false when the reference is already known. */
  begin(entry: NewSubmission): boolean {
    const at = this.now().toISOString();
    const result = this.db
      .prepare(
        `INSERT OR IGNORE INTO reverse_submissions (client_ref, what, platform, order_id,
         line_ids_json, title, kind, amount_fen, state, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'sending', ?, ?)`,
      )
      .run(
        entry.clientRef,
        entry.what,
        entry.platform,
        entry.orderId,
        JSON.stringify(entry.lineIds),
        entry.title,
        entry.kind,
        entry.amountFen,
        at,
        at,
      );
    return Number(result.changes) === 1;
  }

  settle(
    clientRef: string,
    state: SubmissionState,
    outcome: { resultId?: string | null; error?: Submission['error'] } = {},
  ): Submission {
    this.db
      .prepare(
        `UPDATE reverse_submissions SET state = ?, result_id = COALESCE(?, result_id),
         error_json = ?, updated_at = ? WHERE client_ref = ?`,
      )
      .run(
        state,
        outcome.resultId ?? null,
        outcome.error ? JSON.stringify(outcome.error) : null,
        this.now().toISOString(),
        clientRef,
      );
    return this.get(clientRef)!;
  }

  list(filter: { what: SubmissionWhat; platform?: string }): Submission[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM reverse_submissions WHERE what = ? AND (? IS NULL OR platform = ?)
         ORDER BY created_at DESC LIMIT 500`,
      )
      .all(filter.what, filter.platform ?? null, filter.platform ?? null) as unknown as Row[];
    return rows.map(submissionOf);
  }

  /** Records a status the first time it is seen; returns the case's history, oldest first. */
  noteStatus(platform: string, refundId: string, status: string, rawStatus: string): StatusSeen[] {
    if (rawStatus) {
      this.db
        .prepare(
          `INSERT OR IGNORE INTO reverse_status_history (platform, refund_id, status, raw_status,
           seen_at) VALUES (?, ?, ?, ?, ?)`,
        )
        .run(platform, refundId, status, rawStatus, this.now().toISOString());
    }
    return this.history(platform, refundId);
  }

  history(platform: string, refundId: string): StatusSeen[] {
    const rows = this.db
      .prepare(
        `SELECT status, raw_status, seen_at FROM reverse_status_history
         WHERE platform = ? AND refund_id = ? ORDER BY seen_at, rowid`,
      )
      .all(platform, refundId) as unknown as {
      status: string;
      raw_status: string;
      seen_at: string;
    }[];
    return rows.map((row) => ({
      status: row.status,
      rawStatus: row.raw_status,
      seenAt: row.seen_at,
    }));
  }
}
