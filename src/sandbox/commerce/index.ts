import type { CommerceDeps, RouteTable } from '../routes';

export interface CommercePart {
  readonly routes: RouteTable;
  /** Moves time-driven state (shipping, traces, refunds) to deps.now(); sends callbacks. */
  tick(): void;
  /** Whole state as JSON-safe data, and back (the sandbox's optional state file). */
  snapshot(): unknown;
  restore(state: unknown): void;
  reset(): void;
}

export function createCommercePart(deps: CommerceDeps): CommercePart {
  void deps;
  return {
    routes: {},
    tick() {},
    snapshot() {
      return {};
    },
    restore() {},
    reset() {},
  };
}
