import type { storeCalls } from '../../../shared/bridge/calls/store';
import { BridgeError } from '../../../shared/bridge/errors';
import type { MainContext } from '../../context';
import type { ProfileStore } from '../../store';
import type { DomainHandlers } from './types';

/** The store of the active profile, opened on first use; a clear error when it cannot open. */
async function activeStore(ctx: Pick<MainContext, 'stores'>): Promise<ProfileStore> {
  const noProfile = () =>
    new BridgeError({
      code: 'no_profile',
      message: 'No profile is open. Choose or add a profile first.',
    });
  let store: ProfileStore | null;
  try {
    store = await ctx.stores.active();
  } catch (error) {
    if (error instanceof BridgeError) throw error;
    throw noProfile();
  }
  if (!store) throw noProfile();
  return store;
}

export function storeHandlers(ctx: MainContext): DomainHandlers<typeof storeCalls> {
  return {
    'store.stats': async () => (await activeStore(ctx)).stats(),

    'store.clearCache': async () => {
      const store = await activeStore(ctx);
      const result = store.cache.clear();
      ctx.log.child('store').info('cache cleared by the user', result);
      return result;
    },

    'store.searchLocal': async (input) => {
      const store = await activeStore(ctx);
      return {
        data: store.searchLocal(input),
        source: 'local',
        fetchedAt: new Date(store.now()).toISOString(),
        stale: false,
      };
    },

    'store.setCacheCap': async ({ capBytes }) => {
      const store = await activeStore(ctx);
      store.cache.setCap(capBytes);
      return store.stats();
    },
  };
}
