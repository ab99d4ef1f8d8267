/**
 * Per-client limits: at most `maxConcurrency` calls in flight and at most `ratePerSecond` call
 * starts per second (a token bucket holding one second's worth). PandaPon publishes no rate
 * limit (REFERENCE §2.6), so the defaults are cautious guesses.
 */
export interface Limiter {
  /** Resolves when the call may start; the returned function frees its slot. */
  acquire(signal?: AbortSignal): Promise<() => void>;
}

export function createLimiter(options: {
  maxConcurrency: number;
  ratePerSecond: number;
  now: () => number;
}): Limiter {
  const capacity = Math.max(1, options.ratePerSecond);
  let tokens = capacity;
  let refilledAt = options.now();
  let inFlight = 0;
  const waiting: Array<() => void> = [];

  const refill = () => {
    const now = options.now();
    tokens = Math.min(capacity, tokens + ((now - refilledAt) / 1000) * options.ratePerSecond);
    refilledAt = now;
  };

  /** A freed slot passes straight to the next waiter, so no newcomer can slip in between. */
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else inFlight--;
  };

  const waitForSlot = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (inFlight < options.maxConcurrency) {
        inFlight++;
        return resolve();
      }
      const onAbort = () => {
        const index = waiting.indexOf(go);
        if (index >= 0) waiting.splice(index, 1);
        reject(signal?.reason);
      };
      const go = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      waiting.push(go);
      signal?.addEventListener('abort', onAbort, { once: true });
    });

  return {
    async acquire(signal) {
      await waitForSlot(signal);
      refill();
      while (tokens < 1) {
        const waitMs = ((1 - tokens) / options.ratePerSecond) * 1000;
        await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.ceil(waitMs))));
        refill();
      }
      tokens -= 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    },
  };
}
