import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CartView } from '../../../src/shared/bridge/calls/cart';
import type {
  IntentStatus,
  OrderSummary,
  ShippingAddress,
} from '../../../src/shared/bridge/calls/orders';
import type { ProductDetail, SearchPage } from '../../../src/shared/bridge/calls/catalog';
import type { BridgeResult } from '../../../src/shared/bridge/errors';
import type { Sourced } from '../../../src/shared/bridge/sourced';
import { createMainApp, type MainApp } from '../../../src/main/app';
import { MemoryVault } from '../../../src/main/keychain/memory-vault';
import { createLogger } from '../../../src/main/log';
import { freePort } from '../../e2e/shell';

/**
 * The main side as the app runs it on the Demo profile: the router, the orders handlers, the
 * outbox in the profile's SQLite file and the embedded sandbox over real HTTP. Nothing is mocked;
 * the sandbox's request log says what reached "PandaPon".
 */
let dir: string;
let app: MainApp;
let sandboxOrigin: string;
const controlToken = randomBytes(12).toString('hex');

async function createOrderRequests(): Promise<number> {
  const response = await fetch(`${sandboxOrigin}/_sandbox/requests?limit=1000`, {
    headers: { 'x-sandbox-control': controlToken },
  });
  const log = (await response.json()) as { requests: { endpoint: string }[] };
  return log.requests.filter((entry) => entry.endpoint === 'alibaba.cart.createOrder').length;
}

async function call<T>(name: string, input: unknown): Promise<T> {
  const result: BridgeResult<unknown> = await app.router.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Puts one 1688 offer in the cart at its minimum, as the product page would. */
async function addSomethingToCart(): Promise<void> {
  const page = await call<Sourced<SearchPage>>('catalog.search', {
    query: 'dress',
    platform: '1688',
  });
  for (const item of page.data.items.slice(0, 10)) {
    const product = (
      await call<Sourced<ProductDetail>>('catalog.product', { platform: '1688', id: item.id })
    ).data;
    const quantity = Math.max(1, product.minOrderQuantity);
    const variant = product.variants.find((each) => (each.stock ?? quantity) >= quantity);
    if (product.variants.length > 0 && !variant) continue;
    await call<CartView>('cart.add', {
      platform: '1688',
      productId: product.id,
      ...(variant ? { specId: variant.id } : {}),
      quantity,
    });
    return;
  }
  throw new Error('No offer among the first ten results could be added.');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pandapon-place-once-'));
  const port = await freePort();
  sandboxOrigin = `http://127.0.0.1:${port}`;
  process.env.PANDAPON_DESK_SANDBOX_PORT = String(port);
  process.env.PANDAPON_DESK_SANDBOX_CONTROL_TOKEN = controlToken;
  app = await createMainApp({
    version: '0.0.0-test',
    dataDir: dir,
    logFile: join(dir, 'logs', 'main.log'),
    log: createLogger({ file: join(dir, 'logs', 'main.log') }),
    hooks: { shell: 'browser', openExternal: async () => false },
    keychain: new MemoryVault(),
  });
}, 30_000);

afterAll(async () => {
  await app?.close();
  delete process.env.PANDAPON_DESK_SANDBOX_PORT;
  delete process.env.PANDAPON_DESK_SANDBOX_CONTROL_TOKEN;
  rmSync(dir, { recursive: true, force: true });
});

describe('placing an order', () => {
  it('creates one order when two orders.place calls with one client reference run at once', async () => {
    await addSomethingToCart();
    const cart = (await call<Sourced<CartView>>('cart.list', { platform: '1688', refresh: true }))
      .data;
    const lineIds = cart.sellers.flatMap((seller) => seller.lines.map((line) => line.id));
    expect(lineIds.length).toBeGreaterThan(0);
    const addresses = await call<ShippingAddress[]>('orders.saveAddress', {
      name: 'Li Wei',
      phone: '13800138000',
      province: '浙江省',
      city: '杭州市',
      district: '余杭区',
      address: '仓前街道 1 号',
    });
    const placeInput = {
      platform: '1688',
      lineIds,
      addressId: addresses[0]!.id,
      clientRef: 'place-twice-0001',
    };
    const listed = async () =>
      (await call<Sourced<OrderSummary[]>>('orders.list', { platform: '1688', refresh: true }))
        .data;
    const ordersBefore = (await listed()).length;
    const requestsBefore = await createOrderRequests();

    // The same press arriving twice (a double click, a repeated IPC message), neither awaited.
    const [first, second] = await Promise.all([
      call<IntentStatus>('orders.place', placeInput),
      call<IntentStatus>('orders.place', placeInput),
    ]);

    expect(first.state).toBe('done');
    expect(first.orderIds).toHaveLength(1);
    expect(second).toEqual(first);
    expect((await createOrderRequests()) - requestsBefore).toBe(1);
    const ordersAfter = await listed();
    expect(ordersAfter).toHaveLength(ordersBefore + 1);
    expect(ordersAfter.filter((order) => order.id === first.orderIds[0])).toHaveLength(1);

    // A third call later is answered from the outbox and sends nothing either.
    const third = await call<IntentStatus>('orders.place', placeInput);
    expect(third.orderIds).toEqual(first.orderIds);
    expect((await createOrderRequests()) - requestsBefore).toBe(1);
  });
});
