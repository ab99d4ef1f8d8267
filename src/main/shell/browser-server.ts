import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  BRIDGE_PATH,
  BRIDGE_PROTOCOL,
  TOKEN_PROTOCOL_PREFIX,
  type ClientMessage,
  type ServerMessage,
} from '../../shared/bridge/wire';
import type { Router } from '../bridge/router';
import type { EventHub } from '../events';
import type { Logger } from '../log';
import { contentSecurityPolicy, SECURITY_HEADERS } from './content-security';
import { readStaticFile } from './static-files';

export interface BrowserServerOptions {
  readonly router: Router;
  readonly events: EventHub;
  readonly rendererDir: string;
  readonly log: Logger;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Fixed token for tests; a random one per launch otherwise. */
  readonly token?: string;
}

export interface BrowserServer {
  readonly port: number;
  /** The address to open, token in the fragment (never sent to the server in a request line). */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

function sameToken(expected: Buffer, offered: string): boolean {
  const candidate = Buffer.from(offered);
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}

/**
 * The browser shell's transport: serves the built renderer and the bridge over a WebSocket, on
 * 127.0.0.1 only. A request must name this server in Host (no DNS rebinding), a bridge connection
 * must come from this server's own Origin and offer the per-launch token.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const log = options.log.child('browser-shell');
  const token = options.token ?? randomBytes(24).toString('base64url');
  const expectedToken = Buffer.from(token);
  const sockets = new Set<Socket>();
  let allowedHosts: string[] = [];
  let allowedOrigins: string[] = [];

  const hostAllowed = (req: IncomingMessage) => allowedHosts.includes(req.headers.host ?? '');

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (!hostAllowed(req)) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = await readStaticFile(options.rendererDir, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy(
        allowedOrigins.map((allowed) => allowed.replace(/^http/, 'ws')),
      ),
      'Cache-Control': 'no-store',
      ...SECURITY_HEADERS,
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
    handleProtocols: (protocols) => (protocols.has(BRIDGE_PROTOCOL) ? BRIDGE_PROTOCOL : false),
  });

  server.on('upgrade', (req, socket, head) => {
    const refuse = (status: number, reason: string) => {
      log.warn('bridge connection refused', { reason });
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\n\r\n`);
    };
    const path = (req.url ?? '').split('?')[0];
    if (path !== BRIDGE_PATH) return refuse(404, 'Not Found');
    if (!hostAllowed(req)) return refuse(421, 'Misdirected Request');
    if (!allowedOrigins.includes(req.headers.origin ?? '')) return refuse(403, 'Forbidden Origin');
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
    const tokenOffer = offered.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX)) ?? '';
    if (!sameToken(expectedToken, tokenOffer.slice(TOKEN_PROTOCOL_PREFIX.length))) {
      return refuse(401, 'Unauthorized');
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws: WebSocket) => {
    const send = (message: ServerMessage) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    };
    const unsubscribe = options.events.subscribe((name, payload) =>
      send({ t: 'event', name, payload }),
    );
    ws.on('close', unsubscribe);
    ws.on('message', async (data) => {
      let message: ClientMessage;
      try {
        message = JSON.parse(data.toString()) as ClientMessage;
      } catch {
        return;
      }
      if (message?.t !== 'call' || typeof message.id !== 'number') return;
      const result = await options.router.dispatch(message.name, message.input);
      send({ t: 'result', id: message.id, result });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  allowedOrigins = allowedHosts.map((host) => `http://${host}`);
  const origin = `http://127.0.0.1:${port}`;
  log.info('listening', { port });

  return {
    port,
    origin,
    url: `${origin}/#token=${token}`,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
