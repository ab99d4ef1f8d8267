import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callNames, type EventName } from '../../../src/shared/bridge';
import { createMainApp, type MainApp } from '../../../src/main/app';
import { MemoryVault } from '../../../src/main/keychain';
import { createLogger } from '../../../src/main/log';
import { startTestServer, type TestServer } from '../../integration/pandapon/test-server';
import { makeTempDir } from './helpers';

const SECRET = 'zz-Top-Secret-Value-Q7R8';
const ROTATED = 'yy-Rotated-Secret-K1L2';

let temp: ReturnType<typeof makeTempDir>;
let app: MainApp;
// A local PandaPon-compatible server, so profiles.test makes a real signed call offline.
let server: TestServer;
const seen: Array<{ name: EventName; payload: unknown }> = [];

beforeEach(async () => {
  temp = makeTempDir();
  server = await startTestServer();
  seen.length = 0;
  app = await createMainApp({
    version: '0.0.0-test',
    dataDir: temp.dir,
    logFile: join(temp.dir, 'main.log'),
    log: createLogger({ file: join(temp.dir, 'main.log'), level: 'debug' }),
    hooks: { shell: 'browser', openExternal: async () => false },
    keychain: new MemoryVault(),
    embeddedSandbox: false,
  });
  app.ctx.events.subscribe((name, payload) => seen.push({ name, payload }));
});

afterEach(async () => {
  await app.close();
  await server.close();
  temp.cleanup();
});

describe('the profiles bridge', () => {
  it('never returns, emits or logs a secret through any profiles call', async () => {
    const answers: unknown[] = [];
    const walked = new Set<string>();
    const call = async (name: string, input: unknown) => {
      const result = await app.router.dispatch(name, input);
      walked.add(name);
      answers.push(result);
      return result;
    };

    const created = await call('profiles.create', {
      name: '  Shop A  ',
      baseUrl: server.baseUrl,
      accessKey: '58c0201dfdf148eca63cbf6bb5e7cf03',
      userId: '2100007341207',
      secret: SECRET,
      activate: true,
    });
    expect(created).toMatchObject({
      ok: true,
      value: { name: 'Shop A', hasSecret: true, secretHint: 'Q7R8', active: true },
    });
    const id = (created as { value: { id: string } }).value.id;

    await call('profiles.list', {});
    await call('app.info', {});
    await call('profiles.update', { id, name: 'Shop B' });
    await call('profiles.update', { id, secret: ROTATED });
    const tested = await call('profiles.test', { id });
    expect(tested).toMatchObject({ ok: true, value: { outcome: 'auth_rejected' } });
    expect(server.seen.length).toBeGreaterThan(0);
    await call('profiles.keychainStatus', {});
    await call('profiles.activate', { id: 'demo' });
    await call('profiles.activate', { id });
    await call('profiles.create', { name: 'Bad', accessKey: 'x', userId: '1', secret: SECRET });
    await call('profiles.delete', { id });
    await call('profiles.list', {});

    const profileCalls = callNames.filter((name) => name.startsWith('profiles.'));
    expect(profileCalls.filter((name) => !walked.has(name))).toEqual([]);

    const everything = JSON.stringify({ answers, seen });
    const log = readFileSync(join(temp.dir, 'main.log'), 'utf8');
    for (const secret of [SECRET, ROTATED]) {
      expect(everything).not.toContain(secret);
      expect(log).not.toContain(secret);
    }
    expect(seen.filter((event) => event.name === 'profiles.changed').length).toBeGreaterThan(4);
  });

  it('shows the active profile in app.info', async () => {
    const info = await app.router.dispatch('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { profile: { id: 'demo', demo: true } } });
  });

  it('refuses bad input with field-level reasons', async () => {
    const result = await app.router.dispatch('profiles.create', {
      name: ' ',
      baseUrl: 'ftp://api.pandapon.com',
      accessKey: 'has space',
      userId: '21000073',
      secret: 'short',
    });
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('expected a refusal');
    const issues = result.error.issues ?? [];
    expect(issues.map((issue) => issue.path).sort()).toEqual(
      ['accessKey', 'baseUrl', 'name', 'secret'].sort(),
    );
    expect(JSON.stringify(result)).not.toContain('short');
  });
});
