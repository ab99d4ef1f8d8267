import { describe, expect, it } from 'vitest';
import { alibabaCartView, propertiesText, taobaoCartView } from '../../../src/main/cart/cart-view';

describe('the cart view', () => {
  it('groups 1688 lines by seller and says why a disabled line cannot be bought', () => {
    const view = alibabaCartView({
      enableList: [
        {
          sellerOpenId: 'b2b-1',
          sellerNickName: 'Yiwu Toys',
          cartItemInfos: [
            {
              id: 11,
              offerMapId: 'o-1',
              itemTitle: 'Toy',
              price: 1250,
              quantity: 2,
              amountOnSale: 40,
            },
          ],
        },
      ],
      disableList: [
        {
          sellerOpenId: 'b2b-2',
          sellerNickName: 'Gone Shop',
          cartItemInfos: [
            { id: 12, itemTitle: 'Sold out', price: 100, quantity: 1, amountOnSale: 0 },
            { id: 13, itemTitle: 'Withdrawn', price: 100, quantity: 1, amountOnSale: 5 },
          ],
        },
      ],
    });
    expect(view.sellers).toHaveLength(1);
    expect(view.sellers[0]!.lines[0]).toMatchObject({
      id: '11',
      priceFen: 1250,
      stock: 40,
      enabled: true,
      disabledReason: null,
    });
    expect(view.disabled[0]!.lines.map((line) => line.disabledReason)).toEqual([
      'sold_out',
      'unavailable',
    ]);
  });

  it('groups a flat Taobao cart by shop', () => {
    const view = taobaoCartView([
      { id: 1, itemTitle: 'A', shopId: 7, shopName: 'Shop 7', price: 990, quantity: 1 },
      { id: 2, itemTitle: 'B', shopId: 8, shopName: 'Shop 8', price: 500, quantity: 2 },
      { id: 3, itemTitle: 'C', shopId: 7, shopName: 'Shop 7', price: 100, quantity: 3 },
    ]);
    expect(
      view.sellers.map((seller) => [seller.sellerName, seller.lines.map((line) => line.id)]),
    ).toEqual([
      ['Shop 7', ['1', '3']],
      ['Shop 8', ['2']],
    ]);
  });

  it('reads properties as JSON pairs or plain text', () => {
    expect(
      propertiesText(
        '[{"propName":"颜色","valueName":"红色"},{"propName":"尺码","valueName":"XL"}]',
      ),
    ).toBe('颜色: 红色 · 尺码: XL');
    expect(propertiesText('颜色:红色')).toBe('颜色:红色');
  });
});
