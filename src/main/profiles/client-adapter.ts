import {
  createPandaponClient,
  type ConnectionTestResult as ClientTestResult,
  type PandaponClient,
} from '../pandapon';
import type { ClientFactory } from './client-port';
import type { ConnectionProbe, ConnectionProber } from './connection-test';

/** Every profile's client is the real PandaPon client; the options line up one to one. */
export const createProfileClient: ClientFactory<PandaponClient> = (config) =>
  createPandaponClient(config);

const OUTCOMES: Record<ClientTestResult['outcome'], ConnectionProbe['outcome']> = {
  ok: 'ok',
  wrong_key_or_secret: 'auth_rejected',
  clock_off: 'clock_skew',
  unreachable: 'unreachable',
  not_pandapon: 'not_pandapon',
  pandapon_error: 'pandapon_error',
};

/** Runs the client's own connection test and restates it in the profile screen's terms. */
export const probeProfileConnection: ConnectionProber<PandaponClient> = async (client) => {
  const result = await client.testConnection();
  const outcome = OUTCOMES[result.outcome];
  return {
    outcome,
    // Only a unit PandaPon accepted is worth saving on the profile.
    ...(outcome === 'ok' ? { timestampUnit: result.timestampUnit } : {}),
    // The client measures server minus local; the profile screen says how far *this* clock is off.
    ...(result.clockOffsetSeconds !== null ? { skewSeconds: -result.clockOffsetSeconds } : {}),
    latencyMs: result.durationMs,
    ...(result.requestId ? { requestId: result.requestId } : {}),
    ...(outcome === 'pandapon_error' ? { detail: result.message } : {}),
  };
};
