import type { TimestampUnit } from '../../shared/bridge/calls/profiles';
import type { Logger } from '../log';

/**
 * What the profile service hands the PandaPon client factory. Mirrors the options of
 * `createPandaponClient` in `src/main/pandapon/client.ts`.
 */
export interface ProfileClientConfig {
  readonly baseUrl: string;
  readonly accessKey: string;
  readonly userId: string;
  readonly timestampUnit: TimestampUnit;
  /** Read from the key vault on each signing, so a rotated secret takes effect at once. */
  readonly getSecret: () => Promise<string>;
  readonly log: Logger;
  readonly onReachability: (online: boolean) => void;
}

export type ClientFactory<C> = (config: ProfileClientConfig) => C;
