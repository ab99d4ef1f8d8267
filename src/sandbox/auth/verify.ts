import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { computeSignature } from '../../main/pandapon/signer';
import type { AuthStyle } from '../../shared/pandapon/define';
import type { AccountRegistry } from './accounts';
import { SandboxCode } from './codes';
import type { NonceStore } from './nonces';

/**
 * Checks PandaPon's system headers (REFERENCE §2.2–2.3) in the order a person would fix them:
 * missing header, unknown key, clock, signature, replay, user-id. The nonce is claimed only after
 * the signature holds, so a forged request cannot burn someone else's nonce.
 */
export const TIMESTAMP_WINDOW_MS = 600_000;

/** 13 digits are milliseconds (the docs' example), 10 are seconds (the third-party client). */
const SECONDS_BELOW = 100_000_000_000;

export type AuthOutcome =
  | { readonly ok: true; readonly accessKey: string; readonly userId: string }
  | {
      readonly ok: false;
      readonly code: number;
      readonly httpStatus: number;
      readonly msg: string;
    };

export interface AuthContext {
  readonly accounts: AccountRegistry;
  readonly nonces: NonceStore;
  readonly wallNowMs: number;
}

const REQUIRED = ['access-key', 'timestamp', 'nonce-str', 'user-id', 'signature'] as const;

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function refuse(code: number, msg: string, httpStatus = 401): AuthOutcome {
  return { ok: false, code, httpStatus, msg };
}

/** The timestamp in ms, from seconds or milliseconds; null when it is not a whole number. */
export function timestampMs(value: string): number | null {
  if (!/^\d{1,16}$/.test(value)) return null;
  const number = Number(value);
  return number < SECONDS_BELOW ? number * 1000 : number;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a.toUpperCase());
  const right = Buffer.from(b.toUpperCase());
  return left.length === right.length && timingSafeEqual(left, right);
}

export function verifyRequest(
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
  auth: AuthStyle,
  context: AuthContext,
): AuthOutcome {
  const values = Object.fromEntries(REQUIRED.map((name) => [name, header(headers, name)]));
  const missing = REQUIRED.filter((name) => !values[name]);
  if (missing.length) {
    return refuse(
      SandboxCode.missingHeader,
      `Missing system header(s): ${missing.join(', ')}. PandaPon takes the system ` +
        'parameters as HTTP headers, not in the body or query.',
    );
  }
  const accessKey = values['access-key'] as string;
  const timestamp = values.timestamp as string;
  const nonce = values['nonce-str'] as string;
  const userId = values['user-id'] as string;

  const secret = context.accounts.secretOf(accessKey);
  if (secret === undefined) {
    return refuse(
      SandboxCode.unknownAccessKey,
      'Unknown access-key. Use the access key the sandbox printed when it started.',
    );
  }

  const sentMs = timestampMs(timestamp);
  if (sentMs === null) {
    return refuse(
      SandboxCode.staleTimestamp,
      'The timestamp header is not a number of seconds or milliseconds since 1970 (UTC).',
    );
  }
  const skewS = Math.round((sentMs - context.wallNowMs) / 1000);
  if (Math.abs(sentMs - context.wallNowMs) > TIMESTAMP_WINDOW_MS) {
    return refuse(
      SandboxCode.staleTimestamp,
      `The timestamp is ${Math.abs(skewS)} s ${skewS < 0 ? 'behind' : 'ahead of'} the server's ` +
        'time; it must be within 600 s. Set the clock automatically and sign again.',
    );
  }

  const expected = computeSignature(accessKey, timestamp, nonce, secret);
  if (!sameText(values.signature as string, expected)) {
    return refuse(
      SandboxCode.badSignature,
      'The signature does not match. Sign the upper-case MD5 of the access key, the time ' +
        'header, the nonce and the secret, with the secret of this access key.',
    );
  }

  if (auth === 'headers+querySign') {
    const queryTimestamp = query.get('timestamp') ?? '';
    const sign = query.get('sign') ?? '';
    const expectedSign = computeSignature(accessKey, queryTimestamp, nonce, secret);
    if (!queryTimestamp || !sign || !sameText(sign, expectedSign)) {
      return refuse(
        SandboxCode.badQuerySign,
        'Warehouse-logistics calls also carry sign and its time in the query (the same ' +
          'signature as the headers); they are missing or do not match.',
      );
    }
  }

  if (!context.nonces.claim(accessKey, nonce, context.wallNowMs)) {
    return refuse(
      SandboxCode.replayedNonce,
      'This nonce-str was already used within the last 600 s: the request was replayed. ' +
        'Sign every request with a fresh nonce-str.',
    );
  }

  if (!context.accounts.knowsUser(accessKey, userId)) {
    return refuse(
      SandboxCode.unknownUser,
      'The user-id is not a user of this access-key. Use the user-id the sandbox printed.',
      403,
    );
  }
  return { ok: true, accessKey, userId };
}
