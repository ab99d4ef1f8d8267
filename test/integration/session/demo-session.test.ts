import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeResult } from '../../../src/shared/bridge/errors';
import { createMainApp, type MainApp } from '../../../src/main/app';
import { MemoryVault } from '../../../src/main/keychain/memory-vault';
import { createLogger } from '../../../src/main/log';
import { freePort } from '../../e2e/shell';

/**
 * The whole main side as a fresh install runs it: the Demo profile, its embedded sandbox over
 * real HTTP, its SQLite store, the cached reader and the router, steered by the sandbox's own
 * control API (faults, then stopping it).
 */
let dir: string;
let app: MainApp;
let sandboxOrigin: string;
const controlToken = randomBytes(12).toString('hex');

async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandboxOrigin}/_sandbox/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'x-sandbox-control': controlToken },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response.json();
}

async function searchRequests(): Promise<number> {
  const answer = (await control('requests?limit=1000')) as { requests: { endpoint: string }[] };
  return answer.requests.filter((entry) => /keywordSearch|search/i.test(entry.endpoint)).length;
}

interface Answer {
  readonly source: string;
  readonly data: { readonly items?: readonly unknown[]; readonly total?: number };
}

function value(result: BridgeResult<unknown>): Answer {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as Answer;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pandapon-demo-session-'));
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

describe('a fresh install on the Demo profile', () => {
  it('searches the embedded sandbox with no configuration', async () => {
    const page = value(
      await app.router.dispatch('catalog.search', { query: 'dress', platform: '1688' }),
    );
    expect(page.source).toBe('network');
    expect(page.data.items?.length).toBeGreaterThan(0);
  });

  it('answers the same search from the local store without asking PandaPon again', async () => {
    const before = await searchRequests();
    const again = value(
      await app.router.dispatch('catalog.search', { query: 'dress', platform: '1688' }),
    );
    expect(again.source).toBe('cache');
    expect(await searchRequests()).toBe(before);
  });

  it('keeps answering from the cache, with its age, while PandaPon fails', async () => {
    const session = await app.ctx.session();
    const input = { categoryId: 0, language: 'en' };
    const first = await session.read('alibaba.category.get', input);
    expect(first.source).toBe('network');
    await control('faults', { all: { errorRate: 1 } });
    try {
      // A refresh the user asked for fails on the server: the kept answer comes back, dated.
      const fallback = await session.read('alibaba.category.get', input, { refresh: true });
      expect(fallback.source).toBe('cache');
      expect(fallback.fetchedAt).toBe(first.fetchedAt);
      expect(fallback.data).toEqual(first.data);
    } finally {
      await control('faults', {});
    }
  });

  it('finds what it has seen in the local index, and says offline for what it has not', async () => {
    const local = value(
      await app.router.dispatch('store.searchLocal', { query: 'dress', page: 1, pageSize: 20 }),
    );
    expect(local.data.total).toBeGreaterThan(0);

    const sandbox = app.ctx.profiles as unknown as { demo?: { close(): Promise<void> } };
    await (sandbox.demo?.close() ?? Promise.resolve());
    const unseen = await app.router.dispatch('catalog.product', {
      platform: '1688',
      id: '999999999999',
    });
    expect(unseen.ok).toBe(false);
    if (!unseen.ok) expect(['offline', 'not_found']).toContain(unseen.error.code);
  });
});
