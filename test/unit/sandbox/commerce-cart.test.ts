import { describe, expect, it } from 'vitest';
import { skusOf } from '../../../src/sandbox/generator/skus';
import { CommerceCode } from '../../../src/sandbox/commerce';
import { createHarness, type Loose } from './commerce-harness';

describe('the 1688 cart', () => {
  it('adds, merges the same spec, edits and deletes lines, grouped by seller', () => {
    const h = createHarness();
    const [a, b] = h.offers(2);
    const first = h.cartAdd1688(a!, 2);
    expect(h.cartAdd1688(a!, 3)).toBe(first);
    const second = h.cartAdd1688(b!, 1);

    let cart = h.call('alibaba.cart.list');
    expect(cart.enableList).toHaveLength(2);
    const lineA = cart.enableList
      .flatMap((shop: Loose) => shop.cartItemInfos)
      .find((l: Loose) => l.id === first);
    expect(lineA).toMatchObject({ offerMapId: a!.mapId, quantity: 5, specId: h.specOf(a!) });
    expect(lineA.price).toBe(a!.tiers[0]!.priceFen);
    expect(lineA.itemPic).toMatch(/^http:\/\/127\.0\.0\.1:9\/_img\/1688\//);

    expect(h.call('alibaba.cart.editQuantity', { id: second, quantity: 4 })).toBe(true);
    expect(h.call('alibaba.cart.delete', { ids: [first] })).toBe(true);
    cart = h.call('alibaba.cart.list');
    const lines = cart.enableList.flatMap((shop: Loose) => shop.cartItemInfos);
    expect(lines).toEqual([expect.objectContaining({ id: second, quantity: 4 })]);
  });

  it('keeps a sold-out offer in the cart as a disabled line', () => {
    const h = createHarness();
    const soldOut = h.soldOut1688();
    const id = h.cartAdd1688(soldOut, 1);
    const cart = h.call('alibaba.cart.list');
    expect(cart.enableList).toEqual([]);
    expect(cart.disableList[0].cartItemInfos[0]).toMatchObject({ id, amountOnSale: 0 });
  });

  it('refuses bad input and unknown lines without changing the cart', () => {
    const h = createHarness();
    const [offer] = h.offers(1);
    const id = h.cartAdd1688(offer!, 1);
    const stock = skusOf(offer!)[0]!.stock;

    expect(
      h.refusal('alibaba.cart.add', { offerMapId: offer!.mapId, quantity: 1 }).message,
    ).toMatch(/specId/);
    expect(
      h.refusal('alibaba.cart.add', { offerMapId: 'nope', specId: 'x', quantity: 1 }).code,
    ).toBe(CommerceCode.noSuchGoods);
    expect(
      h.refusal('alibaba.cart.add', {
        offerMapId: offer!.mapId,
        specId: h.specOf(offer!),
        quantity: 1,
        sellerOpenId: 'BBBother',
      }).message,
    ).toMatch(/sellerOpenId/);
    const tooMany = h.refusal('alibaba.cart.editQuantity', { id, quantity: stock + 1 });
    expect(tooMany.code).toBe(CommerceCode.notOrderable);
    expect(tooMany.message).toMatch(`Only ${stock}`);
    expect(h.refusal('alibaba.cart.delete', { ids: [id, 999_999] }).message).toMatch(/999999/);
    expect(h.refusal('alibaba.cart.editQuantity', { id, quantity: 0 }).code).toBe(
      CommerceCode.badInput,
    );
  });

  it('keeps carts apart per access key and per user-id', () => {
    const h = createHarness();
    const [offer] = h.offers(1);
    h.cartAdd1688(offer!, 1);
    const other = { accessKey: 'AK-commerce', userId: '2100000000002' };
    expect(h.call('alibaba.cart.list', {}, other).enableList).toEqual([]);
  });
});

describe('the Taobao cart', () => {
  it('adds lines with their distribution ids and lists them flat with shop names', () => {
    const h = createHarness();
    const [item] = h.items(1);
    const id = h.call('taobao.cart.add', h.taobaoLine(item!, 2));
    const cart = h.call('taobao.cart.list');
    expect(cart.enableList).toEqual([
      expect.objectContaining({
        id,
        itemMapId: item!.mapId,
        quantity: 2,
        shopName: expect.any(String),
      }),
    ]);
    expect(JSON.parse(cart.enableList[0].properties)[0]).toHaveProperty('propName', '颜色');
  });

  it('refuses a distribution id that does not belong to the SKU', () => {
    const h = createHarness();
    const [item] = h.items(1);
    const error = h.refusal('taobao.cart.add', { ...h.taobaoLine(item!, 1), mpSkuId: 'mps1' });
    expect(error.code).toBe(CommerceCode.badInput);
    expect(error.message).toMatch(/mpSkuId/);
  });

  it('previews chosen lines with freight per shop', () => {
    const h = createHarness();
    const [a, b] = h.items(2);
    const ids = [
      h.call('taobao.cart.add', h.taobaoLine(a!, 1)),
      h.call('taobao.cart.add', h.taobaoLine(b!, 1)),
    ];
    const preview = h.call('taobao.cart.preview', { ids });
    const goods = skusOf(a!)[0]!.priceFen + skusOf(b!)[0]!.priceFen;
    expect(preview.productAmount).toBe(goods);
    expect(preview.totalAmount).toBe(preview.productAmount + preview.shippingFee);
    expect(preview.lines).toHaveLength(2);
  });
});
