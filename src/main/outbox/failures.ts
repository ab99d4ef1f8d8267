import type { IntentError } from './types';

/**
 * How the outbox reads a failed call. It does not import the client's error class so that it
 * stays usable with any client whose errors carry a `code` (PandaponError, BridgeError).
 */

/**
 * Codes that prove the request had no effect: PandaPon answered with a refusal (PandaponError
 * `business`, `auth_rejected`, `rate_limited`, or their bridge names), or the request never left
 * this machine. Every other failure (timeout, lost answer, a network error that may have struck
 * after sending, an answer we cannot read, a crash) may have created or paid an order and is
 * reconciled by a look-up before anything else.
 */
const NOT_APPLIED = new Set([
  'business',
  'pandapon_error',
  'bad_input',
  'auth_rejected',
  'rate_limited',
  'no_profile',
  'keychain_unavailable',
]);

interface CodedError {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly requestId?: unknown;
  readonly details?: { readonly requestId?: unknown };
}

export function describeFailure(error: unknown): IntentError {
  const coded = (typeof error === 'object' && error !== null ? error : {}) as CodedError;
  const requestId = coded.requestId ?? coded.details?.requestId;
  return {
    code: typeof coded.code === 'string' ? coded.code : 'internal',
    message:
      typeof coded.message === 'string' ? coded.message.slice(0, 500) : 'The request failed.',
    ...(typeof requestId === 'string' ? { requestId } : {}),
  };
}

export function isDefinitelyNotApplied(error: unknown): boolean {
  return NOT_APPLIED.has(describeFailure(error).code);
}
