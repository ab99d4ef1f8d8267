import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pkg from '../../package.json';
import { createMainApp } from './app';
import { createLogger } from './log';
import { defaultDataDir, logFileIn } from './paths';
import { startBrowserServer } from './shell/browser-server';

/**
 * The browser shell: the same main-side services and router as the desktop app, behind a
 * loopback WebSocket, for machines without the Electron runtime and for the end-to-end tests.
 */
function openInBrowser(url: string): boolean {
  const desktop =
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!desktop || process.env.CI) return false;
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
    },
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port takes a number from 0 to 65535, not "${values.port}".\n`);
    process.exit(2);
  }

  const dataDir = values['data-dir'] ?? defaultDataDir();
  const logFile = logFileIn(dataDir);
  const log = createLogger({
    file: logFile,
    level: process.env.PANDAPON_DESK_DEBUG ? 'debug' : 'info',
  });

  const app = await createMainApp({
    version: pkg.version,
    dataDir,
    logFile,
    log,
    hooks: { shell: 'browser', openExternal: async (url) => openInBrowser(url) },
  });
  const server = await startBrowserServer({
    router: app.router,
    events: app.ctx.events,
    rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
    log,
    port,
  });

  process.stdout.write(`PandaPon Desk is running in your browser. Open this address:\n`);
  process.stdout.write(`${server.url}\n`);
  process.stdout.write(`Data and logs: ${dataDir}\nPress Ctrl+C to stop.\n`);
  if (!values['no-open']) openInBrowser(server.url);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await app.close();
    log.info('browser shell stopped');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `PandaPon Desk could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
