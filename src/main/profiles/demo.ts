import type { ProfileView, TimestampUnit } from '../../shared/bridge/calls/profiles';
import type { Logger } from '../log';

export const DEMO_PROFILE_ID = 'demo';

/** Fixed so the built-in profile looks the same on every machine and every start. */
const DEMO_CREATED_AT = '2026-01-01T00:00:00.000Z';

export interface DemoCredentials {
  readonly accessKey: string;
  readonly secret: string;
  readonly userId: string;
  readonly timestampUnit?: TimestampUnit;
}

export interface RunningSandbox {
  readonly origin: string;
  close(): Promise<void>;
}

/** How main reaches the embedded PandaPon sandbox that backs the Demo profile. */
export interface DemoSandboxSource {
  readonly credentials: DemoCredentials;
  start(): Promise<RunningSandbox>;
}

/**
 * Starts the sandbox on first use only (most sessions with a real profile never need it) and
 * shares one start between concurrent callers.
 */
export class DemoSandbox {
  private starting: Promise<RunningSandbox> | null = null;
  private running: RunningSandbox | null = null;

  constructor(
    private readonly source: DemoSandboxSource | null,
    private readonly log: Logger,
    private readonly onStarted: (origin: string) => void,
  ) {}

  get enabled(): boolean {
    return this.source !== null;
  }

  get credentials(): DemoCredentials | null {
    return this.source?.credentials ?? null;
  }

  get origin(): string | null {
    return this.running?.origin ?? null;
  }

  async ensureStarted(): Promise<RunningSandbox> {
    if (!this.source) throw new Error('the embedded sandbox is turned off');
    this.starting ??= this.source.start().then(
      (running) => {
        this.running = running;
        this.log.info('demo sandbox started', { origin: running.origin });
        this.onStarted(running.origin);
        return running;
      },
      (error: unknown) => {
        this.starting = null; // let the next use try again
        throw error;
      },
    );
    return this.starting;
  }

  async close(): Promise<void> {
    const running = this.running;
    this.running = null;
    this.starting = null;
    if (running) await running.close();
  }
}

export function demoProfileView(sandbox: DemoSandbox, activeId: string): ProfileView {
  const credentials = sandbox.credentials;
  return {
    id: DEMO_PROFILE_ID,
    name: 'Demo',
    baseUrl: sandbox.origin,
    accessKey: credentials?.accessKey ?? 'demo',
    userId: credentials?.userId ?? 'demo',
    timestampUnit: credentials?.timestampUnit ?? 'ms',
    demo: true,
    active: activeId === DEMO_PROFILE_ID,
    // The Demo secret is built in; its characters are not shown so no code path learns to
    // display secret material.
    hasSecret: true,
    secretHint: null,
    createdAt: DEMO_CREATED_AT,
    updatedAt: DEMO_CREATED_AT,
  };
}
