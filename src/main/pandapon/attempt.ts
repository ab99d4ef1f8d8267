import type { EndpointSpec } from '../../shared/pandapon/define';
import { firstIssuePath, parseBody, rejectionOf, retryAfterMs, skewFromDate } from './answer';
import { PandaponError } from './errors';
import { say } from './messages';

/**
 * One HTTP attempt and what it means: data, or a PandaponError with whether a read may repeat
 * it. Nothing here retries or signs; the client does both.
 */
export interface AttemptRequest {
  readonly endpoint: EndpointSpec;
  readonly url: URL;
  readonly body: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly fetch: typeof fetch;
  readonly now: () => number;
}

export type AttemptResult =
  | {
      readonly ok: true;
      readonly data: unknown;
      readonly requestId: string | null;
      readonly pandaponCode: number;
      readonly skewMs: number | null;
    }
  | {
      readonly ok: false;
      readonly error: PandaponError;
      readonly retryable: boolean;
      /** Whether PandaPon answered at all (for the reachability state). */
      readonly answered: boolean;
      readonly skewMs: number | null;
    };

/** Connection errors that prove the request never left this machine. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

function errorCodeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export async function runAttempt(request: AttemptRequest): Promise<AttemptResult> {
  const { endpoint } = request;
  const title = endpoint.title;
  const safe = endpoint.kind === 'read';
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error('timeout'));
  }, request.timeoutMs);
  const onAbort = () => controller.abort(request.signal?.reason);
  request.signal?.addEventListener('abort', onAbort, { once: true });

  let status: number;
  let text: string;
  let headers: Headers;
  try {
    const response = await request.fetch(request.url, {
      method: endpoint.method,
      headers: {
        accept: 'application/json',
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...request.headers,
      },
      body: request.body,
      signal: controller.signal,
    });
    status = response.status;
    headers = response.headers;
    text = await response.text();
  } catch (cause) {
    const fail = (error: PandaponError, retryable: boolean): AttemptResult => ({
      ok: false,
      error,
      retryable,
      answered: false,
      skewMs: null,
    });
    const base = { endpoint: endpoint.name, cause };
    if (!timedOut && request.signal?.aborted) {
      if (safe) throw request.signal.reason;
      return fail(
        new PandaponError({ ...base, code: 'outcome_unknown', message: say.unknownOutcome(title) }),
        false,
      );
    }
    if (timedOut) {
      return safe
        ? fail(
            new PandaponError({
              ...base,
              code: 'timeout',
              message: say.timeout(title, request.timeoutMs),
            }),
            true,
          )
        : fail(
            new PandaponError({
              ...base,
              code: 'outcome_unknown',
              message: say.unknownOutcome(title),
            }),
            false,
          );
    }
    const neverSent = NOT_SENT.has(errorCodeOf(cause) ?? '');
    if (safe || neverSent) {
      return fail(
        new PandaponError({ ...base, code: 'network', message: say.network(title) }),
        safe,
      );
    }
    return fail(
      new PandaponError({ ...base, code: 'outcome_unknown', message: say.unknownOutcome(title) }),
      false,
    );
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onAbort);
  }

  return interpretAnswer(endpoint, status, headers, text, request.now());
}

function interpretAnswer(
  endpoint: EndpointSpec,
  status: number,
  headers: Headers,
  text: string,
  localMs: number,
): AttemptResult {
  const title = endpoint.title;
  const skewMs = skewFromDate(headers.get('date'), localMs);
  const body = parseBody(text);
  const requestId = body.kind === 'envelope' ? (body.envelope.requestId ?? null) : null;
  const base = { endpoint: endpoint.name, httpStatus: status, requestId };
  const fail = (error: PandaponError, retryable: boolean): AttemptResult => ({
    ok: false,
    error,
    retryable,
    answered: true,
    skewMs,
  });

  if (status === 429) {
    const waitMs = retryAfterMs(headers.get('retry-after'), localMs);
    const message = say.rateLimited(title, waitMs);
    return fail(
      new PandaponError({ ...base, code: 'rate_limited', retryAfterMs: waitMs, message }),
      true,
    );
  }
  if (status >= 500) {
    return endpoint.kind === 'read'
      ? fail(
          new PandaponError({ ...base, code: 'business', message: say.serverError(title, status) }),
          true,
        )
      : fail(
          new PandaponError({
            ...base,
            code: 'outcome_unknown',
            message: say.unknownOutcome(title),
          }),
          false,
        );
  }
  if (body.kind === 'foreign') {
    if (status === 401 || status === 403) {
      const message = say.signature(title);
      return fail(
        new PandaponError({ ...base, code: 'auth_rejected', reason: 'signature', message }),
        false,
      );
    }
    return fail(
      new PandaponError({ ...base, code: 'schema_mismatch', message: say.foreign(title, status) }),
      false,
    );
  }

  const { envelope } = body;
  if (!body.success) {
    const msg = envelope.msg ?? '';
    const rejection = rejectionOf(status, msg);
    if (rejection) {
      const message = rejection === 'timestamp' ? say.clock(title, skewMs) : say.signature(title);
      return fail(
        new PandaponError({
          ...base,
          code: 'auth_rejected',
          reason: rejection,
          pandaponCode: envelope.code,
          message,
        }),
        false,
      );
    }
    const message = say.business(title, msg, envelope.code);
    return fail(
      new PandaponError({ ...base, code: 'business', pandaponCode: envelope.code, message }),
      false,
    );
  }

  const parsed = endpoint.response.safeParse(envelope.data);
  if (!parsed.success) {
    const { field, problem } = firstIssuePath(parsed.error);
    const message = say.mismatch(title, field, problem);
    return fail(new PandaponError({ ...base, code: 'schema_mismatch', field, message }), false);
  }
  return { ok: true, data: parsed.data, requestId, pandaponCode: envelope.code, skewMs };
}
