import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeytarVault, type KeyVault, type VaultStatus } from '../../../src/main/keychain';
import { createLogger } from '../../../src/main/log';

/**
 * These tests use the real OS keychain (gnome-keyring under dbus-run-session in CI; see
 * TOOLCHAIN.md). Without a reachable Secret Service they fail, unless PANDAPON_DESK_NO_KEYCHAIN=1
 * says this machine has none on purpose; then they are skipped with one line saying why.
 */
const optedOut = process.env.PANDAPON_DESK_NO_KEYCHAIN === '1';
const log = createLogger({ level: 'error' });
// A service name of its own so the tests never read or remove a real user's secrets.
const service = `PandaPon Desk test ${randomBytes(4).toString('hex')}`;
const vault: KeyVault = createKeytarVault({ log, service });
const status: VaultStatus = await vault.available();
const skip = optedOut && !status.available;

if (skip) {
  console.warn(
    `Skipping the real-keychain tests (PANDAPON_DESK_NO_KEYCHAIN=1): ${
      status.available ? '' : status.message
    }`,
  );
}

describe('the key vault in the real OS keychain', () => {
  const profileId = `p_${randomBytes(8).toString('hex')}`;

  beforeAll(() => {
    if (skip) return;
    if (!status.available) {
      throw new Error(
        `No usable keychain for the integration tests: ${status.message} ` +
          'Run them under dbus-run-session with an unlocked gnome-keyring (TOOLCHAIN.md), ' +
          'or set PANDAPON_DESK_NO_KEYCHAIN=1 to skip them on purpose.',
      );
    }
  });

  afterAll(async () => {
    if (status.available) await vault.delete(profileId).catch(() => false);
  });

  it.skipIf(skip)('reports the keychain as available', () => {
    expect(status).toEqual({ available: true, backend: 'os-keychain' });
  });

  it.skipIf(skip)('stores, reads, rotates and deletes a secret', async () => {
    expect(await vault.get(profileId)).toBeNull();

    await vault.set(profileId, 'first-secret-AAAA');
    expect(await vault.get(profileId)).toBe('first-secret-AAAA');

    await vault.set(profileId, 'second-secret-BBBB');
    expect(await vault.get(profileId)).toBe('second-secret-BBBB');

    expect(await vault.delete(profileId)).toBe(true);
    expect(await vault.get(profileId)).toBeNull();
    expect(await vault.delete(profileId)).toBe(false);
  });

  it.skipIf(skip)('keeps secrets of different profiles apart', async () => {
    const other = `p_${randomBytes(8).toString('hex')}`;
    try {
      await vault.set(profileId, 'secret-of-one');
      await vault.set(other, 'secret-of-two');
      expect(await vault.get(profileId)).toBe('secret-of-one');
      expect(await vault.get(other)).toBe('secret-of-two');
    } finally {
      await vault.delete(other);
      await vault.delete(profileId);
    }
  });

  it.skipIf(skip)('finds a secret written by an earlier run (a fresh vault object)', async () => {
    await vault.set(profileId, 'survives-a-restart');
    const again = createKeytarVault({ log, service });
    expect(await again.get(profileId)).toBe('survives-a-restart');
    await again.delete(profileId);
  });
});
