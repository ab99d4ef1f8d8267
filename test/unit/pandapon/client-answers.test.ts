import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PandaponError } from '../../../src/main/pandapon';
import {
  startTestServer,
  TEST_SECRET,
  type TestServer,
} from '../../integration/pandapon/test-server';
import { clientFor } from './helpers';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const envelope = (data: unknown, code = 200, msg = '成功') => ({
  requestId: 'rq-42',
  code,
  developId: 'd',
  msg,
  data,
});

describe('answers and errors', () => {
  it('accepts unknown extra fields and documented nulls', async () => {
    server.script('alibaba.cart.list', () => ({
      body: envelope({
        enableList: [
          {
            sellerOpenId: 'BBB',
            sellerNickName: null,
            newField: { deep: true },
            cartItemInfos: [{ id: 1, price: 689, quantity: 2, properties: null, extra: 'x' }],
          },
        ],
        disableList: null,
      }),
    }));
    const { client } = clientFor(server);
    const cart = await client.call('alibaba.cart.list', {});
    expect(cart.enableList?.[0]?.cartItemInfos?.[0]?.price).toBe(689);
    expect((cart.enableList?.[0] as Record<string, unknown>).newField).toEqual({ deep: true });
  });

  it('names the endpoint and the field when an answer breaks its schema', async () => {
    server.script('alibaba.cart.list', () => ({
      body: envelope({ enableList: [{ cartItemInfos: [{ id: 1, price: '6.89' }] }] }),
    }));
    const { client } = clientFor(server);
    const error = await client.call('alibaba.cart.list', {}).catch((e) => e);
    expect(error).toBeInstanceOf(PandaponError);
    expect(error.code).toBe('schema_mismatch');
    expect(error.endpoint).toBe('alibaba.cart.list');
    expect(error.field).toBe('data.enableList.0.cartItemInfos.0.price');
    expect(error.requestId).toBe('rq-42');
    expect(error.toBridgeError()).toMatchObject({
      code: 'schema_mismatch',
      details: { field: 'data.enableList.0.cartItemInfos.0.price' },
    });
  });

  it('treats code 0 as success, as the address example shows', async () => {
    server.script('basis.address.addOrUpdate', () => ({ body: { code: 0, msg: 'ok' } }));
    const { client } = clientFor(server);
    const result = await client.callWithMeta('basis.address.addOrUpdate', {
      name: 'A',
      province: 'Zhejiang',
      city: 'Hangzhou',
      address: 'street 1',
      phone: '1',
    });
    expect(result.data).toBeUndefined();
  });

  it('turns a refusal into a business error carrying the code and msg', async () => {
    server.script('alibaba.order.cancel', () => ({
      body: envelope(null, 500, '订单状态不允许取消'),
    }));
    const { client } = clientFor(server);
    const error = await client
      .call('alibaba.order.cancel', { webSite: '1688', orderId: 1, cancelReason: 'other' })
      .catch((e) => e);
    expect(error.code).toBe('business');
    expect(error.pandaponCode).toBe(500);
    expect(error.message).toContain('订单状态不允许取消');
    expect(error.toBridgeError().code).toBe('pandapon_error');
    expect(server.seen).toHaveLength(1);
  });

  it('reports a wrong secret as rejected credentials', async () => {
    const { client } = clientFor(server, { getSecret: () => 'wrong' });
    const error = await client.call('alibaba.cart.list', {}).catch((e) => e);
    expect(error.code).toBe('auth_rejected');
    expect(error.reason).toBe('signature');
    expect(error.toBridgeError().code).toBe('auth_rejected');
  });

  it('reports an unreachable server as offline and tells the network state', async () => {
    const reach: boolean[] = [];
    const baseUrl = server.baseUrl;
    await server.close();
    const { client } = clientFor(
      { ...server, baseUrl },
      { onReachability: (on) => reach.push(on) },
    );
    const error = await client.call('alibaba.cart.list', {}).catch((e) => e);
    expect(error.code).toBe('network');
    expect(error.toBridgeError().code).toBe('offline');
    expect(reach.at(-1)).toBe(false);
    server = await startTestServer();
  });

  it('calls an answer that is not PandaPon a schema mismatch with a base-URL hint', async () => {
    server.script('alibaba.cart.list', () => ({ body: '<html>login</html>' }));
    const { client } = clientFor(server);
    const error = await client.call('alibaba.cart.list', {}).catch((e) => e);
    expect(error.code).toBe('schema_mismatch');
    expect(error.message).toMatch(/base URL/);
  });

  it('corrects its clock from the Date header when PandaPon refuses the timestamp', async () => {
    server.setClockOffset(20 * 60_000);
    const { client } = clientFor(server);
    const data = await client.call('alibaba.cart.list', {});
    expect(data).toBeDefined();
    expect(Math.abs(client.clockOffsetMs - 20 * 60_000)).toBeLessThan(2_000);
    expect(server.seen).toHaveLength(2);
  });

  it('signs warehouse-logistics calls in the query as well', async () => {
    const { client } = clientFor(server);
    await client.call('logistics.freight.orderPreview', {
      renderItems: [{ itemId: 'i', skuId: 's', quantity: 1, freightInfo: { serviceId: '1' } }],
    });
    const [request] = server.seen;
    expect(request?.query.get('sign')).toBe(request?.headers.signature);
    expect(request?.query.get('timestamp')).toBe(request?.headers.timestamp);
    expect(request?.signatureOk).toBe(true);
  });

  it('logs one line per call with endpoint, ms, code and requestId, never a secret', async () => {
    const { client, log } = clientFor(server);
    await client.call('taobao.product.get', { itemId: 'WUnUC1cILiBjt-Jv3lDdlQ' });
    const lines = log.lines.filter((line) => line.includes(' call '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/"endpoint":"taobao.product.get"/);
    expect(lines[0]).toMatch(/"ms":\d+/);
    expect(lines[0]).toMatch(/"requestId":"rq-1"/);
    const all = log.lines.join('\n');
    expect(all).not.toContain(TEST_SECRET);
    expect(all).not.toContain(String(server.seen[0]?.headers.signature));
    expect(all).not.toContain(String(server.seen[0]?.headers['nonce-str']));
  });
});

describe('connection test', () => {
  it('reports success', async () => {
    const { client } = clientFor(server);
    expect((await client.testConnection()).outcome).toBe('ok');
  });

  it('reports a wrong key or secret', async () => {
    const { client } = clientFor(server, { getSecret: () => 'nope' });
    expect((await client.testConnection()).outcome).toBe('wrong_key_or_secret');
  });

  it('finds the timestamp unit that works and switches to it', async () => {
    server.acceptUnit('s');
    const { client } = clientFor(server, { timestampUnit: 'ms' });
    const result = await client.testConnection();
    expect(result).toMatchObject({ outcome: 'ok', timestampUnit: 's', unitChanged: true });
    expect(client.timestampUnit).toBe('s');
  });

  it('reports a clock that is off, with the seconds', async () => {
    server.setClockOffset(-3_600_000);
    const { client } = clientFor(server);
    const result = await client.testConnection();
    expect(result.outcome).toBe('clock_off');
    expect(Math.abs((result.clockOffsetSeconds ?? 0) + 3600)).toBeLessThanOrEqual(2);
    expect(result.message).toMatch(/off by 36\d\d s/);
  });

  it('reports an unreachable server and a server that is not PandaPon', async () => {
    server.script('alibaba.cart.list', () => ({ body: 'hello' }));
    expect((await clientFor(server).client.testConnection()).outcome).toBe('not_pandapon');
    const baseUrl = server.baseUrl;
    await server.close();
    const result = await clientFor({ ...server, baseUrl }).client.testConnection();
    expect(result.outcome).toBe('unreachable');
    server = await startTestServer();
  });
});
