#!/usr/bin/env node
// Runs a command inside a private D-Bus session with an unlocked GNOME Keyring, so the OS
// keychain (Secret Service) is real but separate from the user's own. Linux only; on Windows
// and macOS the command runs as is, against the system keychain.
//
//   node scripts/with-keychain.mjs <command> [args...]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-keychain.mjs <command> [args...]');
  process.exit(2);
}

function has(program) {
  return spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
}

function run(cmd, cmdArgs, env = process.env) {
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const alreadyInside = process.env.PANDAPON_DESK_KEYCHAIN_SESSION === '1';
if (process.platform !== 'linux' || alreadyInside) process.exit(run(command, args));

if (!has('dbus-run-session') || !has('gnome-keyring-daemon')) {
  console.error(
    'The keychain tests need D-Bus and GNOME Keyring, which are not installed.\n' +
      'On Debian or Ubuntu: sudo apt-get install -y dbus gnome-keyring libsecret-1-dev',
  );
  process.exit(1);
}

// A throwaway home for the keyring files, so test secrets never reach the user's keyring.
const home = mkdtempSync(join(tmpdir(), 'pandapon-desk-keychain-'));
const runtimeDir = join(home, 'run');
const env = {
  ...process.env,
  PANDAPON_DESK_KEYCHAIN_SESSION: '1',
  XDG_DATA_HOME: join(home, 'data'),
  XDG_RUNTIME_DIR: runtimeDir,
  // A password for the throwaway keyring only; never a user's.
  PANDAPON_DESK_KEYRING_PASSWORD: 'pandapon-desk-tests',
};
spawnSync('mkdir', ['-p', runtimeDir, join(home, 'data')]);
spawnSync('chmod', ['700', runtimeDir]);

const quoted = [command, ...args].map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
const script =
  'printf %s "$PANDAPON_DESK_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; ' +
  `exec ${quoted}`;
let status;
try {
  status = run('dbus-run-session', ['--', 'sh', '-c', script], env);
} finally {
  rmSync(home, { recursive: true, force: true });
}
process.exit(status);
