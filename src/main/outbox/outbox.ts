import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from '../log';
import { describeFailure, isDefinitelyNotApplied } from './failures';
import { defaultMoneyEndpoints, type MoneyEndpoint } from './money-endpoints';
import { OutboxTable, type StoredIntent } from './outbox-table';
import type { OutboxClient, OutboxIntent, OutboxRecord } from './types';

/**
 * The durable path of every money-moving request (ARCHITECTURE rule 4).
 *
 *  1. `submit` writes the intent to SQLite as `pending` BEFORE anything is sent; the same
 *     client reference a second time returns the stored record and sends nothing.
 *  2. It sends once, with the reference written into the order remark.
 *  3. An uncertain outcome (timeout, lost answer, unreadable answer, crash) marks it `unknown`;
 *     reconciliation then looks the order up by its remark. Found: `done`. Not found: `failed`
 *     with code `not_created`, so the user (or the batch) decides to send again under a NEW
 *     reference. The outbox itself never sends the same intent twice.
 *  4. `done` records the order ids; `failed` records the error.
 */
export interface Outbox {
  submit(intent: OutboxIntent): Promise<OutboxRecord>;
  /** Settles intents a previous run left `pending`, `sending` or `unknown`; call on start-up. */
  reconcilePending(): Promise<OutboxRecord[]>;
  /** Settles one `unknown` intent now (the user pressed "check again"). */
  reconcile(clientRef: string): Promise<OutboxRecord | null>;
  get(clientRef: string): OutboxRecord | null;
  list(filter?: { batchId?: string; limit?: number }): OutboxRecord[];
}

export interface OutboxOptions {
  readonly db: DatabaseSync;
  readonly client: OutboxClient;
  readonly log: Logger;
  readonly now?: () => Date;
  /** Money-moving endpoints by catalogue name; defaults to the ones this app uses. */
  readonly endpoints?: Readonly<Record<string, MoneyEndpoint>>;
}

const REF_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export class OutboxRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutboxRefusal';
  }

  toBridgeError() {
    return { code: 'bad_input' as const, message: this.message };
  }
}

/** Strips the stored request (it may hold an address) before a record leaves the outbox. */
function publicRecord(stored: StoredIntent): OutboxRecord {
  const { input: _input, ...record } = stored;
  return record;
}

export function createOutbox(options: OutboxOptions): Outbox {
  const log = options.log.child('outbox');
  const table = new OutboxTable(options.db, options.now ?? (() => new Date()));
  const endpoints = options.endpoints ?? defaultMoneyEndpoints;
  /** Sends and reconciliations under way in this process, so a second caller waits for them. */
  const inFlight = new Map<string, Promise<OutboxRecord>>();

  function endpointOf(name: string): MoneyEndpoint {
    const endpoint = endpoints[name];
    if (!endpoint)
      throw new OutboxRefusal(`"${name}" is not a money-moving endpoint the outbox knows.`);
    return endpoint;
  }

  function once(clientRef: string, work: () => Promise<OutboxRecord>): Promise<OutboxRecord> {
    const running = inFlight.get(clientRef);
    if (running) return running;
    const promise = work().finally(() => inFlight.delete(clientRef));
    inFlight.set(clientRef, promise);
    return promise;
  }

  async function send(stored: StoredIntent): Promise<OutboxRecord> {
    const endpoint = endpointOf(stored.endpoint);
    if (!table.claimForSending(stored.clientRef, ['pending'])) {
      return publicRecord(table.get(stored.clientRef)!);
    }
    const ids = { clientRef: stored.clientRef, endpoint: stored.endpoint, batchId: stored.batchId };
    log.info('intent sending', ids);

    let output: unknown;
    try {
      output = await options.client.call(
        stored.endpoint,
        endpoint.withReference(stored.input, stored.clientRef),
      );
    } catch (error) {
      const failure = describeFailure(error);
      if (isDefinitelyNotApplied(error)) {
        table.markFailed(stored.clientRef, failure);
        log.info('intent failed', { ...ids, code: failure.code, requestId: failure.requestId });
        return publicRecord(table.get(stored.clientRef)!);
      }
      table.markUnknown(stored.clientRef, failure);
      log.warn('intent outcome unknown', { ...ids, code: failure.code });
      return settle(table.get(stored.clientRef)!);
    }

    const orderIds = endpoint.orderIdsOf(output, stored.input);
    table.markDone(stored.clientRef, orderIds, output);
    log.info('intent done', { ...ids, orderIds: orderIds.join(',') });
    return publicRecord(table.get(stored.clientRef)!);
  }

  /** Looks up what PandaPon did with an intent whose answer never arrived. */
  async function settle(stored: StoredIntent): Promise<OutboxRecord> {
    const endpoint = endpointOf(stored.endpoint);
    const ids = { clientRef: stored.clientRef, endpoint: stored.endpoint, batchId: stored.batchId };
    if (stored.state === 'pending') {
      // Written but never claimed for sending: nothing left this machine.
      table.markFailed(stored.clientRef, {
        code: 'not_created',
        message: 'The request was never sent; nothing was ordered or paid.',
      });
      return publicRecord(table.get(stored.clientRef)!);
    }
    if (stored.state !== 'sending') table.markUnknown(stored.clientRef, stored.error!);
    else table.markUnknown(stored.clientRef, { code: 'outcome_unknown', message: 'interrupted' });

    let found: Awaited<ReturnType<MoneyEndpoint['findOutcome']>>;
    try {
      found = await endpoint.findOutcome(
        options.client,
        stored.clientRef,
        stored.input,
        new Date(stored.createdAt),
      );
    } catch (error) {
      // The look-up itself failed (offline): stay `unknown`, try again later. Never resend.
      log.warn('reconcile look-up failed', { ...ids, code: describeFailure(error).code });
      return publicRecord(table.get(stored.clientRef)!);
    }

    if (found) {
      table.markDone(stored.clientRef, found.orderIds, found.result);
      log.info('intent reconciled as done', { ...ids, orderIds: found.orderIds.join(',') });
    } else {
      table.markFailed(stored.clientRef, {
        code: 'not_created',
        message: 'PandaPon has no record of this request; nothing was ordered or paid.',
      });
      log.info('intent reconciled as not created', ids);
    }
    return publicRecord(table.get(stored.clientRef)!);
  }

  return {
    async submit(intent) {
      if (!REF_PATTERN.test(intent.clientRef)) {
        throw new OutboxRefusal('A client reference is 8–64 letters, digits, "-" or "_".');
      }
      const endpoint = endpointOf(intent.endpoint);
      return once(intent.clientRef, async () => {
        const inserted = table.insert({
          clientRef: intent.clientRef,
          endpoint: intent.endpoint,
          kind: endpoint.kind,
          batchId: intent.batchId ?? null,
          input: intent.input,
        });
        const stored = table.get(intent.clientRef)!;
        if (inserted) return send(stored);

        log.info('intent already known', { clientRef: intent.clientRef, state: stored.state });
        if (stored.endpoint !== intent.endpoint) {
          throw new OutboxRefusal('This client reference was already used for another request.');
        }
        if (stored.state === 'done' || stored.state === 'failed') return publicRecord(stored);
        // Written but never sent (a crash before sending): sending it now is its first send.
        if (stored.state === 'pending') return send(stored);
        // Sent by an earlier run with no answer: find out what happened; never send it again.
        return settle(stored);
      });
    },

    async reconcilePending() {
      const unsettled = table.unsettled().filter((stored) => !inFlight.has(stored.clientRef));
      if (unsettled.length) log.info('reconciling unsettled intents', { count: unsettled.length });
      const settled: OutboxRecord[] = [];
      for (const stored of unsettled) {
        settled.push(await once(stored.clientRef, () => settle(stored)));
      }
      return settled;
    },

    async reconcile(clientRef) {
      const stored = table.get(clientRef);
      if (!stored) return null;
      if (stored.state === 'done' || stored.state === 'failed') return publicRecord(stored);
      return once(clientRef, () => settle(stored));
    },

    get(clientRef) {
      const stored = table.get(clientRef);
      return stored ? publicRecord(stored) : null;
    },

    list(filter) {
      return table.list(filter).map(publicRecord);
    },
  };
}
