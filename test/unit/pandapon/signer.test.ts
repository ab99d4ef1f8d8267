import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  computeSignature,
  createNonce,
  formatTimestamp,
  signRequest,
} from '../../../src/main/pandapon/signer';

describe('request signing', () => {
  it('reproduces the worked example of REFERENCE §2.3', () => {
    const signature = computeSignature(
      '58c0201dfdf148eca63cbf6bb5e7cf03',
      '1715669977',
      'abcdefghijklmnopqrstuvwxyz012345',
      'SECRET',
    );
    expect(signature).toBe('78D8E4D5E75950766244BBCA29DC4738');
  });

  it('sends the five system headers and signs neither user-id nor the body', () => {
    const parts = signRequest({
      accessKey: 'ak',
      userId: 'u1',
      secret: 's3',
      epochMs: 1715669977082,
      unit: 'ms',
      nonce: 'n'.repeat(32),
    });
    expect(Object.keys(parts.headers).sort()).toEqual(
      ['access-key', 'nonce-str', 'signature', 'timestamp', 'user-id'].sort(),
    );
    const expected = createHash('md5')
      .update(`ak1715669977082${'n'.repeat(32)}s3`)
      .digest('hex')
      .toUpperCase();
    expect(parts.headers.signature).toBe(expected);
    expect(parts.headers['user-id']).toBe('u1');
  });

  it('writes the timestamp in the unit the profile chose', () => {
    expect(formatTimestamp(1715669977082, 'ms')).toBe('1715669977082');
    expect(formatTimestamp(1715669977082, 's')).toBe('1715669977');
  });
});

describe('nonce', () => {
  it('is 32 alphanumeric characters and never repeats over 10,000 draws', () => {
    const nonces = Array.from({ length: 10_000 }, () => createNonce());
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(new Set(nonces).size).toBe(10_000);
  });

  it('uses the whole alphabet evenly (no modulo bias toward the first characters)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 4_000; i++) {
      for (const char of createNonce()) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(counts.size).toBe(62);
    const expected = (4_000 * 32) / 62;
    // 'A'..'H' would get ~25% more hits with a plain byte % 62; allow ±10% noise.
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(expected * 0.9);
      expect(count).toBeLessThan(expected * 1.1);
    }
  });
});
