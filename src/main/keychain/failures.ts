import { BridgeError } from '../../shared/bridge/errors';
import type { VaultProblem } from './types';

export interface VaultFailure {
  readonly problem: VaultProblem;
  readonly message: string;
}

/**
 * Known keychain failures, matched on the text the OS libraries produce (keytar passes them
 * through unchanged). Order matters: the first match wins.
 */
const KNOWN: ReadonlyArray<{ readonly pattern: RegExp; readonly problem: VaultProblem }> = [
  // Linux, no session bus at all (a server, a bare SSH login, a container).
  {
    pattern: /Cannot autolaunch D-Bus|Could not connect|DBUS_SESSION_BUS_ADDRESS/i,
    problem: 'no_session_bus',
  },
  {
    pattern: /org\.freedesktop\.DBus\.Error\.(ServiceUnknown|NoReply|Spawn)/i,
    problem: 'no_session_bus',
  },
  // Linux, a bus but no unlocked login keyring (gnome-keyring not running or locked).
  {
    pattern: /Object does not exist at path|collection\/login|locked collection/i,
    problem: 'keyring_locked',
  },
  {
    pattern: /org\.freedesktop\.Secret\.Error\.(IsLocked|NoSuchObject)/i,
    problem: 'keyring_locked',
  },
  // macOS: locked keychain, or a prompt that cannot be shown (-25308), or no default keychain.
  {
    pattern: /User interaction is not allowed|keychain is locked|-25308/i,
    problem: 'keyring_locked',
  },
  { pattern: /keychain could not be found|No keychain|-25294|-25300/i, problem: 'keyring_locked' },
  {
    pattern: /User canceled|passphrase you entered is not correct|-128\b|-25293/i,
    problem: 'access_denied',
  },
  // Windows Credential Manager without a logon session (a service account, a locked profile).
  {
    pattern: /logon session does not exist|ERROR_NO_SUCH_LOGON_SESSION|1312/i,
    problem: 'keyring_locked',
  },
  {
    pattern: /Access is denied|access denied|not authorized|permission denied/i,
    problem: 'access_denied',
  },
];

const ADVICE: Record<VaultProblem, Record<'linux' | 'darwin' | 'win32', string>> = {
  module_missing: {
    linux:
      'The keychain module of PandaPon Desk could not be loaded. Install libsecret ' +
      '(e.g. "sudo apt install libsecret-1-0") and reinstall PandaPon Desk.',
    darwin: 'The keychain module of PandaPon Desk could not be loaded. Reinstall PandaPon Desk.',
    win32: 'The keychain module of PandaPon Desk could not be loaded. Reinstall PandaPon Desk.',
  },
  no_session_bus: {
    linux:
      'No Secret Service is reachable (there is no D-Bus session). Start PandaPon Desk from a ' +
      'desktop session with GNOME Keyring or KWallet running, then try again.',
    darwin: 'The macOS Keychain could not be reached. Log in to your Mac session and try again.',
    win32: 'Windows Credential Manager could not be reached. Sign in to Windows and try again.',
  },
  keyring_locked: {
    linux:
      'The login keyring is locked or missing. Unlock it (or create one) in GNOME Keyring ' +
      '("Passwords and Keys") or KWallet, then try again.',
    darwin:
      'The macOS login keychain is locked. Unlock it in Keychain Access (or log in again), ' +
      'then try again.',
    win32:
      'Windows Credential Manager is not available for this account. Sign in to Windows ' +
      'interactively, then try again.',
  },
  access_denied: {
    linux:
      'Access to the keyring was refused. Allow PandaPon Desk when the keyring asks, ' +
      'then try again.',
    darwin:
      'Access to the macOS Keychain was refused. Click "Allow" when macOS asks, then try again.',
    win32: 'Access to Windows Credential Manager was refused. Try again as the signed-in user.',
  },
  unknown: {
    linux: 'The OS keychain failed. Check that GNOME Keyring or KWallet is running and unlocked.',
    darwin: 'The macOS Keychain failed. Check that the login keychain is unlocked.',
    win32: 'Windows Credential Manager failed. Sign in again and retry.',
  },
};

function platformKey(platform: NodeJS.Platform): 'linux' | 'darwin' | 'win32' {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}

export function adviceFor(problem: VaultProblem, platform: NodeJS.Platform = process.platform) {
  return ADVICE[problem][platformKey(platform)];
}

/** Turns whatever the keychain library threw into one of the known problems and its advice. */
export function classifyVaultFailure(
  error: unknown,
  platform: NodeJS.Platform = process.platform,
): VaultFailure {
  const text = error instanceof Error ? error.message : String(error);
  const known = KNOWN.find((entry) => entry.pattern.test(text));
  return failureFor(known?.problem ?? 'unknown', platform);
}

export function failureFor(
  problem: VaultProblem,
  platform: NodeJS.Platform = process.platform,
): VaultFailure {
  return { problem, message: `The OS keychain cannot be used. ${adviceFor(problem, platform)}` };
}

export function vaultUnavailableError(failure: VaultFailure): BridgeError {
  return new BridgeError({
    code: 'keychain_unavailable',
    message: failure.message,
    details: { problem: failure.problem },
  });
}
