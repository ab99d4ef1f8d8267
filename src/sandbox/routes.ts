import type { Catalogue } from './generator/types';

/**
 * How the sandbox's server hands one authenticated call to the code that answers it. The server
 * (src/sandbox/server) checks the headers and signature, parses the body or query into `input`,
 * and wraps what a handler returns as the envelope's `data`. A handler throws `SandboxError` for a
 * business refusal (PandaPon's `code` ≠ 200 with a `msg`).
 */
export interface SandboxCall {
  /** The catalogue name of the endpoint, e.g. `alibaba.order.create` (src/shared/pandapon). */
  readonly endpoint: string;
  readonly input: Record<string, unknown>;
  /** The caller's account: state is kept per access key, split by user-id. */
  readonly accessKey: string;
  readonly userId: string;
  readonly requestId: string;
}

export type RouteHandler = (call: SandboxCall) => unknown;

/** Endpoint name → handler. The server merges the tables of every part of the sandbox. */
export type RouteTable = Readonly<Record<string, RouteHandler>>;

/** What the commerce part (carts, orders, payment, logistics, after-sales) is given. */
export interface CommerceDeps {
  readonly catalogue: Catalogue;
  /** The sandbox clock; tests move it forward through the control API. */
  readonly now: () => Date;
  /** Queues a signed callback to the caller's registered URL (src/sandbox/callbacks). */
  readonly notify: (accessKey: string, message: SandboxMessage) => void;
  /** The sandbox's own origin, for payment pages and images it serves. */
  readonly origin: () => string;
}

export interface SandboxMessage {
  readonly messageType: string;
  readonly messagePlatform: string;
  readonly messageBody: Record<string, unknown>;
}

/** A refusal a handler raises on purpose; the server answers it in PandaPon's envelope. */
export class SandboxError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly httpStatus = 200,
  ) {
    super(message);
    this.name = 'SandboxError';
  }
}
