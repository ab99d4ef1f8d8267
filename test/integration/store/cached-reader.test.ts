import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCachedReader, type RefreshedAnswer } from '../../../src/main/store';
import { BridgeError } from '../../../src/shared/bridge/errors';
import { useTempStores } from '../../unit/store/temp-store';
import { startLoopbackServer, type LoopbackServer } from './loopback-server';

const temp = useTempStores();
const SEARCH = 'alibaba.product.keywords.query';
const MINUTE = 60_000;

let server: LoopbackServer;
let clock: number;

beforeEach(async () => {
  server = await startLoopbackServer();
  clock = Date.parse('2025-05-01T08:00:00Z');
});
afterEach(async () => {
  await server.stop();
});

function setUp(options: { onRefreshed?: (refreshed: RefreshedAnswer) => void } = {}) {
  const store = temp.open({ file: join(temp.dir(), 'store.sqlite'), now: () => clock });
  const reader = createCachedReader({ store, fetch: server.fetch, ...options });
  return { store, reader };
}

describe('reading through the cache', () => {
  it('answers the second identical read from the cache without a request', async () => {
    const { reader } = setUp();
    const first = await reader.read(SEARCH, { keyword: 'T恤', beginPage: 1, pageSize: 50 });
    const second = await reader.read(SEARCH, { pageSize: 50, beginPage: 1, keyword: 'T恤' });

    expect(first.source).toBe('network');
    expect(second).toMatchObject({ source: 'cache', stale: false, data: first.data });
    expect(server.requests).toHaveLength(1);
  });

  it('treats an omitted default the same as the default itself', async () => {
    const store = temp.open({ file: join(temp.dir(), 'store.sqlite'), now: () => clock });
    const reader = createCachedReader({
      store,
      fetch: server.fetch,
      inputDefaults: [{ match: 'alibaba.product.*', defaults: { country: 'en' } }],
    });
    await reader.read(SEARCH, { keyword: 'bag', country: 'en', filter: undefined });
    const again = await reader.read(SEARCH, { keyword: 'bag' });

    expect(again.source).toBe('cache');
    expect(server.requests).toHaveLength(1);
  });

  it('returns a stale answer at once, then refreshes it and says when it changed', async () => {
    const refreshed: RefreshedAnswer[] = [];
    const { reader } = setUp({ onRefreshed: (answer) => refreshed.push(answer) });
    await reader.read(SEARCH, { keyword: 'bag' });
    clock += 10 * MINUTE;
    server.version = 2;
    server.latencyMs = 200;

    const started = performance.now();
    const stale = await reader.read<{ data: Array<{ subject: string }> }>(SEARCH, {
      keyword: 'bag',
    });
    expect(performance.now() - started).toBeLessThan(100);
    expect(stale).toMatchObject({ source: 'cache', stale: true, ageMs: 10 * MINUTE });
    expect(stale.data.data[0]?.subject).toMatch(/v1$/);

    await reader.settled();
    expect(refreshed).toHaveLength(1);
    expect((refreshed[0]?.data as { data: Array<{ subject: string }> }).data[0]?.subject).toMatch(
      /v2$/,
    );
    const fresh = await reader.read<{ data: Array<{ subject: string }> }>(SEARCH, {
      keyword: 'bag',
    });
    expect(fresh).toMatchObject({ source: 'cache', stale: false });
    expect(fresh.data.data[0]?.subject).toMatch(/v2$/);
  });

  it('stays quiet when a background refresh brings the same answer', async () => {
    const refreshed: RefreshedAnswer[] = [];
    const { reader } = setUp({ onRefreshed: (answer) => refreshed.push(answer) });
    await reader.read(SEARCH, { keyword: 'bag' });
    clock += 10 * MINUTE;
    await reader.read(SEARCH, { keyword: 'bag' });
    await reader.settled();

    expect(server.requests).toHaveLength(2);
    expect(refreshed).toEqual([]);
  });

  it('serves the cached answer with its age when the server is down', async () => {
    const { reader } = setUp();
    await reader.read(SEARCH, { keyword: 'bag' });
    clock += 3 * 60 * MINUTE;
    await server.stop();

    const answer = await reader.read(SEARCH, { keyword: 'bag' }, { forceRefresh: true });
    expect(answer).toMatchObject({ source: 'cache', stale: true, ageMs: 3 * 60 * MINUTE });
    expect(answer.fetchedAt).toBe('2025-05-01T08:00:00.000Z');
  });

  it('serves the cached answer when the server fails with an error page', async () => {
    const { reader } = setUp();
    await reader.read(SEARCH, { keyword: 'bag' });
    server.failing = true;

    const answer = await reader.read(SEARCH, { keyword: 'bag' }, { forceRefresh: true });
    expect(answer.source).toBe('cache');
  });

  it('fails with a clear offline error when nothing is cached', async () => {
    const { reader } = setUp();
    await server.stop();

    const failure = await reader.read(SEARCH, { keyword: 'never seen' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BridgeError);
    expect(failure).toMatchObject({ code: 'offline', details: { endpoint: SEARCH } });
  });

  it('passes through an answer PandaPon refused instead of hiding it behind the cache', async () => {
    const { store } = setUp();
    const refused = new BridgeError({ code: 'auth_rejected', message: 'key rejected' });
    const reader = createCachedReader({
      store,
      fetch: async () => {
        throw refused;
      },
    });
    await expect(reader.read(SEARCH, { keyword: 'bag' })).rejects.toBe(refused);
  });

  it('sends one request for identical reads made at the same time', async () => {
    const { reader } = setUp();
    server.latencyMs = 50;
    await Promise.all([1, 2, 3].map(() => reader.read(SEARCH, { keyword: 'bag' })));
    expect(server.requests).toHaveLength(1);
  });

  it('indexes the products of every fetched answer for local search', async () => {
    const { store, reader } = setUp();
    await reader.read(SEARCH, { keyword: 'summer' });

    const page = store.searchLocal({ query: 'dress style 7' });
    expect(page.total).toBeGreaterThan(0);
    expect(page.hits[0]?.product).toMatchObject({ platform: '1688', priceFen: 1250 });
  });

  it('keeps fresh windows per endpoint kind: orders for seconds, categories for a day', async () => {
    const { reader } = setUp();
    await reader.read('alibaba.order.detail', { orderId: '1' });
    await reader.read('alibaba.category.get', { categoryId: 6 });
    clock += 30_000;
    expect((await reader.read('alibaba.order.detail', { orderId: '1' })).stale).toBe(true);
    expect((await reader.read('alibaba.category.get', { categoryId: 6 })).stale).toBe(false);
    await reader.settled();
  });

  it('counts hits and misses for the statistics', async () => {
    const { store, reader } = setUp();
    await reader.read(SEARCH, { keyword: 'a1' });
    await reader.read(SEARCH, { keyword: 'a1' });
    await reader.read(SEARCH, { keyword: 'a1' });
    await reader.read(SEARCH, { keyword: 'a2' });

    expect(store.stats()).toMatchObject({ hits: 2, misses: 2, hitRate: 0.5, entries: 2 });
  });
});
