import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName, EventPayload } from '../../../src/shared/bridge';
import { EventHub } from '../../../src/main/events';
import { MemoryVault } from '../../../src/main/keychain';
import { createLogger } from '../../../src/main/log';
import { NetworkState } from '../../../src/main/network-state';
import type { ProfileClientConfig } from '../../../src/main/profiles';
import type { ConnectionProbe } from '../../../src/main/profiles';
import { ProfileService } from '../../../src/main/profiles';
import type { DemoSandboxSource } from '../../../src/main/profiles';

export interface SeenEvent {
  readonly name: EventName;
  readonly payload: EventPayload<EventName>;
}

/** A stand-in client that only records how it was built; the probe answers what a test says. */
export interface RecordedClient {
  readonly config: ProfileClientConfig;
}

export function makeTempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pandapon-profiles-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function makeService(
  dataDir: string,
  overrides: {
    vault?: MemoryVault;
    demo?: DemoSandboxSource | null;
    probe?: (client: RecordedClient) => Promise<ConnectionProbe>;
  } = {},
) {
  const events = new EventHub();
  const seen: SeenEvent[] = [];
  events.subscribe((name, payload) => seen.push({ name, payload }));
  const vault = overrides.vault ?? new MemoryVault();
  const extraExternalOrigins: string[] = [];
  const built: RecordedClient[] = [];
  const service = new ProfileService<RecordedClient>({
    dataDir,
    vault,
    log: createLogger({ level: 'error' }),
    events,
    network: new NetworkState(events),
    extraExternalOrigins,
    demo: overrides.demo === undefined ? null : overrides.demo,
    createClient: (config) => {
      const client = { config };
      built.push(client);
      return client;
    },
    probeConnection: overrides.probe ?? (async () => ({ outcome: 'ok' })),
  });
  return { service, vault, seen, events, extraExternalOrigins, built };
}

export const ACCOUNT = {
  name: 'Shop A',
  baseUrl: 'https://api.pandapon.com',
  accessKey: '58c0201dfdf148eca63cbf6bb5e7cf03',
  userId: '2100007341207',
  timestampUnit: 'ms' as const,
  secret: 'S3cr3t-value-9f8e7d6c5b4a',
  activate: false,
};
