import { createHash } from 'node:crypto';

/**
 * Inputs that mean the same request must give the same cache key: key order does not matter,
 * `undefined` is the same as absent, and an omitted parameter is the same as its default.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value)) ?? 'null';
}

function normalise(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'bigint' ? value.toString() : value;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return value.map((item) => (item === undefined ? null : normalise(item)));

  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const inner = (value as Record<string, unknown>)[key];
    if (inner !== undefined && typeof inner !== 'function') out[key] = normalise(inner);
  }
  return out;
}

/** A rule giving the defaults of the endpoints whose name matches. */
export interface InputDefaultsRule {
  readonly match: RegExp | string;
  readonly defaults: Readonly<Record<string, unknown>>;
}

export function canonicalInput(
  endpoint: string,
  input: unknown,
  rules: readonly InputDefaultsRule[] = [],
): string {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return canonicalJson(input);

  let withDefaults: Record<string, unknown> = {};
  for (const rule of rules) {
    if (matchesEndpoint(rule.match, endpoint)) withDefaults = { ...withDefaults, ...rule.defaults };
  }
  for (const [key, inner] of Object.entries(input)) {
    if (inner !== undefined) withDefaults[key] = inner;
  }
  return canonicalJson(withDefaults);
}

export function cacheKey(profileId: string, endpoint: string, canonical: string): string {
  return createHash('sha256').update(`${profileId}\n${endpoint}\n${canonical}`).digest('hex');
}

/** `RegExp`, or a glob where `*` stands for any run of characters (`alibaba.product.*`). */
export function matchesEndpoint(pattern: RegExp | string, endpoint: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(endpoint);
  const source = pattern.split('*').map(escapeRegExp).join('.*');
  return new RegExp(`^${source}$`, 'i').test(endpoint);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
