import type { ServerResponse } from 'node:http';
import { successEnvelope } from '../../shared/pandapon/envelope';

/** Writing answers: PandaPon's envelope for API calls, plain JSON for the control API. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
}

export function successBody(data: unknown, requestId: string) {
  return successEnvelope(data === undefined ? null : data, requestId);
}

export function refusalBody(code: number, msg: string, requestId: string) {
  return { requestId, code, developId: 'sandbox', msg, data: null };
}
