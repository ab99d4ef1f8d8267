import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Catalogue } from '../generator/types';
import { productOfImagePath, productPng } from '../images';
import { handleControlCall, type SandboxControl } from '../control';
import { handleApiCall, type ApiDeps } from './api';
import { sendJson } from './respond';

/**
 * The sandbox's HTTP server: product pictures under `/_img/`, the control API under
 * `/_sandbox/`, and every other path is a PandaPon call.
 */
export interface HttpDeps {
  readonly api: ApiDeps;
  readonly catalogue: Catalogue;
  readonly control: SandboxControl;
  readonly controlToken: string;
  /** The cashier and seller-chat pages of the commerce part (`/_pay/…`, `/_chat/…`). */
  readonly pages?: (request: { method: string; url: string }) => {
    status: number;
    contentType: string;
    body: string;
  } | null;
}

function servePicture(
  catalogue: Catalogue,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): void {
  request.resume();
  const found = productOfImagePath(catalogue, url.pathname);
  if (!found || (request.method !== 'GET' && request.method !== 'HEAD')) {
    sendJson(response, 404, { error: `No picture at ${url.pathname}.` });
    return;
  }
  const png = productPng(found.product, found.variant);
  response.writeHead(200, {
    'content-type': 'image/png',
    'content-length': png.length,
    'cache-control': 'public, max-age=86400, immutable',
    // The app's renderer loads these from another origin.
    'access-control-allow-origin': '*',
  });
  response.end(request.method === 'HEAD' ? undefined : png);
}

function servePage(
  pages: NonNullable<HttpDeps['pages']>,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  request.resume();
  const page = pages({ method: request.method ?? 'GET', url: request.url ?? '/' });
  if (!page) {
    sendJson(response, 404, { error: 'No such page.' });
    return;
  }
  response.writeHead(page.status, { 'content-type': page.contentType });
  response.end(page.body);
}

export function createSandboxServer(deps: HttpDeps): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
    let work: Promise<void> | void;
    if (url.pathname.startsWith('/_img/')) {
      work = servePicture(deps.catalogue, request, response, url);
    } else if (deps.pages && /^\/_(pay|chat)\//.test(url.pathname)) {
      work = servePage(deps.pages, request, response);
    } else if (url.pathname === '/_sandbox' || url.pathname.startsWith('/_sandbox/')) {
      work = handleControlCall(deps.control, deps.controlToken, request, response, url);
    } else {
      work = handleApiCall(deps.api, request, response, url);
    }
    Promise.resolve(work).catch((error: unknown) => {
      deps.api.onError('-', error);
      if (!response.headersSent) sendJson(response, 500, { error: 'The sandbox failed.' });
      else response.destroy();
    });
  });
}
