import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccountRegistry } from '../auth/accounts';
import { SandboxCode } from '../auth/codes';
import type { NonceStore } from '../auth/nonces';
import { verifyRequest } from '../auth/verify';
import type { SandboxClock } from '../clock';
import type { FaultInjector, FaultPlan } from '../faults';
import { SandboxError, type RouteTable } from '../routes';
import { describeIssue, inputFromPath, inputFromQuery, type EndpointRouter } from './router';
import type { RequestLog } from './request-log';
import { refusalBody, sendJson, successBody } from './respond';

/**
 * One PandaPon call, start to end: find the endpoint, read the body, check the signature, apply
 * the faults, parse the input with the catalogue's schema, run the handler and answer in the
 * envelope. Every call gets a requestId (in the envelope and the `x-request-id` header) and one
 * request log entry.
 */
export interface ApiDeps {
  readonly router: EndpointRouter;
  readonly routes: () => RouteTable;
  readonly accounts: AccountRegistry;
  readonly nonces: NonceStore;
  readonly clock: SandboxClock;
  readonly faults: FaultInjector;
  readonly requestLog: RequestLog;
  /** Sockets held open by a timeout fault, destroyed on close. */
  readonly held: Set<IncomingMessage['socket']>;
  /** After a call that may have changed state (writes and money). */
  readonly onChange: () => void;
  readonly onError: (requestId: string, error: unknown) => void;
}

/** Enough for a 3 MB picture in base64 plus the rest of the body. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function newRequestId(): string {
  return randomBytes(16).toString('hex');
}

export async function handleApiCall(
  deps: ApiDeps,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const started = performance.now();
  const requestId = newRequestId();
  const method = request.method ?? 'GET';
  let endpoint: string | null = null;
  let accessKey: string | null = null;
  let userId: string | null = null;
  let fault: string | null = null;

  const finish = (httpStatus: number | null, code: number | null) =>
    deps.requestLog.add({
      requestId,
      at: new Date(deps.clock.wallNow()).toISOString(),
      method,
      path: url.pathname,
      endpoint,
      accessKey,
      userId,
      httpStatus,
      code,
      fault,
      ms: Math.round((performance.now() - started) * 100) / 100,
    });
  const answer = (
    httpStatus: number,
    code: number,
    body: unknown,
    headers?: Record<string, string>,
  ) => {
    sendJson(response, httpStatus, body, { 'x-request-id': requestId, ...headers });
    finish(httpStatus, code);
  };
  const refuse = (
    httpStatus: number,
    code: number,
    msg: string,
    headers?: Record<string, string>,
  ) => answer(httpStatus, code, refusalBody(code, msg, requestId), headers);

  const match = deps.router.match(method, url.pathname);
  if (match.kind === 'none') {
    return refuse(404, SandboxCode.noSuchPath, `No PandaPon endpoint at ${url.pathname}.`);
  }
  if (match.kind === 'wrong-method') {
    return refuse(
      405,
      SandboxCode.wrongMethod,
      `${url.pathname} takes ${match.allowed}, not ${method}.`,
      {
        allow: match.allowed,
      },
    );
  }
  const { spec } = match;
  endpoint = spec.name;

  let bodyText: string;
  try {
    bodyText = await readBody(request);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return refuse(413, SandboxCode.invalidParameter, 'The body is larger than 8 MB.');
    }
    throw error;
  }

  const auth = verifyRequest(request.headers, url.searchParams, spec.auth, {
    accounts: deps.accounts,
    nonces: deps.nonces,
    wallNowMs: deps.clock.wallNow(),
  });
  if (!auth.ok) return refuse(auth.httpStatus, auth.code, auth.msg);
  accessKey = auth.accessKey;
  userId = auth.userId;

  const plan: FaultPlan = deps.faults.plan(spec.name);
  if (plan.latencyMs > 0) await sleep(plan.latencyMs);
  if (plan.outcome !== 'none') fault = plan.outcome;
  if (plan.outcome === 'rate-limited') {
    return refuse(
      429,
      SandboxCode.rateLimited,
      `Too many requests; try again in ${plan.retryAfterSeconds} s.`,
      { 'retry-after': String(plan.retryAfterSeconds) },
    );
  }
  if (plan.outcome === 'error') {
    return refuse(
      500,
      SandboxCode.injectedError,
      'Internal server error (injected by the sandbox).',
    );
  }
  if (plan.outcome === 'timeout') {
    const socket = request.socket;
    deps.held.add(socket);
    const timer = setTimeout(() => socket.destroy(), plan.holdMs);
    timer.unref();
    socket.once('close', () => {
      clearTimeout(timer);
      deps.held.delete(socket);
      finish(null, null);
    });
    return;
  }

  let input: Record<string, unknown>;
  if (spec.params === 'body') {
    try {
      const parsed: unknown = bodyText.trim() ? JSON.parse(bodyText) : {};
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('not an object');
      input = parsed as Record<string, unknown>;
    } catch {
      return refuse(400, SandboxCode.bodyNotJson, 'The body is not a JSON object.');
    }
  } else {
    input = { ...inputFromQuery(spec, url.searchParams), ...inputFromPath(spec, match.pathParams) };
  }
  const parsedInput = spec.request.safeParse(input);
  if (!parsedInput.success) {
    return refuse(
      400,
      SandboxCode.invalidParameter,
      `Invalid parameter ${describeIssue(parsedInput.error)}.`,
    );
  }

  const handler = deps.routes()[spec.name];
  if (!handler) {
    return refuse(
      501,
      SandboxCode.notImplemented,
      `${spec.name} is not answered by this sandbox yet.`,
    );
  }

  let httpStatus = 200;
  let code: number = SandboxCode.ok;
  let body: unknown;
  try {
    const data = await handler({
      endpoint: spec.name,
      input: parsedInput.data as Record<string, unknown>,
      accessKey,
      userId,
      requestId,
    });
    body = successBody(data, requestId);
  } catch (error) {
    if (error instanceof SandboxError) {
      httpStatus = error.httpStatus;
      code = error.code;
      body = refusalBody(error.code, error.message, requestId);
    } else {
      deps.onError(requestId, error);
      httpStatus = 500;
      code = SandboxCode.internal;
      body = refusalBody(
        code,
        `The sandbox failed while answering (requestId ${requestId}).`,
        requestId,
      );
    }
  }
  if (spec.kind !== 'read') deps.onChange();

  if (plan.outcome === 'lost-response') {
    // The work is done (an order may now exist) but the caller never hears of it.
    request.socket.destroy();
    finish(null, code);
    return;
  }
  answer(httpStatus, code, body);
}
