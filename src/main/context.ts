import type { EventHub } from './events';
import type { Logger } from './log';
import type { NetworkState } from './network-state';
import type { DeskProfileService } from './profiles';

/** What differs between the Electron shell and the browser shell. */
export interface ShellHooks {
  readonly shell: 'electron' | 'browser';
  /** Opens an allowed link in the system browser; resolves false when none could be opened. */
  openExternal(url: string): Promise<boolean>;
}

export interface MainOptions {
  readonly version: string;
  readonly dataDir: string;
  readonly logFile: string;
  readonly log: Logger;
  readonly hooks: ShellHooks;
  /**
   * Keychain backend override for tests; production uses keytar (`src/main/keychain`).
   * Typed loosely here so the skeleton does not depend on the vault's module.
   */
  readonly keychain?: unknown;
  /** Start the embedded sandbox for the Demo profile (default true). */
  readonly embeddedSandbox?: boolean;
}

/**
 * Everything a bridge handler may use. Services are added here as they land; handlers receive
 * the whole context and take what they need.
 */
export interface MainContext {
  readonly version: string;
  readonly dataDir: string;
  readonly logFile: string;
  readonly startedAt: Date;
  readonly log: Logger;
  readonly events: EventHub;
  readonly network: NetworkState;
  readonly hooks: ShellHooks;
  /** Origins (besides the allowlist) whose links may open externally, e.g. the Demo sandbox. */
  readonly extraExternalOrigins: string[];
  /** PandaPon accounts, the active one, and a client for it (src/main/profiles). */
  readonly profiles: DeskProfileService;
  /** The active profile's session: client, store, cached reads, outbox (src/main/session.ts). */
  session(): Promise<import('./session').ProfileSession>;
  /** The active profile's local store, opened on first use. */
  readonly stores: { active(): Promise<import('./store').ProfileStore> };
}
