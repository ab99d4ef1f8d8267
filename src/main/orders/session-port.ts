import type { DatabaseSync } from 'node:sqlite';
import { BridgeError } from '../../shared/bridge/errors';
import type { Sourced } from '../../shared/bridge/sourced';
import type { MainContext } from '../context';
import type { Logger } from '../log';
import { createOutbox, type Outbox } from '../outbox';

/**
 * What carts, checkout and orders need from the active profile's session (`ctx.session()`):
 * cached reads, single calls for writes (the client never retries a money-moving one), the
 * profile's store file for the outbox, and the profile's own outbox.
 */
export interface ShopSession {
  readonly profileId: string;
  readonly demo: boolean;
  /** A cached read; `fresh` asks PandaPon now (and keeps the answer for offline use). */
  read(endpoint: string, input: object, options?: { fresh?: boolean }): Promise<Sourced<unknown>>;
  call(endpoint: string, input: object): Promise<unknown>;
  readonly outbox: Outbox;
}

/**
 * The shape of `ctx.session()` relied on (src/main/session.ts), declared structurally so this
 * builds before and after the session lands; this adapter is the only place that knows its names.
 */
interface ProfileSessionLike {
  readonly profile: { readonly id: string; readonly demo?: boolean };
  readonly client: { call(endpoint: string, input: never): Promise<unknown> };
  readonly store: { readonly db: DatabaseSync };
  read(endpoint: string, input: never, options?: { refresh?: boolean }): Promise<Sourced<unknown>>;
  /** The session's own outbox, shared with batches, so one store file has one outbox. */
  readonly outbox?: Outbox;
}

type ContextWithSession = MainContext & { session?: () => Promise<ProfileSessionLike> };

/** One outbox per store file, reconciled once when the profile is first used in this run. */
const outboxes = new WeakMap<DatabaseSync, Outbox>();

function outboxFor(session: ProfileSessionLike, log: Logger): Outbox {
  if (session.outbox) return session.outbox;
  const existing = outboxes.get(session.store.db);
  if (existing) return existing;
  const outbox = createOutbox({
    db: session.store.db,
    client: { call: (endpoint, input) => session.client.call(endpoint, input as never) },
    log,
  });
  outboxes.set(session.store.db, outbox);
  void outbox.reconcilePending().catch((error: unknown) => {
    log.warn('start-up reconciliation failed', { error });
  });
  return outbox;
}

export async function shopSessionOf(ctx: MainContext): Promise<ShopSession> {
  const open = (ctx as ContextWithSession).session;
  if (!open) {
    throw new BridgeError({ code: 'no_profile', message: 'No PandaPon profile is active.' });
  }
  const session = await open.call(ctx);
  return {
    profileId: session.profile.id,
    demo: session.profile.demo === true,
    read: (endpoint, input, options) =>
      session.read(endpoint, input as never, { refresh: options?.fresh === true }),
    call: (endpoint, input) => session.client.call(endpoint, input as never),
    outbox: outboxFor(session, ctx.log),
  };
}
