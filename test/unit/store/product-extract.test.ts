import { describe, expect, it } from 'vitest';
import { extractProducts } from '../../../src/main/store';

const SEEN = 1_746_086_400_000;

describe('products are picked out of every kind of answer', () => {
  it('takes the offers of a 1688 search page, price in yuan to fen', () => {
    const answer = {
      totalRecords: 2000,
      data: [
        {
          offerId: 706627393257,
          subject: '国潮男装t恤230g重磅短袖男女',
          subjectTrans: 'Heavy T-shirt',
          price: '12.50',
          imageUrl: 'https://cbu01.alicdn.com/img/ibank/x.jpg',
          sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA',
          monthSold: 1200,
          repurchaseRate: '23%',
        },
        { imageUrl: 'https://cbu01.alicdn.com/img/y.jpg', subject: 'no id here' },
      ],
    };
    expect(extractProducts('alibaba.product.keywords.query', answer, SEEN)).toEqual([
      {
        platform: '1688',
        id: '706627393257',
        altId: null,
        title: '国潮男装t恤230g重磅短袖男女',
        titleTrans: 'Heavy T-shirt',
        sellerId: 'BBBgGWh2O6JFI6v1aQuZVgRIA',
        sellerName: '',
        priceFen: 1250,
        imageUrl: 'https://cbu01.alicdn.com/img/ibank/x.jpg',
        monthlySales: 1200,
        repurchaseRate: 0.23,
        seenAt: SEEN,
      },
    ]);
  });

  it('carries the seller of a 1688 cart group down to its lines', () => {
    const answer = {
      enableList: [
        {
          sellerOpenId: 'BBBwAN4GQ60zRPzBkv7BYPJRQ',
          sellerNickName: '杭州女装工厂',
          cartItemInfos: [
            { id: 11, offerMapId: 'L0PTnwSnx_dWNZWCtgK7Gg', itemTitle: '碎花长裙', price: 3900 },
          ],
        },
      ],
      disableList: [],
    };
    const [line] = extractProducts('/v2/alibaba/cart/list', answer, SEEN);
    expect(line).toMatchObject({
      platform: '1688',
      id: 'L0PTnwSnx_dWNZWCtgK7Gg',
      sellerId: 'BBBwAN4GQ60zRPzBkv7BYPJRQ',
      sellerName: '杭州女装工厂',
      priceFen: 3900,
    });
  });

  it('takes a Taobao cart line with its shop', () => {
    const answer = {
      itemId: 2048175493257375,
      itemMapId: 'WUnUC1cILiBjt-Jv3lDdlQ',
      itemTitle: '英皇保罗男士长款银行皮夹钱包',
      itemPic: 'https://img.alicdn.com/x.jpg',
      price: 689,
      promotionPrice: 576,
      shopId: 42,
      shopName: '英皇保罗旗舰店',
    };
    expect(extractProducts('taobao.cart.add', answer, SEEN)[0]).toMatchObject({
      platform: 'taobao',
      id: 'WUnUC1cILiBjt-Jv3lDdlQ',
      altId: '2048175493257375',
      sellerId: '42',
      sellerName: '英皇保罗旗舰店',
      priceFen: 689,
      imageUrl: 'https://img.alicdn.com/x.jpg',
    });
  });

  it('takes the lines of a created 1688 order', () => {
    const answer = [
      {
        baseInfo: { sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA' },
        productItems: [
          { name: 'PVC插页文件夹A4', price: 19, productID: 743470146022, productImgUrl: ['a.jpg'] },
        ],
      },
    ];
    expect(extractProducts('/v2/alibaba/order/batch/create', answer, SEEN)).toMatchObject([
      {
        platform: '1688',
        id: '743470146022',
        title: 'PVC插页文件夹A4',
        imageUrl: 'a.jpg',
        priceFen: 1900,
      },
    ]);
  });

  it('takes a Taobao product detail and ignores its SKUs', () => {
    const answer = {
      itemId: 672991141190,
      title: '天穹发布商品,测试请不要拍',
      shopName: 'u[2206891060210]',
      shopId: 268763467,
      picUrls: ['https://img.alicdn.com/p.jpg'],
      price: 1,
      skuList: [{ skuId: '3452545926724', price: 1, properties: [{ valueName: '红色' }] }],
    };
    const products = extractProducts('/open/product/get', answer, SEEN);
    expect(products).toHaveLength(1);
    expect(products[0]).toMatchObject({ platform: 'taobao', id: '672991141190', priceFen: 1 });
  });

  it('takes a 1688 offer detail with its images, company and first price range', () => {
    const answer = {
      offerId: 706627393257,
      offerMapId: 'L0PTnwSnx_dWNZWCtgK7Gg',
      subject: 'PVC插页文件夹A4',
      subjectTrans: 'PVC insert folder A4',
      productImage: { images: ['https://cbu01.alicdn.com/a.jpg'] },
      productSaleInfo: { priceRangeList: [{ startQuantity: 2, price: '3.8' }] },
      productSkuInfos: [{ specId: 'e61a85', skuId: 1, price: '3.80' }],
      sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA',
      companyName: '义乌文具厂',
    };
    expect(extractProducts('alibaba.product.detail', answer, SEEN)).toEqual([
      expect.objectContaining({
        id: 'L0PTnwSnx_dWNZWCtgK7Gg',
        altId: '706627393257',
        sellerName: '义乌文具厂',
        priceFen: 380,
        imageUrl: 'https://cbu01.alicdn.com/a.jpg',
      }),
    ]);
  });

  it('reads Taobao digit-string prices as fen', () => {
    const answer = { data: [{ itemId: 'WUnUC1cILiBjt-Jv3lDdlQ', title: '钱包', price: '689' }] };
    expect(extractProducts('taobao.product.keywordSearch', answer, SEEN)[0]?.priceFen).toBe(689);
  });

  it('finds nothing in answers without products, whatever their shape', () => {
    expect(extractProducts('x', null, SEEN)).toEqual([]);
    expect(extractProducts('x', 'text', SEEN)).toEqual([]);
    expect(extractProducts('x', { name: 'address', id: 3 }, SEEN)).toEqual([]);
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let depth = 0; depth < 200; depth++)
      cursor = (cursor.next = {}) as Record<string, unknown>;
    expect(extractProducts('x', deep, SEEN)).toEqual([]);
  });
});
