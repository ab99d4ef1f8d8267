import { z } from 'zod';
import {
  calls,
  isCallName,
  type CallName,
  type CallOutput,
  type CallParsedInput,
} from '../../shared/bridge';
import { BridgeError, type BridgeErrorInfo, type BridgeResult } from '../../shared/bridge/errors';
import type { Logger } from '../log';

export type Handler<N extends CallName> = (input: CallParsedInput<N>) => Promise<CallOutput<N>>;
export type Handlers = { readonly [N in CallName]: Handler<N> };

export interface Router {
  dispatch(name: unknown, input: unknown): Promise<BridgeResult<unknown>>;
}

/** Error types from deeper layers that know how to present themselves over the bridge. */
export interface BridgeErrorSource {
  toBridgeError(): BridgeErrorInfo;
}

function isBridgeErrorSource(error: unknown): error is BridgeErrorSource {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as BridgeErrorSource).toBridgeError === 'function'
  );
}

export function toBridgeErrorInfo(error: unknown): BridgeErrorInfo {
  if (error instanceof BridgeError) return error.toInfo();
  if (isBridgeErrorSource(error)) return error.toBridgeError();
  return {
    code: 'internal',
    message: 'Something went wrong inside PandaPon Desk. The details are in the log file.',
  };
}

function describeIssues(error: z.ZodError) {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
}

/**
 * The one place every bridge call passes: it rejects unknown names, validates the input against
 * the call's schema, runs the handler and turns any failure into a typed error the renderer can
 * show. It logs the call name, outcome and duration, never the input (inputs can hold secrets).
 */
export function createRouter(handlers: Handlers, log: Logger): Router {
  const bridgeLog = log.child('bridge');

  return {
    async dispatch(name, rawInput) {
      if (!isCallName(name)) {
        bridgeLog.warn('unknown call refused', { call: String(name).slice(0, 80) });
        return {
          ok: false,
          error: {
            code: 'unknown_call',
            message: `There is no bridge call named "${String(name).slice(0, 80)}".`,
          },
        };
      }

      const parsed = calls[name].input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        bridgeLog.warn('bad input refused', { call: name });
        return {
          ok: false,
          error: {
            code: 'bad_input',
            message: `The request "${name}" was refused: its input is not valid.`,
            issues: describeIssues(parsed.error),
          },
        };
      }

      const started = performance.now();
      try {
        const handler = handlers[name] as (input: unknown) => Promise<unknown>;
        const value = await handler(parsed.data);
        bridgeLog.debug('call', { call: name, ms: Math.round(performance.now() - started) });
        return { ok: true, value };
      } catch (error) {
        const info = toBridgeErrorInfo(error);
        const level = info.code === 'internal' ? 'error' : 'info';
        bridgeLog[level]('call failed', {
          call: name,
          code: info.code,
          ms: Math.round(performance.now() - started),
          ...(info.code === 'internal' ? { error } : {}),
        });
        return { ok: false, error: info };
      }
    },
  };
}
