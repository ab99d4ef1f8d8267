import { join } from 'node:path';
import { DEMO_SANDBOX_CREDENTIALS, startSandbox } from '../../sandbox';
import type { Logger } from '../log';
import type { DemoSandboxSource } from './demo';

/**
 * The Demo profile's sandbox, started inside main on first use: the generated catalogue over
 * loopback, its carts and orders kept in `<dataDir>/demo-sandbox.json` so Demo work survives a
 * restart. Tests and benchmarks steer it through the environment:
 * - PANDAPON_DESK_SANDBOX_PORT: listen on this port (default: any free port);
 * - PANDAPON_DESK_SANDBOX_CONTROL_TOKEN: the key of its `/_sandbox/` control API (default: a
 *   random one, so nothing outside the app can move its clock);
 * - PANDAPON_SANDBOX_LATENCY_MS: added latency on every call (benchmarks of a slow line).
 */
export function embeddedDemoSource(dataDir: string, log: Logger): DemoSandboxSource {
  const env = process.env;
  const port = Number(env.PANDAPON_DESK_SANDBOX_PORT ?? 0);
  const latencyMs = Number(env.PANDAPON_SANDBOX_LATENCY_MS ?? 0);
  const sandboxLog = log.child('demo-sandbox');
  return {
    credentials: DEMO_SANDBOX_CREDENTIALS,
    start: () =>
      startSandbox({
        port: Number.isInteger(port) && port > 0 ? port : 0,
        stateFile: join(dataDir, 'demo-sandbox.json'),
        ...(env.PANDAPON_DESK_SANDBOX_CONTROL_TOKEN
          ? { controlToken: env.PANDAPON_DESK_SANDBOX_CONTROL_TOKEN }
          : {}),
        ...(latencyMs > 0 ? { faults: { all: { latencyMs } } } : {}),
        log: (line) => sandboxLog.debug(line),
      }),
  };
}
