import type {
  ConnectionOutcome,
  ConnectionTestResult,
  TimestampUnit,
} from '../../shared/bridge/calls/profiles';
import { BridgeError } from '../../shared/bridge/errors';
import type { ProfileService } from './service';

/** What one connection probe of the PandaPon client found out. */
export interface ConnectionProbe {
  readonly outcome: Exclude<ConnectionOutcome, 'no_secret' | 'keychain_unavailable'>;
  /** The timestamp unit PandaPon accepted. */
  readonly timestampUnit?: TimestampUnit;
  readonly skewSeconds?: number;
  readonly latencyMs?: number;
  readonly requestId?: string;
  /** PandaPon's own `msg` for a business error. */
  readonly detail?: string;
}

export type ConnectionProber<C> = (client: C) => Promise<ConnectionProbe>;

/**
 * Tests a saved profile: one cheap signed read through its own client. Every way it can go
 * wrong comes back as an outcome with advice, not as an error, so the settings screen can show
 * it next to the profile.
 */
export async function testProfileConnection<C>(
  service: ProfileService<C>,
  profileId: string,
  probe: ConnectionProber<C>,
): Promise<ConnectionTestResult> {
  const testedAt = () => new Date().toISOString();
  service.get(profileId); // throws not_found for a profile that does not exist

  try {
    await service.secretFor(profileId);
  } catch (error) {
    if (!(error instanceof BridgeError)) throw error;
    if (error.code === 'keychain_unavailable') {
      return {
        profileId,
        outcome: 'keychain_unavailable',
        message: error.message,
        testedAt: testedAt(),
      };
    }
    if (error.code === 'not_found') {
      return { profileId, outcome: 'no_secret', message: MESSAGES.no_secret, testedAt: testedAt() };
    }
    throw error;
  }

  const result = await probe(await service.clientFor(profileId));
  if (result.outcome === 'ok' && result.timestampUnit) {
    await service.rememberTimestampUnit(profileId, result.timestampUnit);
  }
  return {
    profileId,
    outcome: result.outcome,
    message: messageFor(result),
    ...(result.skewSeconds !== undefined ? { skewSeconds: result.skewSeconds } : {}),
    ...(result.timestampUnit ? { timestampUnit: result.timestampUnit } : {}),
    ...(result.latencyMs !== undefined ? { latencyMs: result.latencyMs } : {}),
    ...(result.requestId ? { requestId: result.requestId } : {}),
    testedAt: testedAt(),
  };
}

const MESSAGES: Record<ConnectionOutcome, string> = {
  ok: 'Connected: PandaPon accepted this profile.',
  auth_rejected:
    'PandaPon refused the access key or secret. Copy both again from the PandaPon console ' +
    '(AccessKey management) and check the user-id.',
  clock_skew: "This computer's clock is off. Set the date and time automatically, then test again.",
  unreachable:
    'PandaPon could not be reached. Check the internet connection, a proxy or firewall, ' +
    'and the base URL.',
  not_pandapon:
    'The server answered, but not like PandaPon. ' +
    'Check the base URL (usually https://api.pandapon.com).',
  no_secret: 'No access secret is saved for this profile. Edit it and enter the access secret.',
  keychain_unavailable: 'The OS keychain cannot be used.',
  pandapon_error: 'PandaPon answered with an error.',
};

function messageFor(result: ConnectionProbe): string {
  if (result.outcome === 'clock_skew' && result.skewSeconds !== undefined) {
    const seconds = Math.abs(Math.round(result.skewSeconds));
    const direction = result.skewSeconds > 0 ? 'ahead of' : 'behind';
    return (
      `This computer's clock is ${seconds} s ${direction} PandaPon's. ` +
      'Set the date and time automatically, then test again.'
    );
  }
  if (result.outcome === 'pandapon_error' && result.detail) {
    return `PandaPon answered with an error: ${result.detail.slice(0, 200)}`;
  }
  return MESSAGES[result.outcome];
}
