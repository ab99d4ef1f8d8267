import type { DatabaseSync } from 'node:sqlite';
import { BridgeError } from '../../shared/bridge/errors';
import type { MainContext } from '../context';
import { createOutbox, type Outbox } from '../outbox/outbox';
import type { OutboxClient } from '../outbox/types';
import { BatchRepo } from './batch-repo';
import { createBatchPorts } from './ports-from-services';
import { BatchService } from './service';

/**
 * The slice of the lead's `ctx.session()` (src/main/session.ts) the batch feature uses. Declared
 * here so this file builds before that lands; once MainContext carries `session`, it is read
 * from there unchanged.
 */
export interface BatchSession {
  readonly profile: { readonly id: string };
  readonly client: OutboxClient;
  readonly store: { readonly db: DatabaseSync };
  read(endpoint: string, input: unknown, opts?: unknown): Promise<{ readonly data: unknown }>;
  readonly outbox?: Outbox;
}

type SessionSource = { session?: () => Promise<BatchSession> };

const services = new WeakMap<DatabaseSync, BatchService>();

/** The batch service of the active profile, built once per profile store. */
export async function batchServiceFor(ctx: MainContext): Promise<BatchService> {
  const source = ctx as unknown as SessionSource;
  if (typeof source.session !== 'function') {
    throw new BridgeError({
      code: 'no_profile',
      message: 'Choose a profile before importing a batch.',
    });
  }
  const session = await source.session();
  const existing = services.get(session.store.db);
  if (existing) return existing;

  const log = ctx.log.child('batch');
  const outbox =
    session.outbox ?? createOutbox({ db: session.store.db, client: session.client, log });
  const ports = createBatchPorts({
    log,
    outbox,
    call: (endpoint, input) => session.client.call(endpoint, input),
    read: async (endpoint, input, options) =>
      (await session.read(endpoint, input, { refresh: options?.fresh === true })).data,
  });
  const service = new BatchService(new BatchRepo(session.store.db), ports, {
    onProgress: (progress) => ctx.events.emit('batch.progress', progress),
  });
  services.set(session.store.db, service);
  return service;
}

/**
 * Start-up hook: resumes every batch a previous run left sending. Call once after the active
 * profile's session is available (src/main/app.ts); it returns without waiting for the sends.
 */
export async function resumeBatches(ctx: MainContext): Promise<void> {
  try {
    const service = await batchServiceFor(ctx);
    const resumed = service.resumeAll();
    if (resumed.length) ctx.log.child('batch').info('batches resumed', { count: resumed.length });
  } catch (error) {
    ctx.log.child('batch').warn('batches not resumed', { error });
  }
}
