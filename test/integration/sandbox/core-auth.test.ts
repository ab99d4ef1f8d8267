import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox';
import { silentLogger } from '../../../src/main/log';
import { createPandaponClient } from '../../../src/main/pandapon';
import { clientOf, rawCall, SMALL_CATALOGUE } from './core-helpers';

/**
 * The sandbox refuses what PandaPon refuses, each with its own code and a message that says
 * what to fix; and the app's client reads each refusal as the right kind of problem.
 */
const SEARCH = '/v2/alibaba/product/keywords/query';
const second = { accessKey: 'second-key', secret: 'second-secret', userId: '2100000000777' };
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({
    catalogueSize: SMALL_CATALOGUE,
    accounts: [
      { accessKey: 'first-key', secret: 'first-secret', userId: '2100000000001' },
      { accessKey: 'first-key', secret: 'first-secret', userId: '2100000000002' },
      second,
    ],
  });
});
afterAll(async () => {
  await sandbox.close();
});

describe('accepted calls', () => {
  it('accepts timestamps in seconds and in milliseconds', async () => {
    for (const unit of ['s', 'ms'] as const) {
      const answer = await rawCall(sandbox, SEARCH, { keyword: 'bag' }, { unit });
      expect(answer.body.code, unit).toBe(200);
    }
  });

  it('accepts a timestamp 9 minutes off, and every user-id of the access key', async () => {
    const answer = await rawCall(sandbox, SEARCH, {}, { epochMs: Date.now() - 540_000 });
    expect(answer.body.code).toBe(200);
    const subAccount = await rawCall(
      sandbox,
      SEARCH,
      {},
      { credentials: { userId: '2100000000002' } },
    );
    expect(subAccount.body.code).toBe(200);
  });

  it('answers a Date header and the requestId in a header too', async () => {
    const answer = await rawCall(sandbox, SEARCH, {});
    expect(answer.headers.get('date')).toBeTruthy();
    expect(answer.headers.get('x-request-id')).toBe(answer.body.requestId);
  });
});

describe('refusals, each with its own code', () => {
  it('wrong signature: 40103', async () => {
    const answer = await rawCall(
      sandbox,
      SEARCH,
      {},
      { headers: { signature: 'B7F83FE2ADC8D8F044F2E01F0FFE8C80' } },
    );
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ code: 40103, data: null });
    expect(answer.body.msg).toMatch(/signature does not match/);
  });

  it('a secret of another account: 40103', async () => {
    const answer = await rawCall(sandbox, SEARCH, {}, { credentials: { secret: second.secret } });
    expect(answer.body.code).toBe(40103);
  });

  it('stale timestamp, in seconds or milliseconds, behind or ahead: 40104', async () => {
    for (const [unit, offset] of [
      ['s', -601_000],
      ['ms', -3_600_000],
      ['ms', 700_000],
    ] as const) {
      const answer = await rawCall(sandbox, SEARCH, {}, { unit, epochMs: Date.now() + offset });
      expect(answer.body.code, `${unit} ${offset}`).toBe(40104);
      expect(answer.body.msg).toMatch(/timestamp .* within 600 s/);
    }
    const garbage = await rawCall(sandbox, SEARCH, {}, { headers: { timestamp: 'yesterday' } });
    expect(garbage.body.code).toBe(40104);
  });

  it('replayed nonce: the second use is refused with 40105', async () => {
    const nonce = 'N'.repeat(31) + 'x';
    const first = await rawCall(sandbox, SEARCH, {}, { nonce });
    const replay = await rawCall(sandbox, SEARCH, {}, { nonce, epochMs: Date.now() + 1000 });
    expect(first.body.code).toBe(200);
    expect(replay.body.code).toBe(40105);
    expect(replay.body.msg).toMatch(/replayed/);
  });

  it('a nonce of a refused call is not burnt', async () => {
    const nonce = 'Q'.repeat(32);
    const forged = await rawCall(
      sandbox,
      SEARCH,
      {},
      { nonce, headers: { signature: '0'.repeat(32) } },
    );
    const genuine = await rawCall(sandbox, SEARCH, {}, { nonce });
    expect(forged.body.code).toBe(40103);
    expect(genuine.body.code).toBe(200);
  });

  it('unknown access key: 40102', async () => {
    const answer = await rawCall(sandbox, SEARCH, {}, { credentials: { accessKey: 'nobody' } });
    expect(answer.body.code).toBe(40102);
  });

  it('unknown user-id: 40106, also for a user-id of another access key', async () => {
    const stranger = await rawCall(sandbox, SEARCH, {}, { credentials: { userId: '999' } });
    const other = await rawCall(sandbox, SEARCH, {}, { credentials: { userId: second.userId } });
    expect(stranger.status).toBe(403);
    expect(stranger.body.code).toBe(40106);
    expect(other.body.code).toBe(40106);
  });

  it('missing header: 40101 naming it', async () => {
    const answer = await rawCall(sandbox, SEARCH, {}, { headers: { 'nonce-str': null } });
    expect(answer.body.code).toBe(40101);
    expect(answer.body.msg).toContain('nonce-str');
  });

  it('warehouse-logistics calls without the query sign: 40107', async () => {
    const answer = await rawCall(sandbox, '/v2/open/pp/logistics/orderRenderFreight', {});
    expect(answer.body.code).toBe(40107);
  });

  it('bad input, unknown path and wrong method have their own codes', async () => {
    const tooBig = await rawCall(sandbox, SEARCH, { pageSize: 500 });
    expect(tooBig.body.code).toBe(40001);
    expect(tooBig.body.msg).toContain('pageSize');
    const nowhere = await rawCall(sandbox, '/v2/nowhere', {});
    expect(nowhere).toMatchObject({ status: 404, body: { code: 40401 } });
    const wrong = await rawCall(sandbox, SEARCH, {}, { method: 'GET' });
    expect(wrong).toMatchObject({ status: 405, body: { code: 40405 } });
  });
});

describe('what the app makes of the refusals', () => {
  it('a wrong secret reads as rejected credentials; a slow clock is corrected from the Date header', async () => {
    const wrongSecret = clientOf(sandbox, { credentials: { ...second, secret: 'typo' } });
    const error = await wrongSecret.call('alibaba.product.hotList', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'auth_rejected',
      reason: 'signature',
      pandaponCode: 40103,
    });

    const slowClock = createPandaponClient({
      baseUrl: sandbox.origin,
      ...second,
      timestampUnit: 's',
      getSecret: () => second.secret,
      log: silentLogger,
      retry: { maxTries: 1 },
      now: () => Date.now() - 3_600_000,
    });
    const before = sandbox.control.requests().length;
    const page = await slowClock.call('alibaba.product.hotList', {});
    expect(page).toMatchObject({ currentPage: 1 });
    const codes = sandbox.control
      .requests()
      .slice(before)
      .map((entry) => entry.code);
    expect(codes).toEqual([40104, 200]);
  });
});
