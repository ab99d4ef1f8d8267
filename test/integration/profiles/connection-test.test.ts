import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionTestResult, ProfileView } from '../../../src/shared/bridge/calls/profiles';
import { createMainApp, type MainApp } from '../../../src/main/app';
import { MemoryVault } from '../../../src/main/keychain';
import { createLogger } from '../../../src/main/log';
import { makeTempDir } from '../../unit/profiles/helpers';
import {
  startTestServer,
  TEST_ACCESS_KEY,
  TEST_SECRET,
  TEST_USER_ID,
  type TestServer,
} from '../pandapon/test-server';

let temp: ReturnType<typeof makeTempDir>;
let app: MainApp;
let server: TestServer;

beforeEach(async () => {
  temp = makeTempDir();
  server = await startTestServer();
  app = await createMainApp({
    version: '0.0.0-test',
    dataDir: temp.dir,
    logFile: join(temp.dir, 'main.log'),
    log: createLogger({ level: 'error' }),
    hooks: { shell: 'browser', openExternal: async () => false },
    keychain: new MemoryVault(),
    embeddedSandbox: false,
  });
});

afterEach(async () => {
  await app.close();
  await server.close();
  temp.cleanup();
});

async function call<T>(name: string, input: unknown): Promise<T> {
  const result = await app.router.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value as T;
}

async function profile(overrides: Record<string, unknown> = {}): Promise<ProfileView> {
  return call<ProfileView>('profiles.create', {
    name: `Shop ${Math.random().toString(36).slice(2, 8)}`,
    baseUrl: server.baseUrl,
    accessKey: TEST_ACCESS_KEY,
    userId: TEST_USER_ID,
    secret: TEST_SECRET,
    ...overrides,
  });
}

const test = (id: string) => call<ConnectionTestResult>('profiles.test', { id });

describe('Test connection against a PandaPon-compatible server', () => {
  it('succeeds with the right key and secret, with one signed read', async () => {
    const { id } = await profile();
    const result = await test(id);
    expect(result).toMatchObject({ outcome: 'ok', timestampUnit: 'ms' });
    expect(server.seen.filter((request) => request.signatureOk)).toHaveLength(1);
  });

  it('finds the timestamp unit the server wants and keeps it on the profile', async () => {
    server.acceptUnit('s');
    const { id } = await profile({ timestampUnit: 'ms' });
    const result = await test(id);
    expect(result).toMatchObject({ outcome: 'ok', timestampUnit: 's' });
    const list = await call<{ profiles: ProfileView[] }>('profiles.list', {});
    expect(list.profiles.find((item) => item.id === id)?.timestampUnit).toBe('s');
  });

  it('says the key or secret is wrong', async () => {
    const { id } = await profile({ secret: 'not-the-secret' });
    const result = await test(id);
    expect(result.outcome).toBe('auth_rejected');
    expect(result.message).toMatch(/access key or secret/);
  });

  it('says by how many seconds the clock is off', async () => {
    server.setClockOffset(-900_000); // PandaPon's clock 15 minutes behind this computer
    const { id } = await profile();
    const result = await test(id);
    expect(result.outcome).toBe('clock_skew');
    expect(result.skewSeconds).toBeGreaterThanOrEqual(899);
    expect(result.message).toMatch(/9\d\d s ahead/);
  });

  it('says PandaPon is unreachable when nothing listens', async () => {
    const closed = await startTestServer();
    const baseUrl = closed.baseUrl;
    await closed.close();
    const { id } = await profile({ baseUrl });
    expect((await test(id)).outcome).toBe('unreachable');
  });

  it('says the server is not PandaPon when a web page answers', async () => {
    const web: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Welcome</body></html>');
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = web.address() as AddressInfo;
      const { id } = await profile({ baseUrl: `http://127.0.0.1:${port}` });
      expect((await test(id)).outcome).toBe('not_pandapon');
    } finally {
      web.closeAllConnections();
      await new Promise((resolve) => web.close(resolve));
    }
  });
});
