import { matchesEndpoint } from './canonical';

export interface FreshnessRule {
  /** Matched against the endpoint name the caller passes (a call name or a path). */
  readonly match: RegExp | string;
  readonly maxAgeMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long an answer counts as fresh, by what the endpoint returns. The first matching rule wins,
 * so order endpoints come before "detail" (an order detail changes by the minute, a product
 * detail does not). Endpoint names are matched loosely so both call names
 * (`alibaba.order.detail`) and paths (`/v2/alibaba/order/detail`) work.
 */
export const defaultFreshness: readonly FreshnessRule[] = [
  { match: /categor/i, maxAgeMs: DAY },
  { match: /order|logistic|reverse|refund|after-?sale|pay/i, maxAgeMs: 10 * SECOND },
  { match: /cart/i, maxAgeMs: 30 * SECOND },
  { match: /address/i, maxAgeMs: HOUR },
  { match: /detail|product[./]get|batch[./]check/i, maxAgeMs: HOUR },
  { match: /search|query|keyword|selleroffer|recommend|image|hot/i, maxAgeMs: 5 * MINUTE },
];

/** Anything not named above is treated like a search: fresh for a few minutes. */
export const DEFAULT_MAX_AGE_MS = 5 * MINUTE;

export function freshnessFor(
  endpoint: string,
  rules: readonly FreshnessRule[] = defaultFreshness,
): number {
  for (const rule of rules) {
    if (matchesEndpoint(rule.match, endpoint)) return rule.maxAgeMs;
  }
  return DEFAULT_MAX_AGE_MS;
}
