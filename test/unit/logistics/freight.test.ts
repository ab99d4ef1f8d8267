import { describe, expect, it } from 'vitest';
import { bookInput, estimateInput } from '../../../src/shared/bridge/calls/logistics';
import { bookShipment, estimateFreight } from '../../../src/main/logistics/freight-service';
import { freightOptionsOf } from '../../../src/main/logistics/freight-view';
import { fakeSession, quietLog } from '../aftersales/fake-session';

describe('freight estimate', () => {
  it('sends the price as yuan and the country in capitals, and lists options cheapest first', async () => {
    const session = fakeSession();
    let sent: Record<string, unknown> = {};
    session.answers['logistics.freight.estimate'] = (input) => {
      sent = input;
      return {
        renderId: 'FF1',
        currency: 'CNY',
        services: [
          { serviceId: '2', companyName: 'EMS', freight: '88.00', minDays: 7, maxDays: 12 },
          { serviceId: '1', companyName: 'SF International', freight: 12000, deliveryTime: '3-5' },
        ],
      };
    };
    const input = estimateInput.parse({
      itemId: '2048232789087639',
      skuId: '4970432383383',
      quantity: 2,
      priceFen: 1990,
      destination: { country: 'th', city: 'Bangkok' },
    });
    const answer = await estimateFreight(session, input);
    expect(sent).toMatchObject({ price: '19.90', currency: 'CNY', quantity: 2 });
    expect(sent.receiverAddress).toMatchObject({ country: 'TH', city: 'Bangkok' });
    expect(answer.data.options.map((option) => [option.carrier, option.priceMinor])).toEqual([
      ['EMS', 8800],
      ['SF International', 12000],
    ]);
    expect(answer.data.options[1]?.days).toEqual({ min: 3, max: 5 });
    expect(answer.data).toMatchObject({ renderId: 'FF1', answerInferred: true });
  });

  it('reads one quote per service, each naming its own price and days', () => {
    const { options } = freightOptionsOf([
      {
        currency: 'CNY',
        freight: '80.00',
        serviceId: '3',
        companyName: 'Sea',
        deliveryDays: '30-45',
        services: [{ serviceId: '3', companyName: 'Sea' }],
      },
      {
        currency: 'CNY',
        freight: '45.00',
        serviceId: '1',
        companyName: 'Air',
        deliveryDays: '7-12',
        services: [{ serviceId: '1', companyName: 'Air' }],
      },
    ]);
    expect(options.map((option) => [option.serviceId, option.priceMinor, option.days])).toEqual([
      ['1', 4500, { min: 7, max: 12 }],
      ['3', 8000, { min: 30, max: 45 }],
    ]);
  });

  it('reads a quote with no service list as one option', () => {
    const { options } = freightOptionsOf([
      { serviceId: '9', companyName: 'Yanwen', freight: 4500, currency: 'CNY' },
    ]);
    expect(options).toEqual([
      {
        serviceId: '9',
        carrier: 'Yanwen',
        category: null,
        priceMinor: 4500,
        currency: 'CNY',
        days: null,
      },
    ]);
  });

  it.each([
    ['a three-letter country', { destination: { country: 'THA' } }],
    ['a zero quantity', { quantity: 0 }],
    ['a link instead of an id', { itemId: 'https://item.taobao.com/item.htm?id=1' }],
  ])('refuses %s', (_name, change) => {
    const base = {
      itemId: '1',
      skuId: '2',
      quantity: 1,
      priceFen: 100,
      destination: { country: 'US' },
    };
    expect(estimateInput.safeParse({ ...base, ...change }).success).toBe(false);
  });
});

describe('booking a shipment', () => {
  const booking = bookInput.parse({
    renderId: 'FF1',
    receiver: {
      name: 'Somchai',
      phone: '+66 81 234 5678',
      address: '1 Sukhumvit Rd',
      city: 'Bangkok',
      country: 'TH',
    },
    lines: [{ itemId: '1', skuId: '2', quantity: 1, serviceId: '1', priceFen: 1990 }],
    clientRef: 'ship-ref-0001',
  });

  it('books once per reference', async () => {
    const session = fakeSession();
    session.onCall = () => ({ orderId: 'LP-77' });
    const first = await bookShipment(session, booking, quietLog);
    const again = await bookShipment(session, booking, quietLog);
    expect(first).toMatchObject({ state: 'done', shipmentId: 'LP-77' });
    expect(again).toMatchObject({ state: 'done', shipmentId: 'LP-77' });
    expect(session.calls).toHaveLength(1);
    expect(session.calls[0]!.input.remark).toBe('PPD:ship-ref-0001');
  });

  it('keeps a booking whose answer was lost as unknown and never sends it again', async () => {
    const session = fakeSession();
    session.onCall = () => {
      throw Object.assign(new Error('lost'), { code: 'timeout' });
    };
    expect((await bookShipment(session, booking, quietLog)).state).toBe('unknown');
    expect((await bookShipment(session, booking, quietLog)).state).toBe('unknown');
    expect(session.calls).toHaveLength(1);
  });
});
