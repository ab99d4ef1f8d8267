import { describe, expect, it } from 'vitest';
import { BridgeError } from '../../../src/shared/bridge/errors';
import { fromNetwork } from '../../../src/shared/bridge/sourced';
import type { ProductSummary } from '../../../src/shared/bridge/calls/catalog';
import { CatalogService } from '../../../src/main/catalog/catalog-service';
import type { CatalogSession } from '../../../src/main/catalog/session-port';
import { silentLogger } from '../../../src/main/log';

/** A session answering from a fixed table of endpoint answers, recording what was asked. */
function sessionWith(answers: Record<string, unknown>, options: { offline?: boolean } = {}) {
  const asked: { endpoint: string; input: Record<string, unknown> }[] = [];
  const seen: ProductSummary[] = [
    {
      platform: '1688',
      id: 'local-1',
      title: '保温杯 500ml',
      titleTranslated: 'Vacuum cup 500ml',
      imageUrl: null,
      priceFen: 1250,
      monthlySales: null,
      repurchaseRate: null,
      seller: null,
    },
  ];
  const session: CatalogSession = {
    async read(endpoint, input) {
      asked.push({ endpoint, input });
      if (options.offline) throw new BridgeError({ code: 'offline', message: 'unreachable' });
      if (!(endpoint in answers)) throw new BridgeError({ code: 'not_found', message: endpoint });
      return fromNetwork(answers[endpoint]);
    },
    searchLocal: (query) => {
      const items = seen.filter((item) =>
        `${item.title} ${item.titleTranslated}`.includes(query.text),
      );
      return { items, total: items.length, newestSeenAt: '2025-04-24T08:00:00.000Z' };
    },
  };
  return { session, asked };
}

const offerDetail = {
  offerMapId: 'L0PTnwSnx_dWNZWCtgK7Gg',
  offerId: 706627393257,
  subject: 'PVC插页文件夹A4',
  subjectTrans: 'PVC insert folder A4',
  sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA',
  companyName: '义乌文具厂',
  minOrderQuantity: 2,
  productImage: { images: ['//cbu01.alicdn.com/a.jpg', 'https://cbu01.alicdn.com/b.jpg'] },
  productSaleInfo: {
    amountOnSale: 300,
    priceRangeList: [
      { startQuantity: 10, price: '3.20' },
      { startQuantity: 2, price: '3.50' },
    ],
  },
  productSkuInfos: [
    {
      specId: 'spec-red-a4',
      skuId: 11,
      price: '3.50',
      amountOnSale: 100,
      skuAttributes: [
        { attributeName: '颜色', value: '红色', skuImageUrl: 'https://img/red.jpg' },
        { attributeName: '尺寸', value: 'A4' },
      ],
    },
    {
      specId: 'spec-blue-a4',
      skuId: 12,
      price: '3.60',
      amountOnSale: 0,
      skuAttributes: [
        { attributeName: '颜色', value: '蓝色' },
        { attributeName: '尺寸', value: 'A4' },
      ],
    },
  ],
};

const open = (session: CatalogSession) =>
  new CatalogService({
    session: async () => session,
    log: silentLogger,
    resolveShortLink: async () => ({
      kind: 'product',
      platform: '1688',
      id: '706627393257',
      url: null,
    }),
  });

describe('catalog', () => {
  it('shows a keyword search with both titles, price in fen, sales and repurchase rate', async () => {
    const { session, asked } = sessionWith({
      'alibaba.product.keywordSearch': {
        totalRecords: 2000,
        totalPage: 100,
        pageSize: 20,
        currentPage: 1,
        data: [
          {
            offerMapId: 'abc',
            subject: '国潮男装t恤',
            subjectTrans: 'Men T-shirt',
            imageUrl: 'https://cbu01.alicdn.com/t.jpg',
            priceInfo: { price: '19.90' },
            monthSold: 1520,
            repurchaseRate: '32%',
            sellerOpenId: 'seller-1',
          },
          { subject: 'a row without an id is dropped' },
        ],
      },
    });
    const answer = await open(session).search({
      query: 'T恤',
      platform: '1688',
      sort: 'price_asc',
      page: 1,
      pageSize: 20,
      priceMinFen: 1000,
    });
    expect(answer.source).toBe('network');
    expect(answer.data.items).toEqual([
      expect.objectContaining({
        id: 'abc',
        title: '国潮男装t恤',
        titleTranslated: 'Men T-shirt',
        priceFen: 1990,
        monthlySales: 1520,
        repurchaseRate: 0.32,
        seller: { id: 'seller-1', name: null },
      }),
    ]);
    expect(answer.data.totalPages).toBe(100);
    expect(asked[0]?.input).toMatchObject({
      keyword: 'T恤',
      priceStart: '10.00',
      sort: '{"price":"asc"}',
    });
  });

  it('opens the product when a 1688 link is pasted instead of searching its text', async () => {
    const { session, asked } = sessionWith({ 'alibaba.product.detail': offerDetail });
    const answer = await open(session).search({
      query: '【淘宝】看看这个 https://detail.1688.com/offer/706627393257.html?spm=a2615',
      platform: 'taobao',
      sort: 'relevance',
      page: 1,
      pageSize: 20,
    });
    expect(answer.data.detected).toEqual({
      kind: 'link',
      platform: '1688',
      id: 'L0PTnwSnx_dWNZWCtgK7Gg',
    });
    expect(asked.map((call) => call.endpoint)).toEqual(['alibaba.product.detail']);
  });

  it('follows a short link before deciding it is a product', async () => {
    const { session } = sessionWith({ 'alibaba.product.detail': offerDetail });
    const answer = await open(session).search({
      query: 'https://qr.1688.com/s/abcdef',
      platform: '1688',
      sort: 'relevance',
      page: 1,
      pageSize: 20,
    });
    expect(answer.data.detected.kind).toBe('link');
  });

  it('gives the product page its variants, tiers, MOQ and stock', async () => {
    const { session } = sessionWith({ 'alibaba.product.detail': offerDetail });
    const { data } = await open(session).product({
      platform: '1688',
      id: 'L0PTnwSnx_dWNZWCtgK7Gg',
    });
    expect(data.images).toEqual([
      'https://cbu01.alicdn.com/a.jpg',
      'https://cbu01.alicdn.com/b.jpg',
    ]);
    expect(data.priceTiers).toEqual([
      { startQuantity: 2, priceFen: 350 },
      { startQuantity: 10, priceFen: 320 },
    ]);
    expect(data.minOrderQuantity).toBe(2);
    expect(data.stock).toBe(300);
    expect(data.seller).toEqual({ id: 'BBBgGWh2O6JFI6v1aQuZVgRIA', name: '义乌文具厂' });
    expect(data.axes).toEqual([
      {
        name: '颜色',
        values: [
          { value: '红色', imageUrl: 'https://img/red.jpg' },
          { value: '蓝色', imageUrl: null },
        ],
      },
      { name: '尺寸', values: [{ value: 'A4', imageUrl: null }] },
    ]);
    expect(data.variants[1]).toMatchObject({
      id: 'spec-blue-a4',
      altId: '12',
      priceFen: 360,
      stock: 0,
    });
  });

  it('answers from products seen before when PandaPon cannot be reached, labelled local', async () => {
    const { session } = sessionWith({}, { offline: true });
    const answer = await open(session).search({
      query: '保温杯',
      platform: '1688',
      sort: 'relevance',
      page: 1,
      pageSize: 20,
    });
    expect(answer.source).toBe('local');
    expect(answer.data.items.map((item) => item.id)).toEqual(['local-1']);
  });

  it('shows the error rather than old results when PandaPon refuses the search', async () => {
    const { session } = sessionWith({});
    await expect(
      open(session).search({
        query: 'x',
        platform: '1688',
        sort: 'relevance',
        page: 1,
        pageSize: 20,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('reads Taobao digit-string prices as fen', async () => {
    const { session } = sessionWith({
      'taobao.product.get': {
        itemId: 'WUnUC1cILiBjt-Jv3lDdlQ',
        title: '连衣裙',
        mpId: '2048057995392326',
        shopId: 268763467,
        shopName: '童装店',
        skuList: [
          {
            skuId: '3452545926724',
            price: '1999',
            quantity: 200,
            mpSkuId: 'mp-1',
            properties: [{ propName: '颜色分类', valueName: '红色' }],
          },
        ],
      },
    });
    const { data } = await open(session).product({
      platform: 'taobao',
      id: 'WUnUC1cILiBjt-Jv3lDdlQ',
    });
    expect(data.variants[0]).toMatchObject({ id: '3452545926724', altId: 'mp-1', priceFen: 1999 });
    expect(data.mpId).toBe('2048057995392326');
    expect(data.seller).toEqual({ id: '268763467', name: '童装店' });
  });
});
