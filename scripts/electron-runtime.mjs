// Tells whether the Electron runtime (the binary, downloaded on first use) is present and runs.
import { spawnSync } from 'node:child_process';

/** Resolves { ok: true, path } or { ok: false, reason } without throwing or printing. */
export function findElectronRuntime() {
  // Resolving `electron` may try to download the binary and print to the console: do it in a
  // child process whose output is captured, so `npm start` stays readable.
  const lookup = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (lookup.status !== 0 || !lookup.stdout) {
    const lines = `${lookup.stderr ?? ''}`.split('\n').filter((line) => /Error/.test(line));
    return {
      ok: false,
      reason: (lines.at(-1) ?? 'the electron package is missing').replace(/^\w*Error: /, ''),
    };
  }
  const binary = lookup.stdout.trim();
  const probe = spawnSync(binary, ['--version'], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  if (probe.status !== 0) {
    const reason = probe.stderr || probe.error?.message || 'it did not start';
    return { ok: false, reason: reason.trim().split('\n')[0] };
  }
  return { ok: true, path: binary, version: probe.stdout.trim() };
}
