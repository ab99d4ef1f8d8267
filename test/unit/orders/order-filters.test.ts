import { describe, expect, it } from 'vitest';
import {
  canRequestAftersales,
  hasFilters,
  listRequestOf,
  NO_FILTERS,
} from '../../../src/renderer/src/pages/orders/order-filters';
import { addressLine, maskPhone } from '../../../src/renderer/src/pages/orders/masking';

describe('the order list filters', () => {
  it('sends only the filters that are set', () => {
    expect(listRequestOf(NO_FILTERS)).toEqual({ request: {}, problem: null });
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(
      listRequestOf({
        platform: '1688',
        status: 'shipped',
        from: '2026-12-01',
        to: '2026-12-03',
        text: '  dress ',
      }),
    ).toEqual({
      request: {
        platform: '1688',
        status: 'shipped',
        from: '2026-12-01',
        to: '2026-12-03',
        text: 'dress',
      },
      problem: null,
    });
  });

  it('reports a reversed date range and still lists from the start date', () => {
    expect(listRequestOf({ ...NO_FILTERS, from: '2026-12-05', to: '2026-12-01' })).toEqual({
      request: { from: '2026-12-05' },
      problem: 'dateOrder',
    });
  });

  it('leaves out a half-typed date', () => {
    expect(listRequestOf({ ...NO_FILTERS, from: '2026-1' }).request).toEqual({});
  });

  it('offers after-sales only on paid orders', () => {
    expect(canRequestAftersales('awaiting_payment')).toBe(false);
    expect(canRequestAftersales('cancelled')).toBe(false);
    expect(canRequestAftersales('awaiting_shipment')).toBe(true);
    expect(canRequestAftersales('completed')).toBe(true);
  });
});

describe('masking', () => {
  it('hides the middle of a phone number', () => {
    expect(maskPhone('13800138000')).toBe('138••••8000');
    expect(maskPhone('+66 812345678')).toBe('+668••••5678');
    expect(maskPhone('12345')).toBe('•••••');
  });

  it('shows a district once when the street line repeats it', () => {
    expect(
      addressLine({
        province: '浙江省',
        city: '杭州市',
        district: '余杭区',
        address: '余杭区 仓前街道 1 号',
      }),
    ).toBe('浙江省 杭州市, 余杭区 仓前街道 1 号');
  });
});
