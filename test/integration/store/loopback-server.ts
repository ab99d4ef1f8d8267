import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BridgeError } from '../../../src/shared/bridge/errors';

/**
 * A tiny PandaPon-like server on 127.0.0.1 with switches a test flips: added latency, a failing
 * server (HTTP 503) and a server that is down (connection refused). It answers each POST with a
 * page built from the body and a version number the test can bump to change the answer.
 */
export interface LoopbackServer {
  readonly url: string;
  latencyMs: number;
  failing: boolean;
  version: number;
  readonly requests: Array<{ path: string; body: unknown }>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** A fetch function in the shape the cached reader takes. */
  fetch(endpoint: string, input: unknown): Promise<unknown>;
}

export async function startLoopbackServer(): Promise<LoopbackServer> {
  let server: Server | null = null;
  let port = 0;

  const state: LoopbackServer = {
    url: '',
    latencyMs: 0,
    failing: false,
    version: 1,
    requests: [],
    async start() {
      server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          const parsed = JSON.parse(body || '{}') as unknown;
          state.requests.push({ path: request.url ?? '', body: parsed });
          setTimeout(() => {
            if (state.failing) {
              response.writeHead(503).end('{"code":503,"msg":"busy"}');
              return;
            }
            response.writeHead(200, { 'content-type': 'application/json' });
            response.end(JSON.stringify({ code: 200, data: answerFor(parsed, state.version) }));
          }, state.latencyMs);
        });
      });
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
      port = (server!.address() as AddressInfo).port;
      (state as { url: string }).url = `http://127.0.0.1:${port}`;
    },
    async stop() {
      const running = server;
      server = null;
      if (!running) return;
      running.closeAllConnections();
      await new Promise<void>((resolve) => running.close(() => resolve()));
    },
    async fetch(endpoint, input) {
      let response: Response;
      try {
        response = await fetch(`${state.url}/${endpoint}`, {
          method: 'POST',
          body: JSON.stringify(input),
        });
      } catch (error) {
        throw new BridgeError({
          code: 'offline',
          message: `cannot reach the server: ${String(error)}`,
        });
      }
      if (response.status >= 500) {
        throw new BridgeError({
          code: 'pandapon_error',
          message: 'server failed',
          details: { httpStatus: response.status },
        });
      }
      return ((await response.json()) as { data: unknown }).data;
    },
  };
  await state.start();
  return state;
}

/** A search page of 50 offers, the same for the same body and version. */
function answerFor(body: unknown, version: number) {
  const keyword = String((body as { keyword?: unknown }).keyword ?? '');
  return {
    totalRecords: 2000,
    currentPage: 1,
    pageSize: 50,
    data: Array.from({ length: 50 }, (_, index) => ({
      offerId: 700000000000 + index,
      subject: `${keyword} 连衣裙 款式${index} v${version}`,
      subjectTrans: `${keyword} dress style ${index} v${version}`,
      price: '12.50',
      imageUrl: `https://cbu01.alicdn.com/img/${index}.jpg`,
      sellerOpenId: `seller${index % 5}`,
      monthSold: 100 + index,
    })),
  };
}
