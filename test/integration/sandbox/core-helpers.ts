import { silentLogger } from '../../../src/main/log';
import { createPandaponClient, signRequest, type PandaponClient } from '../../../src/main/pandapon';
import type { TimestampUnit } from '../../../src/main/pandapon/signer';
import { CONTROL_HEADER, type RunningSandbox } from '../../../src/sandbox';
import type { SandboxCredentials } from '../../../src/sandbox';

/** Shared by the core sandbox tests: the real client on a running sandbox, and raw signed calls. */
export function clientOf(
  sandbox: RunningSandbox,
  options: { unit?: TimestampUnit; credentials?: SandboxCredentials; timeoutMs?: number } = {},
): PandaponClient {
  const credentials = options.credentials ?? sandbox.credentials;
  return createPandaponClient({
    baseUrl: sandbox.origin,
    accessKey: credentials.accessKey,
    userId: credentials.userId,
    timestampUnit: options.unit ?? 'ms',
    getSecret: () => credentials.secret,
    log: silentLogger,
    retry: { maxTries: 1 },
    ...(options.timeoutMs
      ? {
          timeouts: { read: options.timeoutMs, write: options.timeoutMs, money: options.timeoutMs },
        }
      : {}),
  });
}

export interface RawAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: { requestId?: string; code: number; msg?: string; data?: unknown };
}

/** One POST signed by hand, so a test can break exactly one part of the signature. */
export async function rawCall(
  sandbox: RunningSandbox,
  path: string,
  body: unknown,
  tweak: {
    credentials?: Partial<SandboxCredentials>;
    epochMs?: number;
    unit?: TimestampUnit;
    nonce?: string;
    headers?: Record<string, string | null>;
    method?: 'GET' | 'POST';
    query?: string;
  } = {},
): Promise<RawAnswer> {
  const credentials = { ...sandbox.credentials, ...tweak.credentials };
  const signed = signRequest({
    accessKey: credentials.accessKey,
    userId: credentials.userId,
    secret: credentials.secret,
    epochMs: tweak.epochMs ?? Date.now(),
    unit: tweak.unit ?? 'ms',
    ...(tweak.nonce ? { nonce: tweak.nonce } : {}),
  });
  const headers: Record<string, string> = { 'content-type': 'application/json', ...signed.headers };
  for (const [name, value] of Object.entries(tweak.headers ?? {})) {
    if (value === null) delete headers[name];
    else headers[name] = value;
  }
  const method = tweak.method ?? 'POST';
  const response = await fetch(`${sandbox.origin}${path}${tweak.query ?? ''}`, {
    method,
    headers,
    body: method === 'POST' ? JSON.stringify(body) : undefined,
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as RawAnswer['body'],
  };
}

export async function controlCall(
  sandbox: RunningSandbox,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  token: string | null = sandbox.controlToken,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${sandbox.origin}/_sandbox/${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { [CONTROL_HEADER]: token }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Small catalogue for tests that are not about the catalogue itself (fast to start). */
export const SMALL_CATALOGUE = { offers: 2_000, items: 1_000 };
