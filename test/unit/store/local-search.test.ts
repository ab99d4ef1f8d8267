import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProductRecord, ProfileStore } from '../../../src/main/store';
import type { TextSegment } from '../../../src/shared/bridge/calls/store';
import { useTempStores } from './temp-store';

const temp = useTempStores();
const SEEN = Date.parse('2025-05-01T08:00:00Z');

function product(overrides: Partial<ProductRecord> & { id: string }): ProductRecord {
  return {
    platform: '1688',
    title: '',
    titleTrans: '',
    sellerId: null,
    sellerName: '',
    priceFen: null,
    imageUrl: null,
    monthlySales: null,
    seenAt: SEEN,
    ...overrides,
  };
}

function seeded(): ProfileStore {
  const store = temp.open({ file: join(temp.dir(), 'store.sqlite') });
  store.products.indexProducts([
    product({
      id: 'L0PTnwSnx_dWNZWCtgK7Gg',
      altId: '706627393257',
      title: '女士连衣裙夏季新款碎花长裙',
      titleTrans: 'Women floral summer dress long skirt',
      sellerId: 'BBBgGWh2O6JFI6v1aQuZVgRIA',
      sellerName: '杭州女装工厂',
      priceFen: 3900,
    }),
    product({
      id: 'f6vE-dfY1NV37oG_fz9WSA',
      title: '国潮男装t恤230g重磅短袖',
      titleTrans: 'Chinese style heavy cotton T-shirt for men',
      sellerId: 'BBBwAN4GQ60zRPzBkv7BYPJRQ',
      sellerName: '广州男装',
      priceFen: 1590,
    }),
    product({
      platform: 'taobao',
      id: 'WUnUC1cILiBjt-Jv3lDdlQ',
      altId: '672991141190',
      title: '英皇保罗男士长款银行皮夹钱包',
      titleTrans: 'Long leather wallet for men',
      sellerId: '42',
      sellerName: '英皇保罗旗舰店',
      priceFen: 689,
    }),
    product({
      platform: 'taobao',
      id: '672991141191',
      title: '儿童连衣裙公主裙',
      titleTrans: 'Girls princess dress',
      sellerId: '43',
      sellerName: '童装店',
      priceFen: 5900,
    }),
  ]);
  return store;
}

const marked = (segments: readonly TextSegment[]) =>
  segments.filter((segment) => segment.match).map((segment) => segment.text);

describe('searching everything seen, offline', () => {
  it('finds products by a Chinese term and marks the match', () => {
    const page = seeded().searchLocal({ query: '连衣裙' });

    expect(page.matchedBy).toBe('fulltext');
    expect(page.total).toBe(2);
    expect(page.hits.map((hit) => hit.product.title).sort()).toEqual([
      '儿童连衣裙公主裙',
      '女士连衣裙夏季新款碎花长裙',
    ]);
    expect(marked(page.hits[0]!.highlights.title)).toEqual(['连衣裙']);
  });

  it('finds products by English words in any case', () => {
    const page = seeded().searchLocal({ query: 'WALLET leather' });
    expect(page.hits.map((hit) => hit.product.id)).toEqual(['WUnUC1cILiBjt-Jv3lDdlQ']);
    expect(marked(page.hits[0]!.highlights.titleTrans).map((text) => text.toLowerCase())).toEqual([
      'leather',
      'wallet',
    ]);
  });

  it('finds products by the seller name', () => {
    const page = seeded().searchLocal({ query: '旗舰店' });
    expect(page.hits.map((hit) => hit.product.sellerName)).toEqual(['英皇保罗旗舰店']);
    expect(marked(page.hits[0]!.highlights.sellerName)).toEqual(['旗舰店']);
  });

  it('finds two-character Chinese words the trigram index cannot', () => {
    const page = seeded().searchLocal({ query: '男装' });
    expect(page.matchedBy).toBe('substring');
    expect(page.hits.map((hit) => hit.product.sellerName)).toEqual(['广州男装']);
    expect(marked(page.hits[0]!.highlights.title)).toEqual(['男装']);
  });

  it('combines a long and a short term', () => {
    const page = seeded().searchLocal({ query: '连衣裙 儿童' });
    expect(page.hits.map((hit) => hit.product.title)).toEqual(['儿童连衣裙公主裙']);
  });

  it('filters by platform, seller and price range', () => {
    const store = seeded();
    expect(store.searchLocal({ query: 'dress', platform: 'taobao' }).total).toBe(1);
    expect(store.searchLocal({ query: 'dress', sellerId: 'BBBgGWh2O6JFI6v1aQuZVgRIA' }).total).toBe(
      1,
    );
    const cheap = store.searchLocal({ query: '', priceMinFen: 600, priceMaxFen: 2000 });
    expect(cheap.matchedBy).toBe('all');
    expect(cheap.hits.map((hit) => hit.product.priceFen).sort((a, b) => a! - b!)).toEqual([
      689, 1590,
    ]);
  });

  it('pages through results with a stable total', () => {
    const store = temp.open({ file: join(temp.dir(), 'store.sqlite') });
    store.products.indexProducts(
      Array.from({ length: 120 }, (_, index) =>
        product({
          id: `offer${index}`,
          title: `收纳盒 款式${index}`,
          titleTrans: `storage box ${index}`,
        }),
      ),
    );
    const first = store.searchLocal({ query: 'storage box', page: 1, pageSize: 50 });
    const third = store.searchLocal({ query: 'storage box', page: 3, pageSize: 50 });

    expect(first.total).toBe(120);
    expect(first.hits).toHaveLength(50);
    expect(third.hits).toHaveLength(20);
    const ids = new Set([...first.hits, ...third.hits].map((hit) => hit.product.id));
    expect(ids.size).toBe(70);
  });

  it('finds a product directly from a pasted link or id', () => {
    const store = seeded();
    const byLink = store.searchLocal({ query: 'https://item.taobao.com/item.htm?id=672991141190' });
    expect(byLink.matchedBy).toBe('id');
    expect(byLink.hits.map((hit) => hit.product.title)).toEqual(['英皇保罗男士长款银行皮夹钱包']);

    const byOfferId = store.searchLocal({
      query: 'https://detail.1688.com/offer/706627393257.html',
    });
    expect(byOfferId.hits[0]?.product.id).toBe('L0PTnwSnx_dWNZWCtgK7Gg');

    const byMapId = store.searchLocal({ query: 'f6vE-dfY1NV37oG_fz9WSA' });
    expect(byMapId.hits[0]?.product.title).toBe('国潮男装t恤230g重磅短袖');
  });

  it('hands a short link back for resolving over the network', () => {
    const page = seeded().searchLocal({ query: '【淘宝】https://m.tb.cn/h.5QwErTy 打开' });
    expect(page).toMatchObject({ total: 0, shortLink: 'https://m.tb.cn/h.5QwErTy' });
  });

  it('keeps what a poorer answer lacks when a product is seen again', () => {
    const store = seeded();
    store.products.indexProducts([
      product({
        id: 'L0PTnwSnx_dWNZWCtgK7Gg',
        title: '女士连衣裙夏季新款碎花长裙',
        seenAt: SEEN + 1000,
      }),
    ]);
    const [again] = store.products.findById('706627393257');
    expect(again).toMatchObject({ sellerName: '杭州女装工厂', priceFen: 3900 });
    expect(again?.seenAt).toBe(new Date(SEEN + 1000).toISOString());
  });

  it('treats search syntax in a query as plain text', () => {
    const store = seeded();
    expect(() => store.searchLocal({ query: 'dress" OR "x' })).not.toThrow();
    expect(store.searchLocal({ query: '100%_' }).total).toBe(0);
  });
});
