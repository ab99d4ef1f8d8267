import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeHandlers } from '../../../src/main/bridge/handlers/store';
import { createRouter, type Handlers } from '../../../src/main/bridge/router';
import type { MainContext } from '../../../src/main/context';
import { silentLogger } from '../../../src/main/log';
import type { ProfileStore } from '../../../src/main/store';
import { useTempStores } from '../../unit/store/temp-store';

const temp = useTempStores();

/** The router with only the store's handlers, over whatever store is active. */
function routerFor(active: () => ProfileStore | null) {
  const ctx = { log: silentLogger, stores: { active } } as unknown as MainContext;
  // Only store calls are dispatched here; the other domains' handlers are not needed.
  return createRouter(storeHandlers(ctx) as unknown as Handlers, silentLogger);
}

describe('the store bridge calls', () => {
  it('say plainly that no profile is open before one is', async () => {
    const router = routerFor(() => null);
    const result = await router.dispatch('store.stats', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'no_profile' } });
  });

  it('search the local index and say the answer is local', async () => {
    const store = temp.open({ file: join(temp.dir(), 'store.sqlite') });
    store.products.indexAnswer(
      'alibaba.product.keywords.query',
      {
        data: [{ offerId: 706627393257, subject: '女士连衣裙夏季', subjectTrans: 'summer dress' }],
      },
      Date.now(),
    );
    const router = routerFor(() => store);

    const result = await router.dispatch('store.searchLocal', { query: 'dress' });
    expect(result).toMatchObject({
      ok: true,
      value: { source: 'local', stale: false, data: { total: 1, page: 1, pageSize: 50 } },
    });
  });

  it('refuse a cap below 10 MB', async () => {
    const store = temp.open({ file: join(temp.dir(), 'store.sqlite') });
    const result = await routerFor(() => store).dispatch('store.setCacheCap', { capBytes: 5 });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('set the cap, clear the cache and report statistics', async () => {
    const store = temp.open({ file: join(temp.dir(), 'store.sqlite') });
    store.cache.put('k', 'alibaba.product.keywords.query', '{}', { a: 1 }, 1);
    const router = routerFor(() => store);

    const capped = await router.dispatch('store.setCacheCap', { capBytes: 64 * 1024 * 1024 });
    expect(capped).toMatchObject({ ok: true, value: { capBytes: 64 * 1024 * 1024, entries: 1 } });
    const cleared = await router.dispatch('store.clearCache', {});
    expect(cleared).toMatchObject({ ok: true, value: { removedEntries: 1 } });
    const stats = await router.dispatch('store.stats', {});
    expect(stats).toMatchObject({ ok: true, value: { entries: 0, bytes: 0, hitRate: null } });
  });
});
