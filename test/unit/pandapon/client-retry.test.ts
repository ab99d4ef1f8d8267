import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PandaponError } from '../../../src/main/pandapon';
import { startTestServer, type TestServer } from '../../integration/pandapon/test-server';
import { clientFor } from './helpers';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const envelope = (data: unknown) => ({
  requestId: 'rq-x',
  code: 200,
  developId: 'd',
  msg: '成功',
  data,
});

describe('retry policy', () => {
  it('retries a read after a server error and signs each try afresh', async () => {
    server.script('alibaba.cart.list', (_req, count) =>
      count < 3 ? { status: 503, body: 'busy' } : undefined,
    );
    const { client } = clientFor(server);
    const result = await client.callWithMeta('alibaba.cart.list', {});
    expect(result.tries).toBe(3);
    const nonces = server.seen.map((request) => request.headers['nonce-str']);
    expect(new Set(nonces).size).toBe(3);
    expect(server.seen.every((request) => request.signatureOk)).toBe(true);
  });

  it('gives up on a read after three tries with a timeout error', async () => {
    server.script('taobao.product.get', () => ({ delayMs: 500, body: envelope({}) }));
    const { client } = clientFor(server, { timeouts: { read: 80 } });
    const error = await client.call('taobao.product.get', { itemId: 'x' }).catch((e) => e);
    expect(error).toBeInstanceOf(PandaponError);
    expect(error.code).toBe('timeout');
    expect(server.seen).toHaveLength(3);
  });

  it('never retries a money-moving call after a server error: outcome unknown', async () => {
    server.script('alibaba.order.create', () => ({ status: 502, body: 'bad gateway' }));
    const { client } = clientFor(server);
    const error = await client
      .call('alibaba.order.create', {
        flow: 'general',
        addressParam: { fullName: 'Z' },
        cargoParamList: [{ offerMapId: 'o1', specId: 's1', quantity: 1 }],
      })
      .catch((e) => e);
    expect(error.code).toBe('outcome_unknown');
    expect(error.toBridgeError().code).toBe('outcome_unknown');
    expect(server.seen).toHaveLength(1);
  });

  it('never sends an order twice after a lost response', async () => {
    server.script('alibaba.order.batchCreate', () => ({ destroy: true }));
    const { client } = clientFor(server);
    const error = await client
      .call('alibaba.order.batchCreate', {
        flow: 'general',
        addressParam: { fullName: 'Z' },
        cargoParamList: [{ offerMapId: 'o1', quantity: 2 }],
      })
      .catch((e) => e);
    expect(error.code).toBe('outcome_unknown');
    expect(server.seen).toHaveLength(1);
  });

  it('reports a money call that timed out as outcome unknown, sent once', async () => {
    server.script('alibaba.order.payUrl', () => ({ delayMs: 400, body: envelope({}) }));
    const { client } = clientFor(server, { timeouts: { money: 100 } });
    const error = await client.call('alibaba.order.payUrl', { orderId: '1' }).catch((e) => e);
    expect(error.code).toBe('outcome_unknown');
    expect(server.seen).toHaveLength(1);
  });

  it('waits out Retry-After on 429 before trying a read again', async () => {
    const times: number[] = [];
    server.script('alibaba.cart.list', (_req, count) => {
      times.push(Date.now());
      return count === 1 ? { status: 429, headers: { 'retry-after': '1' }, body: '' } : undefined;
    });
    const { client } = clientFor(server);
    const result = await client.callWithMeta('alibaba.cart.list', {});
    expect(result.tries).toBe(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  });

  it('does not retry a money call on 429 and says how long to wait', async () => {
    server.script('alibaba.order.cancel', () => ({
      status: 429,
      headers: { 'retry-after': '7' },
      body: '',
    }));
    const { client } = clientFor(server);
    const error = await client
      .call('alibaba.order.cancel', { webSite: '1688', orderId: 1, cancelReason: 'other' })
      .catch((e) => e);
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterMs).toBe(7000);
    expect(error.message).toMatch(/7 s/);
    expect(server.seen).toHaveLength(1);
    expect(error.toBridgeError()).toMatchObject({
      code: 'rate_limited',
      details: { endpoint: 'alibaba.order.cancel', retryAfterMs: 7000 },
    });
  });

  it('rejects bad input before anything reaches the network', async () => {
    const { client } = clientFor(server);
    const error = await client
      // @ts-expect-error quantity must be a number: this is the point of the test
      .call('alibaba.order.preview', { cargoParamList: [{ offerMapId: 'o', quantity: 'two' }] })
      .catch((e) => e);
    expect(error.code).toBe('bad_input');
    expect(error.issues[0].path).toBe('cargoParamList.0.quantity');
    expect(server.seen).toHaveLength(0);
  });
});
