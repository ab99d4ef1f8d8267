import type { Logger } from '../log';
import type { AttemptResult } from './attempt';
import type { PandaponClient } from './client';
import type { TimestampUnit } from './signer';

/**
 * "Test connection" for the profile screen: one cheap signed read (the 1688 cart list, a
 * documented GET without parameters), classified into what a person can fix.
 */
export type ConnectionOutcome =
  | 'ok'
  | 'wrong_key_or_secret'
  | 'clock_off'
  | 'unreachable'
  | 'not_pandapon'
  /** PandaPon answered with a refusal that is neither the key nor the clock (its `msg`). */
  | 'pandapon_error';

export interface ConnectionTestResult {
  readonly outcome: ConnectionOutcome;
  /** The unit that worked, or the configured one when none did. */
  readonly timestampUnit: TimestampUnit;
  /** True when only the other unit worked; the client now uses it and the profile should too. */
  readonly unitChanged: boolean;
  /** Server clock minus this computer's, when PandaPon sent a Date header. */
  readonly clockOffsetSeconds: number | null;
  readonly message: string;
  readonly requestId: string | null;
  readonly durationMs: number;
}

/** PandaPon accepts timestamps within 600 s of UTC (REFERENCE §2.2). */
const WINDOW_MS = 600_000;
const PROBE = 'alibaba.cart.list' as const;

function otherUnit(unit: TimestampUnit): TimestampUnit {
  return unit === 'ms' ? 's' : 'ms';
}

function skewSeconds(result: AttemptResult): number | null {
  return result.skewMs === null ? null : Math.round(result.skewMs / 1000);
}

export async function testConnection(
  client: PandaponClient,
  log: Logger,
): Promise<ConnectionTestResult> {
  const started = Date.now();
  const configured = client.timestampUnit;
  const done = (
    outcome: ConnectionOutcome,
    result: AttemptResult,
    unit: TimestampUnit,
    message: string,
  ): ConnectionTestResult => {
    const answer: ConnectionTestResult = {
      outcome,
      timestampUnit: unit,
      unitChanged: unit !== configured,
      clockOffsetSeconds: skewSeconds(result),
      message,
      requestId: result.ok ? result.requestId : result.error.requestId,
      durationMs: Date.now() - started,
    };
    log.info('connection.test', {
      outcome,
      unit,
      clockOffsetSeconds: answer.clockOffsetSeconds,
      requestId: answer.requestId,
    });
    return answer;
  };

  const first = await client.probe(PROBE, {}, configured);
  if (first.ok || isEnvelopeMismatch(first))
    return done('ok', first, configured, 'Connected to PandaPon.');
  if (first.error.code !== 'auth_rejected') return classifyOther(first, configured, done);

  // Refused: the unit is the likeliest cause when the clock is fine, so try the other one once.
  const second = await client.probe(PROBE, {}, otherUnit(configured));
  if (second.ok || isEnvelopeMismatch(second)) {
    client.setTimestampUnit(otherUnit(configured));
    const label = otherUnit(configured) === 'ms' ? 'milliseconds' : 'seconds';
    return done(
      'ok',
      second,
      otherUnit(configured),
      `Connected to PandaPon with timestamps in ${label}.`,
    );
  }

  const skew = first.skewMs;
  const clockBlamed =
    first.error.reason === 'timestamp' || (skew !== null && Math.abs(skew) > WINDOW_MS);
  if (clockBlamed) {
    const seconds = skew === null ? null : Math.round(Math.abs(skew) / 1000);
    const message =
      seconds === null
        ? "PandaPon refused this computer's clock. Set the clock automatically and try again."
        : `This computer's clock is off by ${seconds} s. Set the clock automatically and try again.`;
    return done('clock_off', first, configured, message);
  }
  return done(
    'wrong_key_or_secret',
    first,
    configured,
    'PandaPon refused the access key or secret. Copy both again from the PandaPon console.',
  );
}

/** A success envelope whose data did not match still proves the key, secret and clock work. */
function isEnvelopeMismatch(result: AttemptResult): boolean {
  return !result.ok && result.error.code === 'schema_mismatch' && result.error.field !== null;
}

function classifyOther(
  result: AttemptResult & { ok: false },
  unit: TimestampUnit,
  done: (
    o: ConnectionOutcome,
    r: AttemptResult,
    u: TimestampUnit,
    m: string,
  ) => ConnectionTestResult,
): ConnectionTestResult {
  switch (result.error.code) {
    case 'network':
    case 'timeout':
      return done(
        'unreachable',
        result,
        unit,
        'PandaPon could not be reached. Check the internet connection and the base URL.',
      );
    case 'schema_mismatch':
      return done(
        'not_pandapon',
        result,
        unit,
        'The base URL answers, but not as PandaPon. Check the base URL.',
      );
    default:
      if (result.error.httpStatus === 404) {
        return done(
          'not_pandapon',
          result,
          unit,
          'The base URL answers, but not as PandaPon. Check the base URL.',
        );
      }
      return done('pandapon_error', result, unit, result.error.message);
  }
}
