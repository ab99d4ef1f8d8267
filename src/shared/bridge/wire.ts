import type { BridgeResult } from './errors';

/** Messages of the browser shell's loopback WebSocket. Electron IPC carries the same results. */
export type ClientMessage = {
  readonly t: 'call';
  readonly id: number;
  readonly name: string;
  readonly input: unknown;
};

export type ServerMessage =
  | { readonly t: 'result'; readonly id: number; readonly result: BridgeResult<unknown> }
  | { readonly t: 'event'; readonly name: string; readonly payload: unknown };

/** The WebSocket subprotocol; the per-launch token travels as a second one (`token.<token>`). */
export const BRIDGE_PROTOCOL = 'pandapon-desk.v1';
export const TOKEN_PROTOCOL_PREFIX = 'token.';
export const BRIDGE_PATH = '/bridge';
