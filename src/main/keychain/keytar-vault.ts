import { createRequire } from 'node:module';
import type { Logger } from '../log';
import {
  classifyVaultFailure,
  failureFor,
  vaultUnavailableError,
  type VaultFailure,
} from './failures';
import { KEYCHAIN_SERVICE, type KeyVault, type VaultProblem, type VaultStatus } from './types';

/** The part of keytar this vault uses (keytar's own typings are not needed at build time). */
export interface KeytarModule {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export interface KeytarVaultOptions {
  readonly log: Logger;
  /** Service name; tests use their own so they never touch a real user's entries. */
  readonly service?: string;
  /** Loads keytar; tests pass a failing loader to check the missing-module message. */
  readonly load?: () => KeytarModule;
}

const PROBE_ACCOUNT = '__pandapon_desk_probe__';

/**
 * keytar is an optional native dependency: it may be absent or fail to load (no libsecret).
 * It is loaded on first use so that such a machine still starts, shows the Demo profile and
 * says clearly why secrets cannot be saved.
 */
function loadKeytar(): KeytarModule {
  const require = createRequire(import.meta.url);
  return require('keytar') as KeytarModule;
}

export function createKeytarVault(options: KeytarVaultOptions): KeyVault {
  const log = options.log.child('keychain');
  const service = options.service ?? KEYCHAIN_SERVICE;
  let loaded: { module: KeytarModule } | { failure: VaultFailure } | undefined;

  const keytar = (): KeytarModule => {
    if (!loaded) {
      try {
        loaded = { module: (options.load ?? loadKeytar)() };
      } catch (error) {
        log.error('keytar could not be loaded', { error });
        loaded = { failure: failureFor('module_missing') };
      }
    }
    if ('failure' in loaded) throw vaultUnavailableError(loaded.failure);
    return loaded.module;
  };

  /** Runs one keychain operation; any failure becomes a `keychain_unavailable` BridgeError. */
  const guarded = async <T>(operation: string, run: (k: KeytarModule) => Promise<T>) => {
    const module = keytar();
    try {
      return await run(module);
    } catch (error) {
      const failure = classifyVaultFailure(error);
      log.warn('keychain operation failed', { operation, problem: failure.problem, error });
      throw vaultUnavailableError(failure);
    }
  };

  return {
    backend: 'os-keychain',

    async available(): Promise<VaultStatus> {
      // A read alone is not enough: with a D-Bus session but no unlocked keyring, libsecret
      // answers reads with "nothing stored" and fails only on write. So probe with a write.
      try {
        await guarded('probe', async (k) => {
          await k.setPassword(service, PROBE_ACCOUNT, 'probe');
          await k.deletePassword(service, PROBE_ACCOUNT);
        });
        return { available: true, backend: 'os-keychain' };
      } catch (error) {
        const info = error as { message: string; details?: { problem?: unknown } };
        const problem = problemOf(info.details?.problem);
        return { available: false, backend: 'os-keychain', problem, message: info.message };
      }
    },

    get: (profileId) => guarded('get', (k) => k.getPassword(service, profileId)),
    set: (profileId, secret) => guarded('set', (k) => k.setPassword(service, profileId, secret)),
    delete: (profileId) => guarded('delete', (k) => k.deletePassword(service, profileId)),
  };
}

function problemOf(value: unknown): VaultProblem {
  const known: readonly VaultProblem[] = [
    'module_missing',
    'no_session_bus',
    'keyring_locked',
    'access_denied',
  ];
  return known.find((problem) => problem === value) ?? 'unknown';
}
