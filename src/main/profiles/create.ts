import { BridgeError } from '../../shared/bridge/errors';
import type { MainOptions } from '../context';
import type { EventHub } from '../events';
import { createKeytarVault, isKeyVault } from '../keychain';
import type { NetworkState } from '../network-state';
import type { ClientFactory } from './client-port';
import type { ConnectionProber } from './connection-test';
import type { DemoSandboxSource } from './demo';
import { ProfileService } from './service';

/**
 * The client type profiles hand out. Stands in for `PandaponClient` from
 * `src/main/pandapon/client.ts` until that module lands; then this becomes that type.
 */
export type DeskClient = unknown;
export type DeskProfileService = ProfileService<DeskClient>;

export interface ProfileServiceWiring {
  readonly options: MainOptions;
  readonly events: EventHub;
  readonly network: NetworkState;
  readonly extraExternalOrigins: string[];
}

const notBuiltYet = (): never => {
  throw new BridgeError({
    code: 'internal',
    message: 'The PandaPon client is not part of this build yet.',
  });
};

/** Builds the profile service from the app's options: the test vault if given, keytar otherwise. */
export function createProfileService(wiring: ProfileServiceWiring): DeskProfileService {
  const { options } = wiring;
  const vault = isKeyVault(options.keychain)
    ? options.keychain
    : createKeytarVault({ log: options.log });
  const demo: DemoSandboxSource | null = options.embeddedSandbox === false ? null : null;
  const createClient: ClientFactory<DeskClient> = notBuiltYet;
  const probeConnection: ConnectionProber<DeskClient> = notBuiltYet;

  return new ProfileService<DeskClient>({
    dataDir: options.dataDir,
    vault,
    log: options.log,
    events: wiring.events,
    network: wiring.network,
    extraExternalOrigins: wiring.extraExternalOrigins,
    demo,
    createClient,
    probeConnection,
  });
}
