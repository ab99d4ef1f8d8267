import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PandaponClient } from '../../../src/main/pandapon';
import { isPandaponError } from '../../../src/main/pandapon';
import { endpoints, type EndpointInput } from '../../../src/shared/pandapon';
import { alibabaGoodsEndpoints } from '../../../src/shared/pandapon/alibaba-goods';
import { taobaoGoodsEndpoints } from '../../../src/shared/pandapon/taobao-goods';
import { yuanToFen } from '../../../src/shared/pandapon/money';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox';
import { clientOf, rawCall } from './core-helpers';

/**
 * The goods part of the sandbox at the full catalogue, through the app's own PandaPon client:
 * every goods endpoint answers data its catalogue schema accepts, and searches behave as a buyer
 * expects (both languages, filters, sort, paging, store, pictures, image search).
 */
let sandbox: RunningSandbox;
let client: PandaponClient;

type Offer = {
  offerMapId: string;
  subject: string;
  subjectTrans: string;
  sellerOpenId: string;
  imageUrl: string;
  priceInfo: { price: string };
  monthSold: number;
  categoryId: number;
};
type Item = { itemId: string; title: string; picUrl: string; price: number };

async function offers(input: EndpointInput<'alibaba.product.keywordSearch'>) {
  const page = await client.call('alibaba.product.keywordSearch', input);
  return { page, rows: (page.data ?? []) as unknown as Offer[] };
}

async function pictureBase64(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.headers.get('content-type')).toBe('image/png');
  return Buffer.from(await response.arrayBuffer()).toString('base64');
}

beforeAll(async () => {
  sandbox = await startSandbox();
  client = clientOf(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});

describe('every goods endpoint answers schema-valid data', () => {
  it('covers all Taobao and 1688 goods endpoints with data the catalogue schemas accept', async () => {
    const first = (await offers({ keyword: 'dress', pageSize: 2 })).rows[0]!;
    const item = ((await client.call('taobao.product.keywordSearch', { keyword: 'dress' })).data ??
      [])[0] as unknown as Item;
    const detail = await client.call('taobao.product.get', { itemId: item.itemId });
    const sku = detail.skuList![0]!;
    const picture = await pictureBase64(first.imageUrl);
    const inputs: Record<string, unknown> = {
      'taobao.product.get': { itemId: item.itemId },
      'taobao.product.batchQuery': {
        params: JSON.stringify([{ itemId: item.itemId, skuIds: [sku.skuId] }]),
      },
      'taobao.product.keywordSearch': {
        keyword: '连衣裙',
        pageSize: 5,
        pageNo: 1,
        sort: 'tk_rate_desc',
      },
      'taobao.product.imageSearch': { imageBase64: picture, pageNo: 1, pageSize: 5 },
      'alibaba.product.detail': { offerId: first.offerMapId, country: 'en' },
      'alibaba.product.keywordSearch': { keyword: 'T恤', beginPage: 1, pageSize: 5, country: 'en' },
      'alibaba.product.imageSearch': { imageBase64: picture, beginPage: 1, pageSize: 5 },
      'alibaba.product.sellerOfferSearch': { sellerOpenId: first.sellerOpenId, beginPage: 1 },
      'alibaba.category.get': { categoryId: 0, language: 'en' },
      'alibaba.product.recommend': { pageNo: 1, pageSize: 10, language: 'en' },
      'alibaba.product.relatedRecommend': { offerId: first.offerMapId, pageNo: 1, pageSize: 5 },
      'alibaba.product.globalSelectedKeywordSearch': { keyword: 'bag' },
      'alibaba.product.selectedKeywordSearch': { keyword: 'bag' },
      'alibaba.product.hotList': { pageNo: 1 },
    };
    const goods = [...taobaoGoodsEndpoints, ...alibabaGoodsEndpoints];
    expect(Object.keys(inputs).sort()).toEqual(goods.map((spec) => spec.name).sort());
    for (const spec of goods) {
      const answer = await rawCall(sandbox, spec.path, inputs[spec.name], {
        method: spec.method,
        ...(spec.method === 'GET'
          ? { query: `?${new URLSearchParams(inputs[spec.name] as Record<string, string>)}` }
          : {}),
      });
      expect(answer.status, spec.name).toBe(200);
      expect(answer.body).toMatchObject({ code: 200, msg: '成功', developId: 'sandbox' });
      expect(answer.body.requestId).toMatch(/^[0-9a-f]{32}$/);
      const parsed = endpoints[spec.name as keyof typeof endpoints].response.safeParse(
        answer.body.data,
      );
      expect(parsed.success, `${spec.name}: ${parsed.error?.message}`).toBe(true);
      const data = answer.body.data as { data?: unknown[] } | unknown[];
      if (
        spec.name.includes('Search') ||
        spec.name.includes('ecommend') ||
        spec.name.includes('hot')
      ) {
        const rows = Array.isArray(data) ? data : data.data;
        expect(rows?.length, `${spec.name} found nothing`).toBeGreaterThan(0);
      }
    }
  });
});

describe('keyword search', () => {
  it('finds the same kind of product in Chinese and in English', async () => {
    const chinese = await offers({ keyword: '连衣裙', pageSize: 50 });
    const english = await offers({ keyword: 'dress', pageSize: 50 });
    expect(chinese.page.totalRecords).toBeGreaterThan(20);
    for (const row of chinese.rows) expect(row.subject).toContain('连衣裙');
    for (const row of english.rows) expect(row.subjectTrans.toLowerCase()).toContain('dress');
    expect(chinese.page.totalRecords).toBe(english.page.totalRecords);
  });

  it('ranks titles that match more of the words first', async () => {
    const { rows } = await offers({ keyword: 'cotton dress', pageSize: 10 });
    expect(rows[0]!.subjectTrans).toMatch(/Cotton.*Dress/);
  });

  it('keeps to the category and price range and sorts by price', async () => {
    const { rows } = await offers({
      keyword: 'women',
      categoryId: '1001',
      priceStart: '30.00',
      priceEnd: '80.50',
      sort: JSON.stringify({ price: 'asc' }),
      pageSize: 50,
    });
    expect(rows.length).toBeGreaterThan(5);
    const prices = rows.map((row) => yuanToFen(row.priceInfo.price));
    for (const row of rows) expect(row.categoryId).toBe(1001);
    for (const price of prices) expect(price).toBeGreaterThanOrEqual(3000);
    for (const price of prices) expect(price).toBeLessThanOrEqual(8050);
    expect([...prices].sort((a, b) => a - b)).toEqual(prices);
  });

  it('sorts by monthly sales', async () => {
    const { rows } = await offers({
      keyword: 'bag',
      sort: JSON.stringify({ monthSold: 'desc' }),
      pageSize: 30,
    });
    const sold = rows.map((row) => row.monthSold);
    expect([...sold].sort((a, b) => b - a)).toEqual(sold);
  });

  it('pages as PandaPon pages: beginPage, totalPage, currentPage, no repeats', async () => {
    const one = await offers({ keyword: '包', beginPage: 1, pageSize: 20 });
    const two = await offers({ keyword: '包', beginPage: 2, pageSize: 20 });
    expect(one.page.totalPage).toBe(Math.ceil(one.page.totalRecords! / 20));
    expect(two.page.currentPage).toBe(2);
    const ids = new Set(one.rows.map((row) => row.offerMapId));
    for (const row of two.rows) expect(ids.has(row.offerMapId)).toBe(false);
    const past = await offers({ keyword: '包', beginPage: one.page.totalPage! + 1, pageSize: 20 });
    expect(past.rows).toEqual([]);
  });

  it('Taobao search pages with pageNo and answers prices in fen', async () => {
    const page = await client.call('taobao.product.keywordSearch', {
      keyword: 'sneakers',
      pageNo: 2,
      pageSize: 40,
    });
    expect(page.pageNo).toBe(2);
    expect(page.data!.length).toBe(40);
    for (const row of page.data!) expect(Number.isInteger(row.price)).toBe(true);
  });
});

describe('stores, details, categories and lists', () => {
  it("store search answers only that seller's offers", async () => {
    const seller = (await offers({ keyword: 'dress', pageSize: 1 })).rows[0]!.sellerOpenId;
    const page = await client.call('alibaba.product.sellerOfferSearch', {
      sellerOpenId: seller,
      pageSize: 50,
    });
    expect(page.totalRecords).toBeGreaterThan(0);
    for (const row of page.data!) expect(row.sellerOpenId).toBe(seller);
  });

  it('offer detail has specs with colour, tiers from the minimum quantity, and pictures it serves', async () => {
    const { rows } = await offers({ keyword: 'T恤', pageSize: 2 });
    const detail = await client.call('alibaba.product.detail', { offerId: rows[0]!.offerMapId });
    expect(detail.subject).toBe(rows[0]!.subject);
    const specs = detail.productSkuInfos!;
    expect(specs.length).toBeGreaterThan(0);
    expect(specs[0]!.skuAttributes![0]).toMatchObject({ attributeName: '颜色' });
    const tiers = detail.productSaleInfo!.priceRangeList!;
    expect(tiers[0]!.startQuantity).toBe(detail.minOrderQuantity);
    const images = detail.productImage!.images!;
    const [a, b] = await Promise.all([pictureBase64(images[0]!), pictureBase64(rows[1]!.imageUrl)]);
    expect(PNG.sync.read(Buffer.from(a, 'base64')).width).toBe(96);
    expect(a).not.toBe(b);
  });

  it("an unknown offer is refused with the sandbox's not-found code", async () => {
    const error = await client
      .call('alibaba.product.detail', { offerId: 'NoSuchOffer' })
      .catch((e: unknown) => e);
    expect(isPandaponError(error) && error.pandaponCode).toBe(40410);
  });

  it('lists the top categories under the root', async () => {
    const root = await client.call('alibaba.category.get', { categoryId: 0 });
    expect(root.childCategorys!.length).toBe(12);
    expect(root.childCategorys![0]).toMatchObject({ categoryId: 1001, name: '女装' });
  });

  it('hot list is best sellers first; related offers share the category', async () => {
    const hot = (await client.call('alibaba.product.hotList', { pageNo: 1, pageSize: 20 })) as {
      data: Offer[];
    };
    const sold = hot.data.map((row) => row.monthSold);
    expect([...sold].sort((a, b) => b - a)).toEqual(sold);
    const base = (await offers({ keyword: 'sneakers', pageSize: 1 })).rows[0]!;
    const related = (await client.call('alibaba.product.relatedRecommend', {
      offerId: base.offerMapId,
      pageSize: 10,
    })) as { data: Offer[] };
    for (const row of related.data) {
      expect(row.categoryId).toBe(base.categoryId);
      expect(row.offerMapId).not.toBe(base.offerMapId);
    }
  });
});

describe('image search', () => {
  it('ranks the product whose picture was uploaded first (PNG and JPEG)', async () => {
    const { rows } = await offers({ keyword: 'hoodie', pageSize: 3 });
    const target = rows[2]!;
    const png = await pictureBase64(target.imageUrl);
    const byPng = await client.call('alibaba.product.imageSearch', {
      imageBase64: png,
      pageSize: 5,
    });
    expect((byPng.data![0] as Offer).offerMapId).toBe(target.offerMapId);

    const decoded = PNG.sync.read(Buffer.from(png, 'base64'));
    const jpg = jpeg.encode(
      { width: decoded.width, height: decoded.height, data: decoded.data },
      90,
    );
    const byJpeg = await client.call('alibaba.product.imageSearch', {
      imageBase64: jpg.data.toString('base64'),
      pageSize: 5,
    });
    expect(byJpeg.data!.map((row) => row.offerMapId)).toContain(target.offerMapId);
  });

  it('refuses data that is not a picture with its own code', async () => {
    const error = await client
      .call('alibaba.product.imageSearch', { imageBase64: 'eHh4eA==' })
      .catch((e: unknown) => e);
    expect(isPandaponError(error) && error.pandaponCode).toBe(40003);
  });
});
