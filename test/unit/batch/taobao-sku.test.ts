import { describe, expect, it } from 'vitest';
import { productFromTaobaoItem } from '../../../src/main/batch/ports-from-services';
import type { BatchPorts } from '../../../src/main/batch/ports';
import { productRefOf, resolveLine } from '../../../src/main/batch/resolve-line';
import { silentLogger } from '../../../src/main/log';

/**
 * A Taobao item as `taobao.product.get` answers it: prices in fen (numbers or digit strings, as
 * in the v1 example), properties as `propName`/`valueName` with translations when PandaPon sends
 * them, and the v1 example's `mpSkuld` spelling on one SKU.
 */
const item = {
  itemId: 'WUnUC1cILiBjt-Jv3lDdlQ',
  title: '纯棉短袖T恤男夏季',
  titleTrans: "Men's cotton short-sleeve T-shirt",
  beginAmount: 2,
  mpId: '2048000000000123',
  shopId: 42,
  shopName: '英皇保罗旗舰店',
  price: 2900,
  skuList: [
    ['3452545926724', '红色', 'Red', 'M', 2900, 50],
    ['3452545926725', '红色', 'Red', 'L', '2990', 50],
    ['3452545926726', '蓝色', 'Blue', 'M', 2900, 1],
  ].map(([skuId, colour, colourEn, size, price, quantity], index) => ({
    skuId,
    quantity,
    promotionPrice: price,
    ...(index === 2 ? { mpSkuld: `mps${index}` } : { mpSkuId: `mps${index}` }),
    properties: [
      {
        propId: 1627207,
        propName: '颜色分类',
        propNameTrans: 'Color',
        valueId: 28324 + index,
        valueName: colour,
        valueNameTrans: colourEn,
      },
      { propId: 20509, propName: '尺码', valueId: 28314 + index, valueName: size },
    ],
  })),
};

const product = productFromTaobaoItem(item, 'fallback');

function portsReading(answer: unknown): BatchPorts {
  return {
    log: silentLogger,
    readProduct: async (platform, id) => {
      expect(platform).toBe('taobao');
      expect(id).toBe('672991141190');
      return productFromTaobaoItem(answer, id);
    },
  } as Partial<BatchPorts> as BatchPorts;
}

const LINK = 'https://item.taobao.com/item.htm?spm=a1z10&id=672991141190';

describe('a Taobao item read for a batch', () => {
  it('keeps the shop as the seller, both titles, the MOQ and the distribution ids', () => {
    expect(product).toMatchObject({
      platform: 'taobao',
      productId: 'WUnUC1cILiBjt-Jv3lDdlQ',
      sellerId: '42',
      sellerName: '英皇保罗旗舰店',
      title: '纯棉短袖T恤男夏季',
      titleTranslated: "Men's cotton short-sleeve T-shirt",
      mpId: '2048000000000123',
      minOrderQuantity: 2,
    });
    expect(product.skus.map((sku) => [sku.skuId, sku.priceFen, sku.stock, sku.mpSkuId])).toEqual([
      ['3452545926724', 2900, 50, 'mps0'],
      ['3452545926725', 2990, 50, 'mps1'],
      ['3452545926726', 2900, 1, 'mps2'],
    ]);
  });

  it('places Taobao and Tmall links, and "taobao:" before a v2 id, on Taobao', () => {
    expect(productRefOf(LINK)).toEqual({ platform: 'taobao', id: '672991141190' });
    expect(productRefOf('https://detail.tmall.com/item.htm?id=672991141190')).toEqual({
      platform: 'taobao',
      id: '672991141190',
    });
    expect(productRefOf('淘宝：WUnUC1cILiBjt-Jv3lDdlQ')).toEqual({
      platform: 'taobao',
      id: 'WUnUC1cILiBjt-Jv3lDdlQ',
    });
    expect(productRefOf('WUnUC1cILiBjt-Jv3lDdlQ')?.platform).toBe('1688');
  });
});

describe('Taobao SKU matching on a batch line', () => {
  const resolve = (skuText: string, quantity = 2, chosenSkuId?: string) =>
    resolveLine(portsReading(item), { productText: LINK, skuText, quantity, chosenSkuId });

  it('matches the property text the shop shows, in Chinese', async () => {
    expect(await resolve('颜色分类:红色;尺码:L')).toMatchObject({
      state: 'ready',
      platform: 'taobao',
      seller_id: '42',
      sku_id: '3452545926725',
      mp_id: '2048000000000123',
      mp_sku_id: 'mps1',
      unit_price_fen: 2990,
      title: '纯棉短袖T恤男夏季',
      title_trans: "Men's cotton short-sleeve T-shirt",
    });
  });

  it('matches English names and values, bare values and the SKU id', async () => {
    expect(await resolve('Color: Red, 尺码: M')).toMatchObject({ sku_id: '3452545926724' });
    expect(await resolve('red m')).toMatchObject({ sku_id: '3452545926724' });
    expect(await resolve('3452545926725')).toMatchObject({ sku_id: '3452545926725' });
  });

  it('lists the SKUs to choose from when the text fits several, and takes the choice', async () => {
    const ambiguous = await resolve('红色');
    expect(ambiguous).toMatchObject({ state: 'needs_attention', reason: 'sku_ambiguous' });
    expect(JSON.parse(ambiguous.candidates_json!)).toEqual([
      { skuId: '3452545926724', label: '颜色分类:红色;尺码:M', priceFen: 2900, stock: 50 },
      { skuId: '3452545926725', label: '颜色分类:红色;尺码:L', priceFen: 2990, stock: 50 },
    ]);
    expect(await resolve('红色', 2, '3452545926725')).toMatchObject({
      state: 'ready',
      sku_id: '3452545926725',
    });
  });

  it('parks a line whose SKU does not exist, below the MOQ or beyond the stock', async () => {
    expect(await resolve('颜色分类:绿色')).toMatchObject({ reason: 'sku_not_found' });
    expect(await resolve('红色 M', 1)).toMatchObject({
      reason: 'below_moq',
      reason_detail: 'minimum order is 2',
    });
    expect(await resolve('蓝色', 2)).toMatchObject({
      reason: 'out_of_stock',
      reason_detail: 'only 1 in stock',
    });
  });
});
