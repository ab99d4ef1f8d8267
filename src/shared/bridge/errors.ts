/**
 * Errors that cross the bridge. They are plain data so that both transports (Electron IPC and the
 * browser shell's WebSocket) carry them unchanged. `message` is English; the renderer shows the
 * translation for `code` when it has one and falls back to `message`.
 */
export type BridgeErrorCode =
  | 'unknown_call'
  | 'bad_input'
  | 'not_found'
  | 'conflict'
  | 'offline'
  | 'timeout'
  | 'rate_limited'
  | 'auth_rejected'
  | 'pandapon_error'
  | 'schema_mismatch'
  | 'outcome_unknown'
  | 'keychain_unavailable'
  | 'no_profile'
  | 'forbidden'
  /** The browser shell refused this page: it was opened without the launch key. */
  | 'page_refused'
  | 'internal';

export interface BridgeIssue {
  readonly path: string;
  readonly message: string;
}

export interface BridgeErrorInfo {
  readonly code: BridgeErrorCode;
  readonly message: string;
  /** Field-level problems of a bad input or an imported file. */
  readonly issues?: readonly BridgeIssue[];
  /** Ids a person needs to find the thing again (endpoint, requestId, batchId …). Never secrets. */
  readonly details?: Readonly<Record<string, string | number | boolean | null>>;
}

export class BridgeError extends Error implements BridgeErrorInfo {
  readonly code: BridgeErrorCode;
  readonly issues?: readonly BridgeIssue[];
  readonly details?: BridgeErrorInfo['details'];

  constructor(info: BridgeErrorInfo) {
    super(info.message);
    this.name = 'BridgeError';
    this.code = info.code;
    this.issues = info.issues;
    this.details = info.details;
  }

  toInfo(): BridgeErrorInfo {
    return { code: this.code, message: this.message, issues: this.issues, details: this.details };
  }
}

export function isBridgeErrorInfo(value: unknown): value is BridgeErrorInfo {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BridgeErrorInfo).code === 'string' &&
    typeof (value as BridgeErrorInfo).message === 'string'
  );
}

/** What every bridge call resolves to on the wire. */
export type BridgeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: BridgeErrorInfo };
