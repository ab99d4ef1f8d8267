import { createHash, randomBytes } from 'node:crypto';

/**
 * Request signing (REFERENCE §2.2–2.3). The algorithm comes from one third-party client, not a
 * PandaPon page: upper-case hex MD5 of access-key + timestamp + nonce-str + secret, no separators;
 * user-id, body and path are not signed.
 */
export type TimestampUnit = 'ms' | 's';

const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** 62 * 4 = 248: bytes at or above it are dropped so every character is equally likely. */
const NONCE_LIMIT = 256 - (256 % NONCE_ALPHABET.length);
export const NONCE_LENGTH = 32;

export function createNonce(length = NONCE_LENGTH): string {
  let nonce = '';
  while (nonce.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= NONCE_LIMIT) continue;
      nonce += NONCE_ALPHABET[byte % NONCE_ALPHABET.length];
      if (nonce.length === length) break;
    }
  }
  return nonce;
}

export function formatTimestamp(epochMs: number, unit: TimestampUnit): string {
  return String(unit === 'ms' ? Math.floor(epochMs) : Math.floor(epochMs / 1000));
}

export function computeSignature(
  accessKey: string,
  timestamp: string,
  nonce: string,
  secret: string,
): string {
  return createHash('md5')
    .update(accessKey + timestamp + nonce + secret, 'utf8')
    .digest('hex')
    .toUpperCase();
}

export interface SignInput {
  readonly accessKey: string;
  readonly userId: string;
  readonly secret: string;
  readonly epochMs: number;
  readonly unit: TimestampUnit;
  /** For tests and the worked example; a fresh nonce otherwise. */
  readonly nonce?: string;
}

export interface SignedParts {
  readonly headers: Readonly<Record<string, string>>;
  readonly timestamp: string;
  readonly signature: string;
}

/** The system headers of one attempt; every retry signs again with a fresh nonce and time. */
export function signRequest(input: SignInput): SignedParts {
  const timestamp = formatTimestamp(input.epochMs, input.unit);
  const nonce = input.nonce ?? createNonce();
  const signature = computeSignature(input.accessKey, timestamp, nonce, input.secret);
  return {
    timestamp,
    signature,
    headers: {
      'access-key': input.accessKey,
      timestamp,
      'nonce-str': nonce,
      'user-id': input.userId,
      signature,
    },
  };
}
