import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { endpointList } from '../../../src/shared/pandapon';
import type { EndpointSpec } from '../../../src/shared/pandapon/define';

/**
 * A small PandaPon stand-in on 127.0.0.1 for the client tests: it checks the signature the way
 * PandaPon is believed to (upper-case MD5 of access-key + timestamp + nonce-str + secret, and the
 * query `sign` on warehouse logistics), refuses stale timestamps, and answers each catalogue
 * endpoint with the smallest `data` its schema accepts. Tests can script answers per path.
 */
export const TEST_ACCESS_KEY = 'test-access-key';
export const TEST_SECRET = 'test-secret';
export const TEST_USER_ID = '2100007341207';

export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  readonly endpoint: string | null;
  readonly signatureOk: boolean;
}

export interface ScriptedAnswer {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  /** An object is sent as JSON; a string as is. */
  readonly body?: unknown;
  /** Wait before answering (for timeouts). */
  readonly delayMs?: number;
  /** Drop the connection without an answer. */
  readonly destroy?: boolean;
}

export type Script = (request: SeenRequest, count: number) => ScriptedAnswer | undefined;

export interface TestServer {
  readonly baseUrl: string;
  readonly seen: SeenRequest[];
  /** Answers for one catalogue endpoint name; undefined falls back to the default answer. */
  script(endpoint: string, script: Script): void;
  /** Server clock offset (ms) used to judge timestamps and to write the Date header. */
  setClockOffset(ms: number): void;
  /** Which timestamp unit the server accepts ('any' by default). */
  acceptUnit(unit: 'ms' | 's' | 'any'): void;
  close(): Promise<void>;
}

const CANDIDATES: unknown[] = [undefined, {}, [], null, true, ''];

/** The smallest value the endpoint's response schema accepts. */
export function minimalData(endpoint: EndpointSpec): unknown {
  for (const candidate of CANDIDATES) {
    if (endpoint.response.safeParse(candidate).success) return candidate;
  }
  throw new Error(`No minimal data for ${endpoint.name}`);
}

function md5Upper(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex').toUpperCase();
}

function matchEndpoint(method: string, path: string): EndpointSpec | undefined {
  return endpointList.find((entry) => {
    if (entry.method !== method) return false;
    const pattern = new RegExp(`^${entry.path.replace(/\{\w+\}/g, '[^/]+')}$`);
    return pattern.test(path);
  }) as EndpointSpec | undefined;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function startTestServer(): Promise<TestServer> {
  const seen: SeenRequest[] = [];
  const scripts = new Map<string, Script>();
  const counts = new Map<string, number>();
  let clockOffset = 0;
  let unit: 'ms' | 's' | 'any' = 'any';

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    const endpoint = matchEndpoint(req.method ?? 'GET', url.pathname);
    const header = (name: string) => String(req.headers[name] ?? '');
    const timestamp = header('timestamp');
    const expected = md5Upper(header('access-key') + timestamp + header('nonce-str') + TEST_SECRET);
    const querySignOk =
      endpoint?.auth !== 'headers+querySign' ||
      (url.searchParams.get('sign') === expected &&
        url.searchParams.get('timestamp') === timestamp);
    const signatureOk =
      header('access-key') === TEST_ACCESS_KEY && header('signature') === expected && querySignOk;
    const request: SeenRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      endpoint: endpoint?.name ?? null,
      signatureOk,
    };
    seen.push(request);
    const serverNow = Date.now() + clockOffset;
    const send = (status: number, payload: unknown, extra: Record<string, string> = {}) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        date: new Date(serverNow).toUTCString(),
        ...extra,
      });
      res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
    };
    const refuse = (msg: string) =>
      send(401, { requestId: `rq-${seen.length}`, code: 401, developId: 'test', msg, data: null });

    if (!endpoint)
      return send(404, { requestId: null, code: 404, msg: 'no such path', data: null });
    if (!signatureOk) return refuse('signature invalid');
    const stamp = Number(timestamp);
    const ms = unit === 's' || (unit === 'any' && timestamp.length <= 10) ? stamp * 1000 : stamp;
    const unitOk = unit === 'any' || (unit === 'ms') === timestamp.length > 10;
    if (!unitOk || Math.abs(ms - serverNow) > 600_000) return refuse('timestamp expired');

    const count = (counts.get(endpoint.name) ?? 0) + 1;
    counts.set(endpoint.name, count);
    const answer = scripts.get(endpoint.name)?.(request, count);
    if (answer?.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (answer?.destroy) return req.socket.destroy();
    if (answer && (answer.body !== undefined || answer.status !== undefined)) {
      return send(answer.status ?? 200, answer.body ?? '', answer.headers);
    }
    const data = minimalData(endpoint);
    send(200, { requestId: `rq-${seen.length}`, code: 200, developId: 'test', msg: '成功', data });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    seen,
    script: (endpoint, script) => scripts.set(endpoint, script),
    setClockOffset: (ms) => {
      clockOffset = ms;
    },
    acceptUnit: (next) => {
      unit = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
