// `npm start`: the desktop app when the Electron runtime is present, the browser shell otherwise.
// `npm run start:browser` (or `npm start -- --browser`) always starts the browser shell.
import { spawn } from 'node:child_process';
import { buildIfNeeded } from './build-if-needed.mjs';
import { findElectronRuntime } from './electron-runtime.mjs';

const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const shellArgs = args.filter((arg) => arg !== '--browser');

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
}

try {
  buildIfNeeded();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

if (!forceBrowser) {
  const runtime = findElectronRuntime();
  if (runtime.ok) {
    run(runtime.path, ['.', ...shellArgs]);
  } else {
    console.log(
      [
        '',
        'The Electron runtime is not installed, so PandaPon Desk opens in your browser instead.',
        `Why: ${runtime.reason}`,
        'Electron downloads its runtime from GitHub the first time it runs; this machine could not',
        'fetch it. To get the desktop window, run `npx install-electron` on a machine that can',
        'reach GitHub (or set ELECTRON_MIRROR to a mirror you trust), then `npm start` again.',
        'Everything works the same in the browser; your data stays in the same folder.',
        '',
      ].join('\n'),
    );
    run(process.execPath, ['out/main/browser-shell.js', ...shellArgs]);
  }
} else {
  run(process.execPath, ['out/main/browser-shell.js', ...shellArgs]);
}
