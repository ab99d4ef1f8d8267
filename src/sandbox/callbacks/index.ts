import { createHmac } from 'node:crypto';
import type { SandboxMessage } from '../routes';

/**
 * Signed message callbacks (REFERENCE §2.8): each message is POSTed as JSON to the account's
 * registered URL with `Authorization` = lower-case hex HMAC-SHA256 of the raw body, keyed with
 * the access secret. Only HTTP 200 acknowledges; anything else (or no answer within 1000 ms) is
 * retried on PandaPon's schedule, "after half an hour, at most 5 retries", compressed to seconds.
 * The queue never writes the secret, the signature or a message body anywhere.
 */
export interface CallbackQueue {
  /** Registers (or clears) where an access key's messages go. */
  setUrl(accessKey: string, url: string | null): void;
  send(accessKey: string, message: SandboxMessage): void;
  /** Deliveries so far, newest last, for tests and the control API. */
  log(): readonly CallbackDelivery[];
  close(): Promise<void>;
}

export interface CallbackDelivery {
  accessKey: string;
  url: string;
  messageType: string;
  attempt: number;
  status: number | 'error';
  at: string;
}

/** Half an hour, five times, at 1/1000 speed. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1_800, 1_800, 1_800, 1_800, 1_800];
/** PandaPon gives the receiver 1000 ms to answer. */
export const DELIVERY_TIMEOUT_MS = 1_000;
const LOG_LIMIT = 1_000;

export function signCallbackBody(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}

/** The body as PandaPon sends it: `messagePlatform` a number (0 Taobao, 1 1688), time in ms. */
export function callbackBody(message: SandboxMessage, at: Date): string {
  const platform = Number(message.messagePlatform);
  return JSON.stringify({
    messageType: message.messageType,
    messageBody: message.messageBody,
    messagePlatform: Number.isInteger(platform) ? platform : message.messagePlatform,
    timestamp: String(at.getTime()),
  });
}

export function createCallbackQueue(options: {
  secretOf(accessKey: string): string | undefined;
  /** Delays between attempts; PandaPon's schedule compressed (tests pass tiny ones). */
  retryDelaysMs?: readonly number[];
  fetch?: typeof fetch;
  /** The sandbox clock, for the message `timestamp`; the wall clock by default. */
  now?: () => Date;
}): CallbackQueue {
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const doFetch = options.fetch ?? globalThis.fetch;
  const now = options.now ?? (() => new Date());
  const urls = new Map<string, string>();
  const deliveries: CallbackDelivery[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const inFlight = new Set<Promise<void>>();
  /** First attempts go out one after another per account, so messages arrive in order. */
  const chains = new Map<string, Promise<void>>();
  let closed = false;

  function record(entry: CallbackDelivery) {
    deliveries.push(entry);
    if (deliveries.length > LOG_LIMIT) deliveries.splice(0, deliveries.length - LOG_LIMIT);
  }

  async function attempt(
    accessKey: string,
    url: string,
    message: SandboxMessage,
    body: string,
    number: number,
  ) {
    const secret = options.secretOf(accessKey);
    if (closed || secret === undefined) return;
    let status: number | 'error';
    try {
      const answer = await doFetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: signCallbackBody(body, secret),
        },
        body,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      status = answer.status;
      await answer.body?.cancel().catch(() => undefined);
    } catch {
      status = 'error';
    }
    record({
      accessKey,
      url,
      messageType: message.messageType,
      attempt: number,
      status,
      at: new Date().toISOString(),
    });
    const delay = retryDelays[number - 1];
    if (status !== 200 && delay !== undefined && !closed) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        track(attempt(accessKey, url, message, body, number + 1));
      }, delay);
      timers.add(timer);
    }
  }

  function track(promise: Promise<void>): Promise<void> {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise));
    return promise;
  }

  return {
    setUrl(accessKey, url) {
      if (url === null) {
        urls.delete(accessKey);
        return;
      }
      const parsed = new URL(url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new Error(`A callback URL must be http or https; got ${parsed.protocol}`);
      }
      urls.set(accessKey, parsed.toString());
    },

    send(accessKey, message) {
      const url = urls.get(accessKey);
      if (!url || closed) return;
      const body = callbackBody(message, now());
      const previous = chains.get(accessKey) ?? Promise.resolve();
      const next = track(previous.then(() => attempt(accessKey, url, message, body, 1)));
      chains.set(accessKey, next);
      void next.finally(() => {
        if (chains.get(accessKey) === next) chains.delete(accessKey);
      });
    },

    log: () => deliveries,

    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...inFlight]);
    },
  };
}
