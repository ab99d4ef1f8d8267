/**
 * The outbox: the only door for requests that move money (ARCHITECTURE rule 4).
 *
 *   const outbox = createOutbox({ db, client, log });
 *   await outbox.reconcilePending();                       // once, on start-up
 *   const record = await outbox.submit({ clientRef, endpoint: 'alibaba.order.batchCreate', input });
 *   record.state   // 'done' (record.orderIds) | 'failed' (record.error) | 'unknown' (offline look-up)
 *
 * `clientRef` is chosen once per user action (one checkout screen, one batch line); submitting it
 * again returns the stored record and never sends again. After a `failed` record the caller uses a
 * NEW reference to try again.
 */
export { createOutbox, OutboxRefusal, type Outbox, type OutboxOptions } from './outbox';
export { defaultMoneyEndpoints, type MoneyEndpoint } from './money-endpoints';
export { remarkForDisplay, referenceMarker } from './reference';
export type {
  IntentError,
  IntentKind,
  IntentState,
  OutboxClient,
  OutboxIntent,
  OutboxRecord,
} from './types';
