import { mkdirSync } from 'node:fs';
import { createHandlers } from './bridge/handlers';
import { createRouter, type Router } from './bridge/router';
import type { MainContext, MainOptions } from './context';
import { EventHub } from './events';
import { NetworkState } from './network-state';
import { createProfileService } from './profiles';
import { resumeBatches } from './batch/batch-for-context';
import { SessionManager } from './session';

export interface MainApp {
  readonly ctx: MainContext;
  readonly router: Router;
  close(): Promise<void>;
}

/**
 * Builds everything below the bridge: services, the router, the event hub. Both shells (Electron
 * and the browser shell) call this and only wire a transport to the router.
 */
export async function createMainApp(options: MainOptions): Promise<MainApp> {
  mkdirSync(options.dataDir, { recursive: true });
  const events = new EventHub();
  const closers: Array<() => Promise<void> | void> = [];

  const network = new NetworkState(events);
  const extraExternalOrigins: string[] = [];
  const profiles = createProfileService({ options, events, network, extraExternalOrigins });
  closers.push(() => profiles.close());
  const sessions = new SessionManager({
    dataDir: options.dataDir,
    profiles,
    events,
    log: options.log,
  });
  closers.push(() => sessions.close());

  const ctx: MainContext = {
    version: options.version,
    dataDir: options.dataDir,
    logFile: options.logFile,
    startedAt: new Date(),
    log: options.log,
    events,
    network,
    hooks: options.hooks,
    extraExternalOrigins,
    profiles,
    session: () => sessions.active(),
    stores: { active: () => sessions.openActiveStore() },
  };

  const router = createRouter(createHandlers(ctx), options.log);
  options.log.info('main services ready', { shell: options.hooks.shell });
  // Open the active profile now, in the background: its outbox reconciles intents a previous run
  // left unsettled and unfinished batches carry on, before the user asks for anything.
  void resumeBatches(ctx);

  return {
    ctx,
    router,
    async close() {
      for (const close of closers.reverse()) await close();
    },
  };
}
