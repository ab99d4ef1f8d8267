export { KEYCHAIN_SERVICE, type KeyVault, type VaultStatus, type VaultProblem } from './types';
export { createKeytarVault, type KeytarModule, type KeytarVaultOptions } from './keytar-vault';
export { classifyVaultFailure, failureFor, vaultUnavailableError } from './failures';
export { MemoryVault } from './memory-vault';

import type { KeyVault } from './types';

/** Narrows MainOptions.keychain (typed loosely there) to a vault. */
export function isKeyVault(value: unknown): value is KeyVault {
  const candidate = value as Partial<KeyVault> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.available === 'function' &&
    typeof candidate.get === 'function' &&
    typeof candidate.set === 'function' &&
    typeof candidate.delete === 'function'
  );
}
