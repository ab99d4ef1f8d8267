import type { IntentStatus } from '../../../../shared/bridge/calls/orders';
import type { BridgeErrorInfo } from '../../../../shared/bridge/errors';

/**
 * The "Place order" button's state machine. One client reference per checkout: pressing again,
 * or retrying after a dropped connection, sends the same reference, so main answers from its
 * outbox instead of creating a second order. Only an outcome the outbox calls `failed` (nothing
 * was created) lets the next press use a new reference.
 */
export type PlacePhase = 'ready' | 'placing' | 'checking' | 'placed' | 'failed';

export interface PlaceState {
  readonly clientRef: string;
  readonly phase: PlacePhase;
  readonly orderIds: readonly string[];
  /** What the user reads under the button; `not_sent` means main has no record of the request. */
  readonly error: { readonly code: string; readonly message: string } | null;
}

/** 8–64 letters, digits, `-` or `_`, as the outbox wants. */
export function newClientRef(prefix: string): string {
  return `${prefix}${globalThis.crypto.randomUUID().replaceAll('-', '')}`;
}

export function initialPlace(clientRef = newClientRef('co')): PlaceState {
  return { clientRef, phase: 'ready', orderIds: [], error: null };
}

/** Pressing the button does something only when no request is out and nothing was created. */
export function canPlace(state: PlaceState): boolean {
  return state.phase === 'ready' || state.phase === 'failed';
}

export function startPlacing(state: PlaceState): PlaceState {
  return canPlace(state) ? { ...state, phase: 'placing', error: null } : state;
}

/** Errors after which the request may or may not have reached PandaPon. */
const UNCERTAIN = new Set(['offline', 'timeout', 'outcome_unknown', 'internal', 'rate_limited']);

export function afterStatus(state: PlaceState, status: IntentStatus): PlaceState {
  if (status.state === 'done') {
    return { ...state, phase: 'placed', orderIds: status.orderIds, error: null };
  }
  if (status.state === 'failed') {
    return {
      clientRef: newClientRef('co'),
      phase: 'failed',
      orderIds: [],
      error: status.error ?? { code: 'not_created', message: '' },
    };
  }
  return { ...state, phase: 'checking', error: null };
}

export function afterCallError(state: PlaceState, info: BridgeErrorInfo): PlaceState {
  if (UNCERTAIN.has(info.code)) return { ...state, phase: 'checking', error: null };
  // Refused before the outbox (cart changed, address gone): nothing was recorded, so the same
  // reference stays safe for the next press.
  return { ...state, phase: 'ready', error: { code: info.code, message: info.message } };
}

/** The answer of `orders.intent` while checking. */
export function afterIntent(state: PlaceState, status: IntentStatus | null): PlaceState {
  if (status) return afterStatus(state, status);
  return { ...state, phase: 'ready', error: { code: 'not_sent', message: '' } };
}
