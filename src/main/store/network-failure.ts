import type { BridgeErrorInfo } from '../../shared/bridge/errors';
import { BridgeError } from '../../shared/bridge/errors';

/** Bridge codes that mean PandaPon did not answer, so a cached answer is better than none. */
const UNANSWERED_CODES = new Set(['offline', 'timeout', 'rate_limited']);

/** Node's codes for a connection that never got an answer. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/**
 * Recognises "PandaPon could not answer": errors that present themselves as an offline, timeout
 * or rate-limit bridge error, a server error (HTTP 5xx), or a raw socket failure. An answer
 * PandaPon gave (bad input, rejected key) is not one: the cache must not hide it.
 */
export function isNetworkFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const info = bridgeInfoOf(error);
  if (info) {
    if (UNANSWERED_CODES.has(info.code)) return true;
    const status = Number(info.details?.httpStatus ?? info.details?.status);
    return status >= 500 && status <= 599;
  }
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && SOCKET_CODES.has(code)) return true;
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isNetworkFailure(cause);
}

function bridgeInfoOf(error: object): BridgeErrorInfo | null {
  if (error instanceof BridgeError) return error.toInfo();
  const source = error as { toBridgeError?: unknown };
  if (typeof source.toBridgeError === 'function') {
    return (source.toBridgeError as () => BridgeErrorInfo)();
  }
  return null;
}
