import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCoverage } from '../../../src/shared/pandapon/coverage';
import {
  callbackMessages,
  endpointList,
  endpoints,
  fenToYuan,
  yuanToFen,
} from '../../../src/shared/pandapon';

describe('the endpoint catalogue', () => {
  it('declares all 73 entries of the v2 navigation, each name once', () => {
    const names = [...endpointList, ...callbackMessages].map((entry) => entry.name);
    expect(names).toHaveLength(73);
    expect(new Set(names).size).toBe(73);
    expect(Object.keys(endpoints)).toHaveLength(67);
  });

  it('uses one path per endpoint, all under the v2 prefix', () => {
    const keys = endpointList.map((entry) => `${entry.method} ${entry.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of endpointList) expect(entry.path.startsWith('/v2/')).toBe(true);
  });

  it('signs warehouse-logistics calls in the query as well and says so', () => {
    for (const entry of endpointList) {
      const logistics = entry.platform === 'logistics';
      expect(entry.auth).toBe(logistics ? 'headers+querySign' : 'headers');
      if (logistics) expect(entry.notes).toMatch(/sign/);
    }
  });

  it('marks every creation, payment, cancel, receipt and refund as money-moving', () => {
    const money = endpointList.filter((entry) => entry.kind === 'money').map((e) => e.name);
    expect(money).toEqual(
      expect.arrayContaining([
        'alibaba.order.create',
        'alibaba.order.batchCreate',
        'alibaba.order.payUrl',
        'alibaba.order.cancel',
        'alibaba.order.confirmReceipt',
        'alibaba.refund.create',
        'taobao.order.create',
        'taobao.order.pay',
        'taobao.refund.submit',
        'taobao.cart.createOrder',
        'alibaba.cart.createOrder',
      ]),
    );
  });

  it('keeps docs/api-coverage.md in step with the catalogue', () => {
    const committed = readFileSync(
      new URL('../../../docs/api-coverage.md', import.meta.url),
      'utf8',
    );
    expect(committed, 'run: npm exec -- tsx scripts/api-coverage.ts').toBe(renderCoverage());
  });
});

describe('money', () => {
  it('converts yuan strings to fen without floating-point drift', () => {
    expect(yuanToFen('239.99')).toBe(23999);
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('10')).toBe(1000);
    expect(fenToYuan(23999)).toBe('239.99');
    expect(fenToYuan(5)).toBe('0.05');
    expect(() => yuanToFen('1.999')).toThrow(RangeError);
  });
});
