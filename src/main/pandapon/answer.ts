import type { z } from 'zod';
import { envelopeSchema, isSuccessCode, type Envelope } from '../../shared/pandapon/envelope';

/**
 * Reading PandaPon's answer: the envelope, whether a refusal was about the timestamp or the
 * signature, the server clock and Retry-After.
 *
 * PandaPon does not document its error codes (REFERENCE §2.5), so a refusal is recognised by
 * HTTP 401/403 or by its message; the sandbox answers refusals the same way.
 */
export type Rejection = 'timestamp' | 'signature';

const TIMESTAMP_WORDS = /timestamp|时间戳|expired|过期|clock|time ?out of range/i;
const SIGNATURE_WORDS = /\bsign(ature)?\b|签名|access[- _]?key|secret|unauthori[sz]ed|鉴权|认证/i;

export function rejectionOf(httpStatus: number, msg: string | null | undefined): Rejection | null {
  const text = msg ?? '';
  if (TIMESTAMP_WORDS.test(text)) return 'timestamp';
  if (SIGNATURE_WORDS.test(text) || httpStatus === 401 || httpStatus === 403) return 'signature';
  return null;
}

export type ParsedBody =
  | { readonly kind: 'envelope'; readonly envelope: Envelope; readonly success: boolean }
  | { readonly kind: 'foreign'; readonly preview: string };

export function parseBody(text: string): ParsedBody {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'foreign', preview: text.slice(0, 80) };
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) return { kind: 'foreign', preview: text.slice(0, 80) };
  return { kind: 'envelope', envelope: parsed.data, success: isSuccessCode(parsed.data.code) };
}

/** Server time minus local time, from the `Date` header (1 s resolution), or null. */
export function skewFromDate(dateHeader: string | null, localMs: number): number | null {
  if (!dateHeader) return null;
  const serverMs = Date.parse(dateHeader);
  return Number.isNaN(serverMs) ? null : serverMs - localMs;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function retryAfterMs(header: string | null, localMs: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - localMs);
}

/** The first broken field of a schema, as `data.a.0.b`, for a schema_mismatch error. */
export function firstIssuePath(error: z.ZodError): { field: string; problem: string } {
  const issue = error.issues[0];
  const path = issue ? ['data', ...issue.path.map(String)].join('.') : 'data';
  return { field: path, problem: issue?.message ?? 'does not match' };
}
