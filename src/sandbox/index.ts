import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createAccountRegistry, type SandboxCredentials } from './auth/accounts';
import { createNonceStore } from './auth/nonces';
import { TIMESTAMP_WINDOW_MS } from './auth/verify';
import { createCallbackQueue } from './callbacks';
import { createClock } from './clock';
import { createCommercePart } from './commerce';
import type { SandboxControl, SandboxState } from './control';
import { createFaultInjector, type FaultSettings } from './faults';
import { DEFAULT_SEED, FULL_CATALOGUE, generateCatalogue } from './generator/catalogue';
import { createGoodsPart } from './goods';
import { createSandboxServer } from './server/http';
import { createRequestLog } from './server/request-log';
import { createEndpointRouter } from './server/router';
import { createStateSaver, loadStateFile, type StateSaver } from './server/state-file';

/**
 * The embedded PandaPon sandbox: a server on the loopback address that speaks PandaPon's contract
 * (src/shared/pandapon) over a generated catalogue, for the Demo profile and every test.
 * `startSandbox()` is all a caller needs; `npm run sandbox` runs it standalone (cli.ts).
 */
export type { SandboxCredentials } from './auth/accounts';
export type { SandboxControl, SandboxState } from './control';
export type { FaultRule, FaultSettings } from './faults';
export type { RequestLogEntry } from './server/request-log';
export { SandboxCode } from './auth/codes';
export { CONTROL_HEADER } from './control';

/** The Demo account: fixed, printed by the CLI, built into the app's Demo profile. */
export const DEMO_SANDBOX_CREDENTIALS: SandboxCredentials = Object.freeze({
  accessKey: 'sandboxdemo0000000000000000000001',
  secret: 'sandbox-demo-secret-not-for-production',
  userId: '2100000000001',
});

export interface SandboxOptions {
  /** Default 127.0.0.1; only loopback addresses are allowed. */
  host?: string;
  /** 0 (the default) picks any free port. */
  port?: number;
  seed?: number;
  catalogueSize?: { offers: number; items: number };
  accounts?: SandboxCredentials[];
  /** Default random; `/_sandbox/*` needs it. */
  controlToken?: string;
  /** Keep the commerce state in this JSON file across restarts. */
  stateFile?: string;
  /** Initial callback URL for every account. */
  callbackUrl?: string;
  faults?: FaultSettings;
  retryDelaysMs?: readonly number[];
  /** One line per request (requestId, endpoint, status, ms); never a secret. */
  log?: (line: string) => void;
}

export interface RunningSandbox {
  readonly origin: string;
  /** The first account. */
  readonly credentials: SandboxCredentials;
  readonly controlToken: string;
  readonly control: SandboxControl;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const TICK_MS = 1_000;

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) {
    throw new Error(`The sandbox binds only to the loopback address, not ${host}.`);
  }
  const accountList = options.accounts?.length ? options.accounts : [DEMO_SANDBOX_CREDENTIALS];
  const accounts = createAccountRegistry(accountList);
  const controlToken = options.controlToken ?? randomBytes(24).toString('base64url');
  const write = options.log;
  const logLine = (line: string) => write?.(line);

  // Read the state file first: a damaged one stops the start before anything listens.
  const saved = options.stateFile ? loadStateFile(options.stateFile) : null;

  const catalogue = generateCatalogue(
    options.seed ?? DEFAULT_SEED,
    options.catalogueSize ?? FULL_CATALOGUE,
  );
  const clock = createClock(saved?.clockOffsetMs ?? 0);
  let origin = '';
  const callbacks = createCallbackQueue({
    secretOf: (accessKey) => accounts.secretOf(accessKey),
    now: () => clock.now(),
    ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
  });
  const callbackUrls = new Map<string, string>();
  const setCallbackUrl = (url: string | null, accessKey?: string) => {
    for (const key of accessKey ? [accessKey] : accounts.accessKeys()) {
      if (url) callbackUrls.set(key, url);
      else callbackUrls.delete(key);
      callbacks.setUrl(key, url);
    }
  };

  const goods = createGoodsPart(catalogue, () => origin);
  const commerce = createCommercePart({
    catalogue,
    now: () => clock.now(),
    notify: (accessKey, message) => callbacks.send(accessKey, message),
    origin: () => origin,
  });
  if (saved) {
    commerce.restore(saved.commerce);
    for (const [accessKey, url] of Object.entries(saved.callbackUrls))
      setCallbackUrl(url, accessKey);
  }
  if (options.callbackUrl) setCallbackUrl(options.callbackUrl);
  // Goods answers come from the goods part even if commerce declares the same name.
  const routes = { ...commerce.routes, ...goods.routes };

  const faults = createFaultInjector(options.faults);
  const requestLog = createRequestLog(write);
  const nonces = createNonceStore(TIMESTAMP_WINDOW_MS);
  const held = new Set<Socket>();

  const saver: StateSaver | null = options.stateFile
    ? createStateSaver(
        options.stateFile,
        () => ({
          clockOffsetMs: clock.offsetMs,
          callbackUrls: Object.fromEntries(callbackUrls),
          commerce: commerce.snapshot(),
        }),
        (error) => logLine(`state file not saved: ${(error as Error).message}`),
      )
    : null;
  const changed = () => saver?.schedule();

  const tick = () => {
    try {
      commerce.tick();
    } catch (error) {
      logLine(`tick failed: ${(error as Error).stack ?? String(error)}`);
    }
    changed();
  };

  const control: SandboxControl = {
    now: () => clock.now(),
    advance(ms) {
      clock.advance(ms);
      tick();
      return clock.now();
    },
    setFaults(settings) {
      faults.set(settings);
    },
    reset() {
      commerce.reset();
      clock.setOffset(0);
      faults.set({});
      requestLog.clear();
      nonces.clear();
      changed();
    },
    setCallbackUrl(url, accessKey) {
      setCallbackUrl(url, accessKey);
      changed();
    },
    callbacks: () => callbacks.log(),
    requests: () => requestLog.entries(),
    state: (): SandboxState => ({
      origin,
      now: clock.now().toISOString(),
      clockOffsetMs: clock.offsetMs,
      faults: faults.settings(),
      accounts: accounts.describe(),
      callbackUrls: Object.fromEntries(callbackUrls),
      catalogue: {
        seed: catalogue.seed,
        offers: catalogue.offers.length,
        items: catalogue.items.length,
      },
      requests: requestLog.entries().length,
    }),
  };

  const server = createSandboxServer({
    catalogue,
    control,
    controlToken,
    pages: (request) => {
      const page = commerce.page(request);
      if (page) changed();
      return page;
    },
    api: {
      router: createEndpointRouter(),
      routes: () => routes,
      accounts,
      nonces,
      clock,
      faults,
      requestLog,
      held: held as Set<Socket>,
      onChange: changed,
      onError: (requestId, error) =>
        logLine(
          `${requestId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

  const ticker = setInterval(tick, TICK_MS);
  ticker.unref();

  let closing: Promise<void> | null = null;
  return {
    origin,
    credentials: accountList[0] as SandboxCredentials,
    controlToken,
    control,
    close() {
      closing ??= (async () => {
        clearInterval(ticker);
        for (const socket of held) socket.destroy();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await callbacks.close();
        await saver?.flush();
      })();
      return closing;
    },
  };
}
