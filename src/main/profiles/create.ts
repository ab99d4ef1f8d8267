import type { MainOptions } from '../context';
import type { EventHub } from '../events';
import { createKeytarVault, isKeyVault } from '../keychain';
import type { NetworkState } from '../network-state';
import type { PandaponClient } from '../pandapon';
import { createProfileClient, probeProfileConnection } from './client-adapter';
import type { DemoSandboxSource } from './demo';
import { embeddedDemoSource } from './demo-source';
import { ProfileService } from './service';

/** The client profiles hand out: one PandaPon client per profile. */
export type DeskClient = PandaponClient;
export type DeskProfileService = ProfileService<DeskClient>;

export interface ProfileServiceWiring {
  readonly options: MainOptions;
  readonly events: EventHub;
  readonly network: NetworkState;
  readonly extraExternalOrigins: string[];
}

/** Builds the profile service from the app's options: the test vault if given, keytar otherwise. */
export function createProfileService(wiring: ProfileServiceWiring): DeskProfileService {
  const { options } = wiring;
  const vault = isKeyVault(options.keychain)
    ? options.keychain
    : createKeytarVault({ log: options.log });
  const demo: DemoSandboxSource | null =
    options.embeddedSandbox === false ? null : embeddedDemoSource(options.dataDir, options.log);

  return new ProfileService<DeskClient>({
    dataDir: options.dataDir,
    vault,
    log: options.log,
    events: wiring.events,
    network: wiring.network,
    extraExternalOrigins: wiring.extraExternalOrigins,
    demo,
    createClient: createProfileClient,
    probeConnection: probeProfileConnection,
  });
}
