import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeytarVault } from '../../../src/main/keychain';
import { createLogger } from '../../../src/main/log';

const CHILD = resolve(import.meta.dirname, 'vault-child.ts');
const onLinux = process.platform === 'linux';
const dbusRunSession = ['/usr/bin/dbus-run-session', '/bin/dbus-run-session'].find(existsSync);

if (!onLinux) console.warn('Skipping the Linux no-keychain checks: this is not Linux.');
if (onLinux && !dbusRunSession) {
  console.warn('Skipping the locked-keyring check: dbus-run-session is not installed.');
}

interface ChildReport {
  readonly set: { code: string; message: string; details: { problem: string } } | 'stored';
  readonly status: { available: boolean; problem?: string; message?: string };
}

/** Runs the vault in a child process with its own environment (no keychain reachable). */
async function runChild(env: NodeJS.ProcessEnv, prefix: string[] = []): Promise<ChildReport> {
  const home = mkdtempSync(join(tmpdir(), 'pandapon-nokeychain-'));
  const command = [...prefix, process.execPath, '--import', 'tsx', CHILD];
  try {
    const output = await new Promise<string>((done, fail) => {
      const child = spawn(command[0] ?? '', command.slice(1), {
        env: {
          PATH: process.env.PATH,
          HOME: home,
          XDG_DATA_HOME: home,
          XDG_RUNTIME_DIR: home,
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', fail);
      child.on('close', (code) =>
        code === 0 ? done(stdout) : fail(new Error(`child exited ${code}: ${stderr}`)),
      );
    });
    const line = output.trim().split('\n').at(-1) ?? '';
    return JSON.parse(line) as ChildReport;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

describe('when no keychain can be used', () => {
  it.skipIf(!onLinux)('refuses to save when the D-Bus address points nowhere', async () => {
    const report = await runChild({
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/pandapon-desk-bus',
    });
    expect(report.set).toMatchObject({
      code: 'keychain_unavailable',
      details: { problem: 'no_session_bus' },
      message: expect.stringMatching(/GNOME Keyring or KWallet/),
    });
    expect(report.status).toMatchObject({ available: false, problem: 'no_session_bus' });
  });

  it.skipIf(!onLinux)('refuses to save when there is no D-Bus session and no display', async () => {
    const report = await runChild({});
    expect(report.set).toMatchObject({
      code: 'keychain_unavailable',
      details: { problem: 'no_session_bus' },
    });
  });

  it.skipIf(!onLinux || !dbusRunSession)(
    'says to unlock the keyring when D-Bus runs but no keyring is unlocked',
    async () => {
      const report = await runChild({}, [dbusRunSession ?? '', '--']);
      expect(report.set).toMatchObject({
        code: 'keychain_unavailable',
        details: { problem: 'keyring_locked' },
        message: expect.stringMatching(/Unlock it/),
      });
      expect(report.status.available).toBe(false);
    },
  );

  it('says the keychain module is missing instead of crashing', async () => {
    const vault = createKeytarVault({
      log: createLogger({ level: 'error' }),
      load: () => {
        throw new Error("Cannot find module 'keytar'");
      },
    });
    await expect(vault.set('p_0123456789abcdef', 'x')).rejects.toMatchObject({
      code: 'keychain_unavailable',
      details: { problem: 'module_missing' },
    });
    expect(await vault.available()).toMatchObject({ available: false, problem: 'module_missing' });
  });
});
