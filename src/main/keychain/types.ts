/** The keychain service name every PandaPon Desk secret is stored under (account = profile id). */
export const KEYCHAIN_SERVICE = 'PandaPon Desk';

/** Why the OS keychain cannot be used right now; each maps to one thing the user can do. */
export type VaultProblem =
  'module_missing' | 'no_session_bus' | 'keyring_locked' | 'access_denied' | 'unknown';

export type VaultStatus =
  | { readonly available: true; readonly backend: VaultBackend }
  | {
      readonly available: false;
      readonly backend: VaultBackend;
      readonly problem: VaultProblem;
      /** English, says what happened and what to do; the renderer translates by `problem`. */
      readonly message: string;
    };

export type VaultBackend = 'os-keychain' | 'memory';

/**
 * Where profile secrets live. Every method that cannot reach the keychain throws a BridgeError
 * with code `keychain_unavailable`; none of them ever falls back to storing plaintext.
 */
export interface KeyVault {
  readonly backend: VaultBackend;
  available(): Promise<VaultStatus>;
  /** The stored secret, or null when this profile has none. */
  get(profileId: string): Promise<string | null>;
  set(profileId: string, secret: string): Promise<void>;
  /** Resolves true when a secret was removed, false when there was none. */
  delete(profileId: string): Promise<boolean>;
}
