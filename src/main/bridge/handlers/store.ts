import type { storeCalls } from '../../../shared/bridge/calls/store';
import { BridgeError } from '../../../shared/bridge/errors';
import type { MainContext } from '../../context';
import type { ProfileStore } from '../../store';
import type { DomainHandlers } from './types';

/** The store of the active profile, or a clear error when no profile is open yet. */
function activeStore(ctx: Pick<MainContext, 'stores'>): ProfileStore {
  const store = ctx.stores?.active() ?? null;
  if (store === null) {
    throw new BridgeError({
      code: 'no_profile',
      message: 'No profile is open. Choose or add a profile first.',
    });
  }
  return store;
}

export function storeHandlers(ctx: MainContext): DomainHandlers<typeof storeCalls> {
  return {
    'store.stats': async () => activeStore(ctx).stats(),

    'store.clearCache': async () => {
      const store = activeStore(ctx);
      const result = store.cache.clear();
      ctx.log.child('store').info('cache cleared by the user', result);
      return result;
    },

    'store.searchLocal': async (input) => {
      const store = activeStore(ctx);
      return {
        data: store.searchLocal(input),
        source: 'local',
        fetchedAt: new Date(store.now()).toISOString(),
        stale: false,
      };
    },

    'store.setCacheCap': async ({ capBytes }) => {
      const store = activeStore(ctx);
      store.cache.setCap(capBytes);
      return store.stats();
    },
  };
}
