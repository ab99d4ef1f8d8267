import { z } from 'zod';
import { createRng, type Rng } from '../generator/rng';

/**
 * Faults the sandbox can inject, for the client's reliability tests. A rule applies to every
 * endpoint (`all`) or to one (`endpoints['alibaba.order.create']`, which wins over `all`).
 * Rates are probabilities from 0 to 1, drawn from a seeded source so a run repeats; `times`
 * limits a rule to its next N matching calls (e.g. "the next create loses its response").
 *
 * - latencyMs: added before answering, fixed (`200`) or uniform in a range (`{min, max}`);
 * - rateLimitRate: 429 with `Retry-After: retryAfterSeconds`; the handler does not run;
 * - errorRate: HTTP 500 with code 50001; the handler does not run;
 * - timeoutRate: the socket is held without an answer until the client gives up (or
 *   `holdMs`); the handler does not run;
 * - lostResponseRate: the handler runs (the order IS created) but the connection is destroyed
 *   before any answer is written.
 */
const rate = z.number().min(0).max(1);

export const faultRuleSchema = z.strictObject({
  latencyMs: z
    .union([
      z.number().int().min(0).max(120_000),
      z.strictObject({ min: z.number().int().min(0), max: z.number().int().max(120_000) }),
    ])
    .optional(),
  rateLimitRate: rate.optional(),
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  errorRate: rate.optional(),
  timeoutRate: rate.optional(),
  holdMs: z.number().int().min(0).max(600_000).optional(),
  lostResponseRate: rate.optional(),
  times: z.number().int().min(1).optional(),
});
export type FaultRule = z.infer<typeof faultRuleSchema>;

export const faultSettingsSchema = z.strictObject({
  all: faultRuleSchema.optional(),
  endpoints: z.record(z.string(), faultRuleSchema).optional(),
  seed: z.number().int().optional(),
});
export type FaultSettings = z.infer<typeof faultSettingsSchema>;

export type FaultOutcome = 'none' | 'rate-limited' | 'error' | 'timeout' | 'lost-response';

export interface FaultPlan {
  readonly latencyMs: number;
  readonly outcome: FaultOutcome;
  readonly retryAfterSeconds: number;
  readonly holdMs: number;
}

export interface FaultInjector {
  /** What happens to the next call of `endpoint`; counts it against a rule's `times`. */
  plan(endpoint: string): FaultPlan;
  settings(): FaultSettings;
  set(settings: FaultSettings): void;
}

const NO_FAULT: FaultPlan = { latencyMs: 0, outcome: 'none', retryAfterSeconds: 0, holdMs: 0 };
const DEFAULT_HOLD_MS = 120_000;

export function createFaultInjector(initial: FaultSettings = {}): FaultInjector {
  let current: FaultSettings = {};
  let rng: Rng = createRng(0);
  /** Calls left for each rule with `times`; keyed by '*' or the endpoint name. */
  const remaining = new Map<string, number>();

  function set(settings: FaultSettings): void {
    current = faultSettingsSchema.parse(settings);
    rng = createRng(current.seed ?? 20_260_101);
    remaining.clear();
    if (current.all?.times) remaining.set('*', current.all.times);
    for (const [name, rule] of Object.entries(current.endpoints ?? {})) {
      if (rule.times) remaining.set(name, rule.times);
    }
  }
  set(initial);

  function ruleFor(endpoint: string): { key: string; rule: FaultRule } | null {
    const own = current.endpoints?.[endpoint];
    if (own && remaining.get(endpoint) !== 0) return { key: endpoint, rule: own };
    if (current.all && remaining.get('*') !== 0) return { key: '*', rule: current.all };
    return null;
  }

  return {
    set,
    settings: () => current,
    plan(endpoint) {
      const found = ruleFor(endpoint);
      if (!found) return NO_FAULT;
      const { key, rule } = found;
      const left = remaining.get(key);
      if (left !== undefined) remaining.set(key, left - 1);

      const latency = rule.latencyMs;
      const latencyMs =
        latency === undefined
          ? 0
          : typeof latency === 'number'
            ? latency
            : latency.min +
              Math.floor(rng.next() * (Math.max(latency.min, latency.max) - latency.min + 1));
      const happens = (chance: number | undefined) =>
        chance !== undefined && chance > 0 && rng.next() < chance;
      let outcome: FaultOutcome = 'none';
      if (happens(rule.rateLimitRate)) outcome = 'rate-limited';
      else if (happens(rule.errorRate)) outcome = 'error';
      else if (happens(rule.timeoutRate)) outcome = 'timeout';
      else if (happens(rule.lostResponseRate)) outcome = 'lost-response';
      return {
        latencyMs,
        outcome,
        retryAfterSeconds: rule.retryAfterSeconds ?? 1,
        holdMs: rule.holdMs ?? DEFAULT_HOLD_MS,
      };
    },
  };
}
