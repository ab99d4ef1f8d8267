/**
 * The sandbox clock. Business time (orders ship, traces advance, refunds settle) runs on
 * `now()`, which tests move forward through the control API. The signature check never uses it:
 * a client signs with the real time, so the ±600 s window is judged against `wallNow()`, and
 * time travel cannot make every signed request look stale.
 */
export interface SandboxClock {
  /** Business time: the wall clock plus every advance so far. */
  now(): Date;
  /** The real time in ms, for the timestamp window and the request log. */
  wallNow(): number;
  readonly offsetMs: number;
  advance(ms: number): void;
  setOffset(ms: number): void;
}

export function createClock(offsetMs = 0, wallNow: () => number = Date.now): SandboxClock {
  let offset = offsetMs;
  return {
    now: () => new Date(wallNow() + offset),
    wallNow,
    get offsetMs() {
      return offset;
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Cannot advance by ${ms} ms`);
      offset += ms;
    },
    setOffset(ms) {
      offset = ms;
    },
  };
}
