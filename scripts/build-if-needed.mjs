// Builds main, preload and renderer into out/ when any source is newer than the last build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const marker = join(root, 'out', 'main', 'browser-shell.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function buildIfNeeded({ quiet = false } = {}) {
  const sources = Math.max(
    newestMtime(join(root, 'src')),
    statSync(join(root, 'package.json')).mtimeMs,
    statSync(join(root, 'electron.vite.config.ts')).mtimeMs,
  );
  if (existsSync(marker) && statSync(marker).mtimeMs >= sources) return;
  if (!quiet) console.log('Building PandaPon Desk…');
  const result = spawnSync('electron-vite', ['build'], {
    cwd: root,
    stdio: quiet ? 'pipe' : 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(String(result.stdout) + String(result.stderr));
    throw new Error('The build failed; see the messages above.');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
