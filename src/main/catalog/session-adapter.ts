import { BridgeError } from '../../shared/bridge/errors';
import type { Sourced } from '../../shared/bridge/sourced';
import type { MainContext } from '../context';
import type { CatalogSession, LocalAnswer, LocalQuery, ReadOptions } from './session-port';

/**
 * The shape of `ctx.session()` the catalog relies on (src/main/session.ts). Declared here
 * structurally so the catalog builds before and after the session lands; once it has, this
 * adapter is the only place that knows its names.
 */
interface ProfileSessionLike {
  read(endpoint: string, input: Record<string, unknown>, options?: ReadOptions): Promise<Sourced<unknown>>;
  readonly store?: { searchLocal?(query: LocalQuery): LocalAnswer };
}

type ContextWithSession = MainContext & { session?: () => Promise<ProfileSessionLike> };

export async function catalogSessionOf(ctx: MainContext): Promise<CatalogSession> {
  const open = (ctx as ContextWithSession).session;
  if (!open) {
    throw new BridgeError({ code: 'no_profile', message: 'No PandaPon profile is active.' });
  }
  const session = await open.call(ctx);
  return {
    read: (endpoint, input, options) => session.read(endpoint, input, options),
    searchLocal: (query) =>
      session.store?.searchLocal?.(query) ?? { items: [], total: 0, newestSeenAt: null },
  };
}
