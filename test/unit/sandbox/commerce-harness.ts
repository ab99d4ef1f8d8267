import { expect } from 'vitest';
import { endpoints, type EndpointName } from '../../../src/shared/pandapon';
import { generateCatalogue } from '../../../src/sandbox/generator/catalogue';
import { skusOf } from '../../../src/sandbox/generator/skus';
import type { Product } from '../../../src/sandbox/generator/types';
import { taobaoMpId } from '../../../src/sandbox/goods/shapes';
import { createCommercePart } from '../../../src/sandbox/commerce';
import { SandboxError, type SandboxMessage } from '../../../src/sandbox/routes';

/**
 * The commerce part driven through its route handlers with a clock the test moves. Every answer
 * is passed through JSON (as the server sends it) and checked against the catalogue's schema.
 */
export const ORIGIN = 'http://127.0.0.1:9';
export const ACCOUNT = { accessKey: 'AK-commerce', userId: '2100000000001' };

export const ADDRESS_1688 = {
  fullName: '张伟',
  mobile: '13800138000',
  phone: '13800138000',
  provinceText: '浙江省',
  cityText: '杭州市',
  areaText: '西湖区',
  townText: '转塘街道',
  address: '之江路 88 号',
};
export const ADDRESS_TAOBAO = {
  name: '张伟',
  mobile_phone: '13800138000',
  country: '中国',
  state: '浙江省',
  city: '杭州市',
  district: '西湖区',
  address: '之江路 88 号',
};

/** An answer already checked against its schema, read freely by the tests. */
export type Answer = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- see above
export type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads answers freely

export function createHarness() {
  const catalogue = generateCatalogue(11, { offers: 400, items: 300 });
  let now = new Date('2026-05-20T02:00:00.000Z');
  const messages: { accessKey: string; message: SandboxMessage }[] = [];
  const part = createCommercePart({
    catalogue,
    now: () => now,
    notify: (accessKey, message) => messages.push({ accessKey, message }),
    origin: () => ORIGIN,
  });

  function call(
    endpoint: EndpointName,
    input: Record<string, unknown> = {},
    who = ACCOUNT,
  ): Answer {
    const handler = part.routes[endpoint];
    if (!handler) throw new Error(`No handler for ${endpoint}`);
    const answer = handler({ endpoint, input, ...who, requestId: 'test' });
    const wire = answer === undefined ? null : (JSON.parse(JSON.stringify(answer)) as unknown);
    const checked = endpoints[endpoint].response.safeParse(wire);
    expect(
      checked.success,
      `${endpoint} answer fits the catalogue: ${checked.error?.message}`,
    ).toBe(true);
    return wire as Answer;
  }

  function refusal(
    endpoint: EndpointName,
    input: Record<string, unknown>,
    who = ACCOUNT,
  ): SandboxError {
    // A read first, so the account exists (and is settled) before the state is compared.
    call('basis.address.get', {}, who);
    const before = JSON.stringify(part.snapshot());
    try {
      call(endpoint, input, who);
    } catch (error) {
      expect(error).toBeInstanceOf(SandboxError);
      expect(JSON.stringify(part.snapshot()), 'a refusal changes nothing').toBe(before);
      return error as SandboxError;
    }
    throw new Error(`${endpoint} was not refused`);
  }

  function advance(ms: number) {
    now = new Date(now.getTime() + ms);
    part.tick();
  }

  const inStock = (product: Product) =>
    product.stock > 0 && skusOf(product).every((sku) => sku.stock >= 100);
  /** Offers of distinct sellers, small minimum, plenty of stock. */
  const offers = (count: number, moq = 1) => {
    const sellers = new Set<number>();
    return catalogue.offers
      .filter((offer) => {
        if (!inStock(offer) || offer.moq !== moq || sellers.has(offer.sellerIndex)) return false;
        sellers.add(offer.sellerIndex);
        return true;
      })
      .slice(0, count);
  };
  const items = (count: number) => {
    const shops = new Set<number>();
    return catalogue.items
      .filter((item) => {
        if (!inStock(item) || shops.has(item.sellerIndex)) return false;
        shops.add(item.sellerIndex);
        return true;
      })
      .slice(0, count);
  };
  const soldOut1688 = () => catalogue.offers.find((offer) => offer.stock === 0)!;

  const specOf = (offer: Product) => skusOf(offer)[0]!.specId;
  const cartAdd1688 = (offer: Product, quantity: number) =>
    call('alibaba.cart.add', {
      offerMapId: offer.mapId,
      specId: specOf(offer),
      quantity,
    }) as unknown as number;
  const taobaoLine = (item: Product, quantity: number) => {
    const sku = skusOf(item)[0]!;
    return {
      itemMapId: item.mapId,
      skuId: sku.skuId,
      mpId: taobaoMpId(item),
      mpSkuId: sku.mpSkuId,
      quantity,
    };
  };

  return {
    catalogue,
    part,
    messages,
    call,
    refusal,
    advance,
    now: () => now,
    offers,
    items,
    soldOut1688,
    specOf,
    cartAdd1688,
    taobaoLine,
  };
}
