import type { LogFields, Logger } from '../../../src/main/log';
import { createPandaponClient, type PandaponClientOptions } from '../../../src/main/pandapon';
import {
  TEST_ACCESS_KEY,
  TEST_SECRET,
  TEST_USER_ID,
  type TestServer,
} from '../../integration/pandapon/test-server';

/** A logger that keeps every line, so tests can check what a log file would hold. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const make = (module: string): Logger => {
    const write = (level: string) => (event: string, fields?: LogFields) =>
      lines.push(`${level} [${module}] ${event} ${JSON.stringify(fields ?? {})}`);
    return {
      debug: write('debug'),
      info: write('info'),
      warn: write('warn'),
      error: write('error'),
      child: (name) => make(`${module}.${name}`),
    };
  };
  return Object.assign(make('test'), { lines });
}

export function clientFor(server: TestServer, overrides: Partial<PandaponClientOptions> = {}) {
  const log = recordingLogger();
  const client = createPandaponClient({
    baseUrl: server.baseUrl,
    accessKey: TEST_ACCESS_KEY,
    userId: TEST_USER_ID,
    timestampUnit: 'ms',
    getSecret: () => TEST_SECRET,
    log,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    timeouts: { read: 300, write: 300, money: 300 },
    ratePerSecond: 1_000,
    ...overrides,
  });
  return { client, log };
}
