import type { z } from 'zod';

/**
 * One bridge call: a zod schema for its input (checked on the main side) and the TypeScript type
 * of its output (the main side builds it, so it needs no runtime check on the way back).
 */
export interface CallSpec<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom field: carries the output type only. */
  readonly output: O;
}

export function defineCall<I extends z.ZodType>(input: I) {
  return {
    returns<O>(): CallSpec<I, O> {
      return { input, output: undefined as O };
    },
  };
}

/** One event from main to the renderer: the payload type only (main builds it). */
export interface EventSpec<P> {
  readonly payload: P;
}

export function defineEvent<P>(): EventSpec<P> {
  return { payload: undefined as P };
}
