import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BridgeError } from '../../../src/shared/bridge/errors';
import { createRouter, type Handlers } from '../../../src/main/bridge/router';
import { createLogger } from '../../../src/main/log';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function routerWith(overrides: Partial<Record<string, (input: unknown) => Promise<unknown>>>) {
  const dir = mkdtempSync(join(tmpdir(), 'pandapon-router-'));
  dirs.push(dir);
  const logFile = join(dir, 'main.log');
  const log = createLogger({ file: logFile, level: 'debug' });
  // Every call answers "not here" unless a test gives it a handler.
  const handlers = new Proxy(overrides, {
    get: (target, name: string) =>
      target[name] ??
      (async () => {
        throw new BridgeError({ code: 'not_found', message: `${name} is not part of this test` });
      }),
  }) as unknown as Handlers;
  return { router: createRouter(handlers, log), readLog: () => readFileSync(logFile, 'utf8') };
}

describe('the bridge router', () => {
  it('refuses a call name it does not know with unknown_call', async () => {
    const { router } = routerWith({});
    const answer = await router.dispatch('orders.dropTable' as never, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
  });

  it('refuses bad input with bad_input and names the field, before any handler runs', async () => {
    let ran = false;
    const { router } = routerWith({
      'profiles.activate': async () => {
        ran = true;
        return {};
      },
    });
    const answer = await router.dispatch('profiles.activate', { id: 42 } as never);
    expect(ran).toBe(false);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('bad_input');
    expect(answer.error.issues?.map((issue) => issue.path)).toContain('id');
  });

  it('turns a service refusal into its typed error and a crash into internal', async () => {
    const { router } = routerWith({
      'profiles.activate': async () => {
        throw new BridgeError({ code: 'not_found', message: 'No profile with that id.' });
      },
      'app.info': async () => {
        throw new TypeError('cannot read properties of undefined');
      },
    });
    expect(await router.dispatch('profiles.activate', { id: 'missing' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No profile with that id.' },
    });
    const crashed = await router.dispatch('app.info', {});
    expect(crashed).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('passes a good answer through unchanged', async () => {
    const { router } = routerWith({
      'profiles.list': async () => ({ activeId: 'demo', profiles: [] }),
    });
    expect(await router.dispatch('profiles.list', {})).toEqual({
      ok: true,
      value: { activeId: 'demo', profiles: [] },
    });
  });

  it('logs refused and failed calls without the secret the input carried', async () => {
    const secret = 'Sx9-very-secret-value-1234567890';
    const { router, readLog } = routerWith({
      'profiles.create': async () => {
        throw new Error(`keychain write failed for ${secret.slice(0, 0)}profile`);
      },
    });
    await router.dispatch('profiles.create', {
      name: 'Shop',
      accessKey: 'AK',
      secret,
      userId: 'u1',
    } as never);
    await router.dispatch('profiles.create', { secret } as never);
    const log = readLog();
    expect(log).toContain('profiles.create');
    expect(log).not.toContain(secret);
  });
});
