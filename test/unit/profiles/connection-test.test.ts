import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryVault } from '../../../src/main/keychain';
import type { ConnectionProbe } from '../../../src/main/profiles';
import { ACCOUNT, makeService, makeTempDir } from './helpers';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const answering = (probe: ConnectionProbe) => async () => probe;

describe('profiles.test (connection test)', () => {
  it('reports success and remembers the timestamp unit that worked', async () => {
    const { service } = makeService(temp.dir, {
      probe: answering({ outcome: 'ok', timestampUnit: 's', latencyMs: 84, requestId: 'r1' }),
    });
    const created = await service.create(ACCOUNT);

    const result = await service.test(created.id);
    expect(result).toMatchObject({ outcome: 'ok', timestampUnit: 's', latencyMs: 84 });
    expect(service.get(created.id).timestampUnit).toBe('s');
  });

  it('says how far the clock is off, in seconds', async () => {
    const { service } = makeService(temp.dir, {
      probe: answering({ outcome: 'clock_skew', skewSeconds: -312.4 }),
    });
    const created = await service.create(ACCOUNT);
    const result = await service.test(created.id);
    expect(result.outcome).toBe('clock_skew');
    expect(result.message).toContain('312 s behind');
  });

  it.each([
    ['auth_rejected', /access key or secret/],
    ['unreachable', /could not be reached/],
    ['not_pandapon', /not like PandaPon/],
  ] as const)('explains a %s outcome', async (outcome, advice) => {
    const { service } = makeService(temp.dir, { probe: answering({ outcome }) });
    const created = await service.create(ACCOUNT);
    const result = await service.test(created.id);
    expect(result.outcome).toBe(outcome);
    expect(result.message).toMatch(advice);
    expect(service.get(created.id).timestampUnit).toBe('ms');
  });

  it('reports a locked keychain instead of calling PandaPon', async () => {
    const vault = new MemoryVault();
    let probed = false;
    const { service } = makeService(temp.dir, {
      vault,
      probe: async () => {
        probed = true;
        return { outcome: 'ok' };
      },
    });
    const created = await service.create(ACCOUNT);
    vault.breakWith('no_session_bus');

    const result = await service.test(created.id);
    expect(result.outcome).toBe('keychain_unavailable');
    expect(result.message).toMatch(/D-Bus|GNOME Keyring|Keychain|Credential Manager/);
    expect(probed).toBe(false);
  });

  it('reports a profile whose secret is missing from the keychain', async () => {
    const vault = new MemoryVault();
    const { service } = makeService(temp.dir, { vault });
    const created = await service.create(ACCOUNT);
    await vault.delete(created.id);

    const result = await service.test(created.id);
    expect(result.outcome).toBe('no_secret');
  });
});
