#!/usr/bin/env node
// `npm test`: everything CI and a developer run, on a fresh machine, in one command.
//
// 1. Checks the system parts the tests use for real (Chromium, the Secret Service, libsecret for
//    keytar) and, on Debian/Ubuntu as root, installs what is missing; otherwise says what to do.
// 2. Builds keytar from source if its install step was skipped, and builds the app if needed.
// 3. Runs, inside a private D-Bus session with an unlocked GNOME Keyring: unit and integration
//    tests (vitest), the end-to-end tests through the browser shell (Playwright + Chromium), the
//    Electron tests (which say why they skip where the Electron runtime cannot run), and the
//    Electron security scan.
//
// Options: --unit (vitest only), --e2e (Playwright only); anything after `--` goes to both.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildIfNeeded } from './build-if-needed.mjs';

const argv = process.argv.slice(2);
const only = argv.includes('--unit') ? 'unit' : argv.includes('--e2e') ? 'e2e' : 'all';
const passThrough = argv.includes('--') ? argv.slice(argv.indexOf('--') + 1) : [];
const started = Date.now();

function step(title) {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function has(program) {
  return spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
}

/** A browser `npx playwright install chromium` fetched (GitHub Actions) serves as well. */
function playwrightHasChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

// ── 1. System parts ────────────────────────────────────────────────────────────────────────
if (process.platform === 'linux') {
  const needed = [
    { pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') || playwrightHasChromium() },
    { pkg: 'libsecret-1-dev', present: () => existsSync('/usr/include/libsecret-1') },
    { pkg: 'gnome-keyring', present: () => has('gnome-keyring-daemon') },
    { pkg: 'dbus', present: () => has('dbus-run-session') },
    { pkg: 'xvfb', present: () => has('Xvfb') },
    { pkg: 'xauth', present: () => has('xauth') },
  ];
  const missing = needed.filter((part) => !part.present()).map((part) => part.pkg);
  if (missing.length > 0) {
    const isRoot = process.getuid?.() === 0;
    if (isRoot && has('apt-get')) {
      step(`Installing ${missing.join(', ')}`);
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      if (
        run('apt-get', ['update', '-qq'], { env }) !== 0 ||
        run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env }) !==
          0
      ) {
        console.error('Could not install the system packages the tests need (see above).');
        process.exit(1);
      }
    } else {
      console.error(
        `The tests need these system packages: ${missing.join(', ')}.\n` +
          `On Debian or Ubuntu: sudo apt-get install -y ${missing.join(' ')}`,
      );
      process.exit(1);
    }
  }
}

// ── 2. keytar and the build ────────────────────────────────────────────────────────────────
function keytarLoads() {
  return spawnSync(process.execPath, ['-e', 'require("keytar")'], { stdio: 'ignore' }).status === 0;
}
if (!keytarLoads()) {
  step('Building keytar from source (its prebuilt download is not used)');
  run('npm', ['rebuild', 'keytar', '--build-from-source']);
  if (!keytarLoads()) {
    console.error('keytar could not be built; the keychain tests will report why.');
  }
}

if (only !== 'unit') {
  step('Building the app (skipped when the build is current)');
  buildIfNeeded();
}

// ── 3. Tests inside a private keychain session ───────────────────────────────────────────────
const keychain = ['scripts/with-keychain.mjs'];
const suites = [];
if (only !== 'e2e')
  suites.push({
    title: 'Unit and integration tests (vitest)',
    args: ['node_modules/vitest/vitest.mjs', 'run', ...passThrough],
  });
if (only !== 'unit') {
  // Electron tests need a display; xvfb-run gives one where none exists.
  const display =
    process.platform === 'linux' && !process.env.DISPLAY && has('xvfb-run')
      ? ['xvfb-run', '-a']
      : [];
  suites.push({
    title: 'End-to-end and Electron tests (Playwright)',
    args: ['node_modules/@playwright/test/cli.js', 'test', ...passThrough],
    prefix: display,
  });
}

const failed = [];
for (const suite of suites) {
  step(suite.title);
  const command = [...(suite.prefix ?? []), process.execPath, ...suite.args];
  const status = run(process.execPath, [...keychain, ...command]);
  if (status !== 0) failed.push(suite.title);
}

if (only === 'all') {
  step('Electron security scan (electronegativity)');
  if (run(process.execPath, ['scripts/security-scan.mjs']) !== 0)
    failed.push('Electron security scan');
}

const seconds = Math.round((Date.now() - started) / 1000);
if (failed.length > 0) {
  console.error(`\n✗ Failed: ${failed.join('; ')} (${seconds} s)`);
  process.exit(1);
}
console.log(`\n✓ All tests passed (${seconds} s)`);
