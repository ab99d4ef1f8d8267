/**
 * The outbox's vocabulary. An intent is one money-moving request (create order(s), submit orders
 * for payment) identified by a client reference the caller chooses once per user action.
 */

/** Where an intent stands. Only `done` and `failed` are final. */
export type IntentState = 'pending' | 'sending' | 'unknown' | 'done' | 'failed';

export type IntentKind = 'order' | 'payment';

export interface IntentError {
  readonly code: string;
  readonly message: string;
  readonly requestId?: string;
}

export interface OutboxIntent {
  /** Chosen by the caller once per user action; at most 64 characters of [A-Za-z0-9_-]. */
  readonly clientRef: string;
  /** A money-moving endpoint of the catalogue that the outbox knows (see `money-endpoints.ts`). */
  readonly endpoint: string;
  /** The request body as the catalogue declares it; the outbox adds the reference to it. */
  readonly input: unknown;
  readonly batchId?: string;
}

export interface OutboxRecord {
  readonly clientRef: string;
  readonly endpoint: string;
  readonly kind: IntentKind;
  readonly batchId: string | null;
  readonly state: IntentState;
  /** How many times the request was actually sent (0 or 1 in normal operation). */
  readonly attempts: number;
  /** Orders the intent created or paid, once known. */
  readonly orderIds: readonly string[];
  /** The endpoint's answer (or what reconciliation found), for the caller to read. */
  readonly result: unknown;
  readonly error: IntentError | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The part of the PandaPon client the outbox needs: one call, never retried by the client. */
export interface OutboxClient {
  call(endpoint: string, input: unknown): Promise<unknown>;
}
