import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { CallbackDelivery } from '../callbacks';
import { faultSettingsSchema, type FaultSettings } from '../faults';
import type { RequestLogEntry } from '../server/request-log';
import { sendJson } from '../server/respond';

/**
 * The sandbox's control API under `/_sandbox/`, for tests and people driving the Demo: time
 * travel, faults, reset, the callback URL, and what happened (callbacks sent, requests seen).
 * Every call needs the header `x-sandbox-control: <token>`; without it the answer is 401, so a
 * page the app opens cannot move the clock or switch faults on.
 */
export const CONTROL_HEADER = 'x-sandbox-control';

export interface SandboxState {
  readonly origin: string;
  readonly now: string;
  readonly clockOffsetMs: number;
  readonly faults: FaultSettings;
  readonly accounts: { accessKey: string; userIds: string[] }[];
  readonly callbackUrls: Record<string, string>;
  readonly catalogue: { readonly seed: number; readonly offers: number; readonly items: number };
  readonly requests: number;
}

/** The same operations in-process (the Demo profile and tests that start the sandbox). */
export interface SandboxControl {
  now(): Date;
  /** Moves business time forward and lets orders, traces and refunds catch up at once. */
  advance(ms: number): Date;
  setFaults(settings: FaultSettings): void;
  /** Empties carts, orders and logs, clears faults and the clock offset; the catalogue stays. */
  reset(): void;
  /** Registers (or clears with null) the callback URL of one access key, or of every one. */
  setCallbackUrl(url: string | null, accessKey?: string): void;
  callbacks(): readonly CallbackDelivery[];
  requests(): readonly RequestLogEntry[];
  state(): SandboxState;
}

const timeBody = z.strictObject({
  advanceMs: z
    .number()
    .int()
    .min(0)
    .max(400 * 86_400_000),
});
const callbackBody = z.strictObject({
  url: z.url({ protocol: /^https?$/ }).nullable(),
  accessKey: z.string().min(1).optional(),
});

function tokenMatches(sent: string | string[] | undefined, token: string): boolean {
  const value = Array.isArray(sent) ? sent[0] : sent;
  if (!value) return false;
  const left = Buffer.from(value);
  const right = Buffer.from(token);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 256 * 1024) throw new Error('The control body is larger than 256 kB.');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('The control body is not JSON.');
  }
}

function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'body'}: ${issue.message}` : 'invalid body';
}

export async function handleControlCall(
  control: SandboxControl,
  token: string,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  if (!tokenMatches(request.headers[CONTROL_HEADER], token)) {
    request.resume();
    return sendJson(response, 401, {
      error: `The control API needs the header ${CONTROL_HEADER} with the sandbox's control token.`,
    });
  }
  const route = `${request.method ?? 'GET'} ${url.pathname.replace(/\/+$/, '')}`;
  let body: unknown = {};
  try {
    if (request.method === 'POST') body = await readJson(request);
    else request.resume();
  } catch (error) {
    return sendJson(response, 400, { error: (error as Error).message });
  }

  const invalid = (error: z.ZodError) => sendJson(response, 400, { error: problemOf(error) });
  switch (route) {
    case 'GET /_sandbox/health':
      return sendJson(response, 200, { ok: true });
    case 'GET /_sandbox/state':
      return sendJson(response, 200, control.state());
    case 'POST /_sandbox/time': {
      const parsed = timeBody.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      const now = control.advance(parsed.data.advanceMs);
      return sendJson(response, 200, {
        now: now.toISOString(),
        clockOffsetMs: control.state().clockOffsetMs,
      });
    }
    case 'POST /_sandbox/faults': {
      const parsed = faultSettingsSchema.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      control.setFaults(parsed.data);
      return sendJson(response, 200, { faults: control.state().faults });
    }
    case 'POST /_sandbox/reset':
      control.reset();
      return sendJson(response, 200, { ok: true });
    case 'POST /_sandbox/callback-url': {
      const parsed = callbackBody.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      control.setCallbackUrl(parsed.data.url, parsed.data.accessKey);
      return sendJson(response, 200, { callbackUrls: control.state().callbackUrls });
    }
    case 'GET /_sandbox/callbacks':
      return sendJson(response, 200, { deliveries: control.callbacks() });
    case 'GET /_sandbox/requests': {
      const limit = Math.min(2_000, Math.max(1, Number(url.searchParams.get('limit')) || 200));
      const endpoint = url.searchParams.get('endpoint');
      const list = control.requests().filter((entry) => !endpoint || entry.endpoint === endpoint);
      return sendJson(response, 200, { requests: list.slice(-limit) });
    }
    default:
      return sendJson(response, 404, { error: `No control call ${route}.` });
  }
}
