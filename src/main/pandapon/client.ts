import { BridgeError } from '../../shared/bridge/errors';
import {
  endpoints,
  type EndpointInput,
  type EndpointName,
  type EndpointOutput,
} from '../../shared/pandapon';
import type { EndpointKind, EndpointSpec } from '../../shared/pandapon/define';
import type { Logger } from '../log';
import { runAttempt, type AttemptResult } from './attempt';
import { PandaponError } from './errors';
import { createLimiter } from './limiter';
import { buildRequest, withQuerySign } from './request';
import { signRequest, type TimestampUnit } from './signer';
import { testConnection, type ConnectionTestResult } from './connection-test';

/**
 * The PandaPon client: validates the input, signs each attempt, limits concurrency and rate,
 * retries reads (never writes or money), corrects clock skew and turns every failure into a
 * PandaponError. One client per profile.
 */
export interface PandaponClientOptions {
  readonly baseUrl: string;
  readonly accessKey: string;
  readonly userId: string;
  readonly timestampUnit: TimestampUnit;
  /** Asked on every attempt, so a rotated secret takes effect at once; never stored here. */
  readonly getSecret: () => Promise<string> | string;
  readonly log: Logger;
  readonly fetch?: typeof fetch;
  readonly onReachability?: (online: boolean) => void;
  readonly maxConcurrency?: number;
  readonly ratePerSecond?: number;
  readonly now?: () => number;
  /** Tuning for tests; the defaults suit a slow line to China. */
  readonly retry?: {
    readonly maxTries?: number;
    readonly baseDelayMs?: number;
    readonly maxDelayMs?: number;
  };
  readonly timeouts?: Partial<Record<EndpointKind, number>>;
  /** Longest Retry-After the client waits out itself before giving up with rate_limited. */
  readonly maxRetryAfterMs?: number;
  readonly random?: () => number;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

export interface CallResult<T> {
  readonly data: T;
  readonly requestId: string | null;
  readonly durationMs: number;
  readonly tries: number;
}

export interface PandaponClient {
  call<N extends EndpointName>(
    name: N,
    input: EndpointInput<N>,
    opts?: CallOptions,
  ): Promise<EndpointOutput<N>>;
  callWithMeta<N extends EndpointName>(
    name: N,
    input: EndpointInput<N>,
    opts?: CallOptions,
  ): Promise<CallResult<EndpointOutput<N>>>;
  /** One cheap signed read, classified for the profile screen. */
  testConnection(): Promise<ConnectionTestResult>;
  /** Added to the local clock when signing; set after a timestamp refusal. */
  readonly clockOffsetMs: number;
  readonly timestampUnit: TimestampUnit;
  /** One signed attempt without retries; used by the connection test. */
  probe(name: EndpointName, input: unknown, unit: TimestampUnit): Promise<AttemptResult>;
  setTimestampUnit(unit: TimestampUnit): void;
}

const DEFAULT_TIMEOUTS: Record<EndpointKind, number> = {
  read: 15_000,
  write: 30_000,
  money: 30_000,
};
/** Skew below this is left alone: the Date header only has 1 s resolution. */
const SKEW_TOLERANCE_MS = 2_000;

export function createPandaponClient(options: PandaponClientOptions): PandaponClient {
  const log = options.log.child('pandapon');
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? globalThis.fetch;
  const random = options.random ?? Math.random;
  const maxTries = options.retry?.maxTries ?? 3;
  const baseDelayMs = options.retry?.baseDelayMs ?? 400;
  const maxDelayMs = options.retry?.maxDelayMs ?? 5_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const limiter = createLimiter({
    maxConcurrency: options.maxConcurrency ?? 4,
    ratePerSecond: options.ratePerSecond ?? 8,
    now,
  });
  let clockOffsetMs = 0;
  let unit = options.timestampUnit;

  async function attempt(
    endpoint: EndpointSpec,
    input: Record<string, unknown>,
    attemptUnit: TimestampUnit,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<AttemptResult> {
    const built = buildRequest(options.baseUrl, endpoint, input);
    const release = await limiter.acquire(signal);
    try {
      const secret = await options.getSecret();
      const signed = signRequest({
        accessKey: options.accessKey,
        userId: options.userId,
        secret,
        epochMs: now() + clockOffsetMs,
        unit: attemptUnit,
      });
      const url =
        endpoint.auth === 'headers+querySign'
          ? withQuerySign(built.url, signed.timestamp, signed.signature)
          : built.url;
      const result = await runAttempt({
        endpoint,
        url,
        body: built.body,
        headers: signed.headers,
        timeoutMs,
        signal,
        fetch: doFetch,
        now,
      });
      options.onReachability?.(result.ok || result.answered);
      return result;
    } finally {
      release();
    }
  }

  function validate(endpoint: EndpointSpec, input: unknown): Record<string, unknown> {
    const parsed = endpoint.request.safeParse(input ?? {});
    if (parsed.success) return parsed.data as Record<string, unknown>;
    throw new BridgeError({
      code: 'bad_input',
      message: `The input for "${endpoint.title}" is not valid; nothing was sent to PandaPon.`,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
      details: { endpoint: endpoint.name },
    });
  }

  function backoffMs(tryNo: number, error: PandaponError): number | null {
    if (error.retryAfterMs !== null)
      return error.retryAfterMs <= maxRetryAfterMs ? error.retryAfterMs : null;
    // Full jitter: a random wait up to the exponential ceiling spreads retries of many clients.
    return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (tryNo - 1)));
  }

  /** After a timestamp refusal: adopt the server's clock when it differs enough to matter. */
  function correctClock(skewMs: number | null): boolean {
    if (skewMs === null || Math.abs(skewMs - clockOffsetMs) < SKEW_TOLERANCE_MS) return false;
    log.warn('clock.corrected', { fromMs: clockOffsetMs, toMs: skewMs });
    clockOffsetMs = skewMs;
    return true;
  }

  async function callWithMeta<N extends EndpointName>(
    name: N,
    input: EndpointInput<N>,
    opts: CallOptions = {},
  ): Promise<CallResult<EndpointOutput<N>>> {
    const endpoint = endpoints[name] as unknown as EndpointSpec;
    const valid = validate(endpoint, input);
    const timeoutMs = opts.timeoutMs ?? timeouts[endpoint.kind];
    const started = now();
    let clockRetried = false;

    for (let tryNo = 1; ; tryNo++) {
      const result = await attempt(endpoint, valid, unit, timeoutMs, opts.signal);
      if (result.ok) {
        const durationMs = now() - started;
        log.info('call', {
          endpoint: name,
          ms: durationMs,
          code: result.pandaponCode,
          requestId: result.requestId,
          tries: tryNo,
        });
        return {
          data: result.data as EndpointOutput<N>,
          requestId: result.requestId,
          durationMs,
          tries: tryNo,
        };
      }

      const { error } = result;
      // A refused timestamp means nothing happened, so even a money call may go once more.
      if (error.reason === 'timestamp' && !clockRetried && correctClock(result.skewMs)) {
        clockRetried = true;
        continue;
      }
      const wait =
        endpoint.kind === 'read' && result.retryable && tryNo < maxTries
          ? backoffMs(tryNo, error)
          : null;
      if (wait === null) {
        log.warn('call', {
          endpoint: name,
          ms: now() - started,
          code: error.pandaponCode ?? error.httpStatus,
          requestId: error.requestId,
          error: error.code,
          tries: tryNo,
        });
        throw error;
      }
      await sleep(wait, opts.signal);
    }
  }

  const client: PandaponClient = {
    call: async (name, input, opts) => (await callWithMeta(name, input, opts)).data,
    callWithMeta,
    testConnection: () => testConnection(client, log),
    get clockOffsetMs() {
      return clockOffsetMs;
    },
    get timestampUnit() {
      return unit;
    },
    probe: (name, input, probeUnit) => {
      const endpoint = endpoints[name] as unknown as EndpointSpec;
      return attempt(endpoint, validate(endpoint, input), probeUnit, timeouts.read);
    },
    setTimestampUnit(next) {
      unit = next;
    },
  };
  return client;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
