import type { BridgeErrorCode, BridgeErrorInfo } from '../../shared/bridge/errors';

/**
 * What can go wrong on a PandaPon call, typed so callers decide without parsing text. The
 * message is for a person: it says what happened and what to do next.
 */
export type PandaponErrorCode =
  | 'network'
  | 'timeout'
  | 'rate_limited'
  | 'auth_rejected'
  | 'business'
  | 'schema_mismatch'
  | 'outcome_unknown';

export interface PandaponErrorInit {
  readonly code: PandaponErrorCode;
  readonly endpoint: string;
  readonly message: string;
  readonly requestId?: string | null;
  readonly httpStatus?: number | null;
  readonly retryAfterMs?: number | null;
  /** The envelope `code` of a business error. */
  readonly pandaponCode?: number | null;
  /** The field path of a schema mismatch, e.g. `data.skuList.0.price`. */
  readonly field?: string | null;
  /** Whether the rejection was about the timestamp rather than the key or secret. */
  readonly reason?: 'timestamp' | 'signature' | null;
  readonly cause?: unknown;
}

const BRIDGE_CODES: Record<PandaponErrorCode, BridgeErrorCode> = {
  network: 'offline',
  timeout: 'timeout',
  rate_limited: 'rate_limited',
  auth_rejected: 'auth_rejected',
  business: 'pandapon_error',
  schema_mismatch: 'schema_mismatch',
  outcome_unknown: 'outcome_unknown',
};

export class PandaponError extends Error {
  readonly code: PandaponErrorCode;
  readonly endpoint: string;
  readonly requestId: string | null;
  readonly httpStatus: number | null;
  readonly retryAfterMs: number | null;
  readonly pandaponCode: number | null;
  readonly field: string | null;
  readonly reason: 'timestamp' | 'signature' | null;

  constructor(init: PandaponErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'PandaponError';
    this.code = init.code;
    this.endpoint = init.endpoint;
    this.requestId = init.requestId ?? null;
    this.httpStatus = init.httpStatus ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.pandaponCode = init.pandaponCode ?? null;
    this.field = init.field ?? null;
    this.reason = init.reason ?? null;
  }

  toBridgeError(): BridgeErrorInfo {
    const details: Record<string, string | number | boolean | null> = {
      endpoint: this.endpoint,
      requestId: this.requestId,
    };
    if (this.httpStatus !== null) details.httpStatus = this.httpStatus;
    if (this.retryAfterMs !== null) details.retryAfterMs = this.retryAfterMs;
    if (this.pandaponCode !== null) details.pandaponCode = this.pandaponCode;
    if (this.field !== null) details.field = this.field;
    if (this.reason !== null) details.reason = this.reason;
    return { code: BRIDGE_CODES[this.code], message: this.message, details };
  }
}

export function isPandaponError(value: unknown): value is PandaponError {
  return value instanceof PandaponError;
}
