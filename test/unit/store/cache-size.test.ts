import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_CAP_BYTES } from '../../../src/main/store';
import { useTempStores } from './temp-store';

const temp = useTempStores();
const MIB = 1024 * 1024;

/** An answer of about `kib` KiB, like a page of search results. */
function answerOf(kib: number, seed: number) {
  return { seed, items: Array.from({ length: kib }, (_, i) => `${seed}-${i}-`.padEnd(1000, 'x')) };
}

describe('the cache size cap', () => {
  it('starts at 500 MB and remembers a new cap across restarts', () => {
    const file = join(temp.dir(), 'store.sqlite');
    const store = temp.open({ file });
    expect(store.cache.cap).toBe(DEFAULT_CACHE_CAP_BYTES);
    store.cache.setCap(20 * MIB);
    store.close();
    expect(temp.open({ file }).stats().capBytes).toBe(20 * MIB);
  });

  it('evicts the least recently used answers to stay under the cap', () => {
    let clock = 1_000_000;
    const file = join(temp.dir(), 'store.sqlite');
    const store = temp.open({ file, now: () => clock });
    store.cache.setCap(1 * MIB);

    for (let index = 0; index < 20; index++) {
      clock += 120_000;
      store.cache.put(`k${index}`, 'search', '{}', answerOf(100, index), clock);
      clock += 120_000;
      // The agent keeps coming back to the first answer.
      expect(store.cache.get('k0')).not.toBeNull();
    }

    expect(store.cache.total()).toBeLessThanOrEqual(1 * MIB);
    expect(store.stats().bytes).toBeLessThanOrEqual(1 * MIB);
    expect(store.cache.get('k19')).not.toBeNull();
    expect(store.cache.get('k1')).toBeNull();
    // k0 was read all along, so it outlived answers written after it.
    expect(store.cache.get('k0')).not.toBeNull();
    store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(statSync(file).size).toBeLessThan(3 * MIB);
  });

  it('lowering the cap evicts at once', () => {
    const store = temp.open({ file: join(temp.dir(), 'store.sqlite') });
    for (let index = 0; index < 30; index++) {
      store.cache.put(`k${index}`, 'search', '{}', answerOf(100, index), index);
    }
    expect(store.cache.total()).toBeGreaterThan(2.5 * MIB);
    store.cache.setCap(1 * MIB);
    expect(store.stats().bytes).toBeLessThanOrEqual(1 * MIB);
  });

  it('"clear cache" drops catalogue answers but keeps orders, the outbox and products', () => {
    const store = temp.open({ file: join(temp.dir(), 'store.sqlite') });
    store.cache.put('s', 'alibaba.product.keywords.query', '{}', answerOf(1, 1), 1);
    store.cache.put('c', '/v2/alibaba/cart/list', '{}', answerOf(1, 2), 1);
    store.cache.put('o', '/v2/alibaba/order/page', '{}', answerOf(1, 3), 1);
    store.db
      .prepare(
        `INSERT INTO outbox (id, kind, endpoint, client_ref, request_json, state, created_at,
           updated_at) VALUES ('o1', 'order.create', 'x', 'r1', '{}', 'sent', 1, 1)`,
      )
      .run();
    store.products.indexProducts([
      {
        platform: '1688',
        id: '1',
        title: '收纳盒',
        titleTrans: '',
        sellerId: null,
        sellerName: '',
        priceFen: null,
        imageUrl: null,
        monthlySales: null,
        seenAt: 1,
      },
    ]);

    const result = store.cache.clear();
    expect(result.removedEntries).toBe(2);
    expect(result.freedBytes).toBeGreaterThan(0);
    expect(store.cache.get('o')).not.toBeNull();
    expect(store.cache.get('s')).toBeNull();
    expect(store.stats()).toMatchObject({ entries: 1, products: 1 });
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual({ n: 1 });
  });
});
