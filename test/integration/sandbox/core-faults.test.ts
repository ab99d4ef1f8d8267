import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox';
import { clientOf, controlCall, rawCall, SMALL_CATALOGUE } from './core-helpers';

/**
 * Faults as the reliability tests use them: latency, server errors, 429 with Retry-After,
 * timeouts that hold the socket, and lost responses after the work is done; per run, per
 * endpoint and for the next N calls only. Also the control API that switches them.
 */
const SEARCH = '/v2/alibaba/product/keywords/query';
const HOT = 'alibaba.product.hotList';
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ catalogueSize: SMALL_CATALOGUE });
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(() => {
  sandbox.control.reset();
});

async function timed<T>(body: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await body();
  return { ms: performance.now() - started, value };
}

describe('faults', () => {
  it('adds fixed latency to every call, and random latency within its range', async () => {
    sandbox.control.setFaults({ all: { latencyMs: 150 } });
    const fixed = await timed(() => rawCall(sandbox, SEARCH, {}));
    expect(fixed.value.body.code).toBe(200);
    expect(fixed.ms).toBeGreaterThanOrEqual(145);

    sandbox.control.setFaults({ all: { latencyMs: { min: 40, max: 80 } } });
    for (let call = 0; call < 3; call += 1) {
      const random = await timed(() => rawCall(sandbox, SEARCH, {}));
      expect(random.ms).toBeGreaterThanOrEqual(38);
    }
  });

  it('answers 429 with Retry-After, and the client reports it as rate limited', async () => {
    sandbox.control.setFaults({ all: { rateLimitRate: 1, retryAfterSeconds: 7 } });
    const answer = await rawCall(sandbox, SEARCH, {});
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('7');
    expect(answer.body.code).toBe(42901);
    const error = await clientOf(sandbox)
      .call(HOT, {})
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 7000 });
  });

  it('fails with a server error only on the chosen endpoint and only for the next N calls', async () => {
    sandbox.control.setFaults({ endpoints: { [HOT]: { errorRate: 1, times: 2 } } });
    const client = clientOf(sandbox);
    await expect(client.call('alibaba.product.recommend', {})).resolves.toBeTruthy();
    for (let call = 0; call < 2; call += 1) {
      const error = await client.call(HOT, {}).catch((e: unknown) => e);
      expect(error).toMatchObject({ httpStatus: 500 });
    }
    await expect(client.call(HOT, {})).resolves.toMatchObject({ currentPage: 1 });
  });

  it('an error rate below 1 fails some calls and not others, the same way for the same seed', async () => {
    const outcomes = async () => {
      sandbox.control.setFaults({ seed: 5, all: { errorRate: 0.5 } });
      const codes: number[] = [];
      for (let call = 0; call < 12; call += 1)
        codes.push((await rawCall(sandbox, SEARCH, {})).body.code);
      return codes;
    };
    const first = await outcomes();
    expect(first).toContain(200);
    expect(first).toContain(50001);
    expect(await outcomes()).toEqual(first);
  });

  it('a timeout holds the socket until the client gives up', async () => {
    sandbox.control.setFaults({ endpoints: { [HOT]: { timeoutRate: 1, holdMs: 10_000 } } });
    const client = clientOf(sandbox, { timeoutMs: 300 });
    const { ms, value } = await timed(() => client.call(HOT, {}).catch((e: unknown) => e));
    expect(value).toMatchObject({ code: 'timeout' });
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(5_000);
  });

  it('a lost response creates the order but never answers', async () => {
    const client = clientOf(sandbox);
    const page = await client.call('alibaba.product.keywordSearch', {
      keyword: 'bag',
      pageSize: 1,
    });
    const offer = page.data![0]!;
    const detail = await client.call('alibaba.product.detail', { offerId: offer.offerMapId! });
    const spec = detail.productSkuInfos![0]!;
    sandbox.control.setFaults({
      endpoints: { 'alibaba.order.create': { lostResponseRate: 1, times: 1 } },
    });
    const error = await client
      .call('alibaba.order.create', {
        flow: 'general',
        addressParam: {
          fullName: 'Zhang San',
          mobile: '18600000000',
          provinceText: '浙江省',
          cityText: '杭州市',
          areaText: '西湖区',
          address: '转塘街道 1 号',
        },
        cargoParamList: [
          {
            offerMapId: offer.offerMapId!,
            specId: spec.specId!,
            quantity: detail.minOrderQuantity!,
          },
        ],
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'outcome_unknown' });
    const orders = await client.call('alibaba.order.page', { beginPage: 1, pageSize: 10 });
    expect(orders.totalRecords).toBe(1);
    const logged = sandbox.control
      .requests()
      .find((entry) => entry.endpoint === 'alibaba.order.create');
    expect(logged).toMatchObject({ fault: 'lost-response', httpStatus: null, code: 200 });
  });
});

describe('control API', () => {
  it('refuses every call without the control token, and with a wrong one', async () => {
    for (const [method, path] of [
      ['GET', 'health'],
      ['GET', 'state'],
      ['POST', 'time'],
      ['POST', 'faults'],
      ['POST', 'reset'],
      ['POST', 'callback-url'],
      ['GET', 'callbacks'],
      ['GET', 'requests'],
    ] as const) {
      expect((await controlCall(sandbox, method, path, undefined, null)).status, path).toBe(401);
      expect((await controlCall(sandbox, method, path, undefined, 'guess')).status, path).toBe(401);
    }
    expect(sandbox.control.state().faults).toEqual({});
  });

  it('switches faults, moves the clock, registers a callback URL and resets', async () => {
    const faults = await controlCall(sandbox, 'POST', 'faults', { all: { errorRate: 1 } });
    expect(faults.status).toBe(200);
    expect((await rawCall(sandbox, SEARCH, {})).body.code).toBe(50001);

    const before = sandbox.control.now().getTime();
    const moved = await controlCall(sandbox, 'POST', 'time', { advanceMs: 86_400_000 });
    expect(Date.parse(String(moved.body.now)) - before).toBeGreaterThanOrEqual(86_400_000);
    // Time travel moves business time only: signed calls with the real time still pass.
    await controlCall(sandbox, 'POST', 'faults', {});
    expect((await rawCall(sandbox, SEARCH, {})).body.code).toBe(200);

    const hook = await controlCall(sandbox, 'POST', 'callback-url', {
      url: 'http://127.0.0.1:9/hook',
    });
    expect(hook.body.callbackUrls).toEqual({
      [sandbox.credentials.accessKey]: 'http://127.0.0.1:9/hook',
    });

    expect((await controlCall(sandbox, 'POST', 'reset')).status).toBe(200);
    const state = (await controlCall(sandbox, 'GET', 'state')).body;
    expect(state).toMatchObject({ clockOffsetMs: 0, faults: {} });
    expect(JSON.stringify(state)).not.toContain(sandbox.credentials.secret);
  });

  it('refuses bad control bodies with the field at fault', async () => {
    const answer = await controlCall(sandbox, 'POST', 'faults', { all: { errorRate: 3 } });
    expect(answer.status).toBe(400);
    expect(String(answer.body.error)).toContain('all.errorRate');
    const time = await controlCall(sandbox, 'POST', 'time', { advanceMs: -5 });
    expect(time.status).toBe(400);
  });

  it('lists requests with their requestIds, filtered by endpoint', async () => {
    const answer = await rawCall(sandbox, SEARCH, { keyword: 'bag' });
    await rawCall(sandbox, '/v2/alibaba/product/hot/list', {});
    const listed = await controlCall(
      sandbox,
      'GET',
      'requests?endpoint=alibaba.product.keywordSearch',
    );
    const requests = listed.body.requests as {
      requestId: string;
      endpoint: string;
      code: number;
    }[];
    expect(requests.map((entry) => entry.endpoint)).toEqual(['alibaba.product.keywordSearch']);
    expect(requests[0]).toMatchObject({ requestId: answer.body.requestId, code: 200 });
  });
});
