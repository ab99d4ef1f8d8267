import { describe, expect, it } from 'vitest';
import { CommerceCode, TIMINGS } from '../../../src/sandbox/commerce';
import { ADDRESS_1688, createHarness, type Loose } from './commerce-harness';

const US = {
  name: 'Ofir B',
  country: 'US',
  state: 'California',
  city: 'VALLEY VLG',
  zip: '91607',
  address: '5818 Whitsett Ave',
  phone: '5083326888',
};

describe('saved addresses', () => {
  it('adds, updates and lists addresses, and an order without an address uses the first one', () => {
    const h = createHarness();
    expect(
      h.call('basis.address.addOrUpdate', {
        name: '李娜',
        phone: '13900139000',
        province: '广东省',
        city: '深圳市',
        district: '南山区',
        address: '科技园 1 号',
      }),
    ).toBeNull();
    const [saved] = h.call('basis.address.get') as unknown as Loose[];
    h.call('basis.address.addOrUpdate', { ...saved, city: '广州市' });
    expect(h.call('basis.address.get')).toEqual([
      expect.objectContaining({ id: saved!.id, city: '广州市' }),
    ]);

    expect(h.refusal('basis.address.addOrUpdate', { ...saved, phone: 'call me' }).message).toMatch(
      /phone/,
    );
    expect(h.refusal('basis.address.addOrUpdate', { ...saved, id: 77 }).code).toBe(
      CommerceCode.notFound,
    );

    const [offer] = h.offers(1);
    const id = h.cartAdd1688(offer!, 1);
    const [order] = h.call('alibaba.cart.createOrder', { flow: 'general', cartIds: [id] });
    expect(order.nativeLogistics).toMatchObject({ city: '广州市', contactPerson: '李娜' });
  });
});

describe('warehouse logistics', () => {
  it('quotes freight per service, previews a booking and books it, then takes domestic waybills', () => {
    const h = createHarness();
    const [item] = h.items(1);
    const sku = h.taobaoLine(item!, 1).skuId;
    const quotes = h.call('logistics.freight.estimate', {
      itemId: item!.mapId,
      skuId: sku,
      quantity: 2,
      receiverAddress: US,
      currency: 'USD',
      price: '9.90',
    }) as unknown as Loose[];
    expect(quotes.map((quote) => quote.serviceId)).toEqual(['1', '2', '3']);
    expect(quotes[0]!.freight).toMatch(/^\d+\.\d{2}$/);
    expect(
      h.refusal('logistics.freight.estimate', {
        itemId: item!.mapId,
        skuId: sku,
        quantity: 1,
        receiverAddress: { ...US, country: '' },
        currency: 'USD',
        price: '1',
      }).message,
    ).toMatch(/country/);

    const renderItems = [
      {
        itemId: item!.mapId,
        skuId: sku,
        quantity: 1,
        freightInfo: { serviceId: '2' },
        currency: 'USD',
      },
    ];
    const preview = h.call('logistics.freight.orderPreview', { receiverAddress: US, renderItems });
    expect(preview.renderId).toMatch(/^FF\d+/);
    const booked = h.call('logistics.international.create', {
      renderId: preview.renderId,
      receiverAddress: US,
      lineItems: [
        { itemId: item!.mapId, skuId: sku, quantity: 1, freightInfo: { serviceId: '2' } },
      ],
      tmallOrderInfo: { tmallOrderId: 'T-1' },
    });
    expect(booked).toMatchObject({
      renderId: preview.renderId,
      freight: preview.freight,
      status: 'CREATED',
    });
    expect(
      h.refusal('logistics.international.create', {
        ...booked,
        renderId: 'FF0',
        receiverAddress: US,
        lineItems: [
          { itemId: item!.mapId, skuId: sku, quantity: 1, freightInfo: { serviceId: '2' } },
        ],
      }).code,
    ).toBe(CommerceCode.notFound);

    const update = (logisticNumer: string) => ({
      tmallOrderId: 'T-1',
      logisticInfos: [
        {
          lineItem: { itemId: item!.mapId, skuId: sku, quantity: 1 },
          domesticLogisticInfo: [{ logisticNumer, logisticCompanyName: '顺丰' }],
        },
      ],
    });
    expect(h.call('logistics.domestic.update', update('SF100'))).toBe(true);
    expect(
      h.refusal('logistics.domestic.update', { ...update('SF1'), tmallOrderId: 'T-2' }).code,
    ).toBe(CommerceCode.notFound);
  });
});

describe('snapshot, restore and reset', () => {
  it('round-trips the whole state through JSON, and the restored sandbox carries on where it was', () => {
    const h = createHarness();
    const [a, b] = h.offers(2);
    h.cartAdd1688(a!, 2);
    const [order] = h.call('alibaba.order.create', {
      flow: 'general',
      message: 'PPD:keep-me',
      addressParam: ADDRESS_1688,
      cargoParamList: [{ offerMapId: b!.mapId, specId: h.specOf(b!), quantity: 1 }],
    });
    h.call('alibaba.order.batchSubmitToPay', { orderIds: [order.baseInfo.idOfStr] });
    const saved = JSON.parse(JSON.stringify(h.part.snapshot()));

    h.part.reset();
    expect(h.call('alibaba.order.page', {}).totalRecords).toBe(0);
    expect(h.call('alibaba.cart.list').enableList).toEqual([]);

    h.part.restore(saved);
    expect(JSON.parse(JSON.stringify(h.part.snapshot()))).toEqual(saved);
    expect(h.call('alibaba.cart.list').enableList).toHaveLength(1);
    h.advance(TIMINGS.sellerShips);
    const restored = h.call('alibaba.order.page', { orderId: order.baseInfo.idOfStr }).data[0];
    expect(restored.baseInfo).toMatchObject({ status: 'waitbuyerreceive', remark: 'PPD:keep-me' });

    // New ids never repeat ids made before the snapshot.
    const [next] = h.call('alibaba.order.create', {
      flow: 'general',
      addressParam: ADDRESS_1688,
      cargoParamList: [{ offerMapId: b!.mapId, specId: h.specOf(b!), quantity: 1 }],
    });
    expect(next.baseInfo.idOfStr).not.toBe(order.baseInfo.idOfStr);
  });

  it('refuses a damaged state and keeps the running one', () => {
    const h = createHarness();
    const [offer] = h.offers(1);
    h.cartAdd1688(offer!, 1);
    const before = JSON.stringify(h.part.snapshot());
    expect(() => h.part.restore({ version: 2 })).toThrow(/not usable/);
    expect(() =>
      h.part.restore({ version: 1, sequence: 3, accounts: { x: { orders: 'no' } } }),
    ).toThrow(/accounts\.x/);
    expect(JSON.stringify(h.part.snapshot())).toBe(before);
  });
});
