import type { BridgeResult } from '../../../shared/bridge/errors';
import {
  BRIDGE_PATH,
  BRIDGE_PROTOCOL,
  TOKEN_PROTOCOL_PREFIX,
  type ServerMessage,
} from '../../../shared/bridge/wire';
import type { Transport } from './client';

const TOKEN_KEY = 'pandapon-desk.token';

/**
 * Takes the per-launch token from the URL fragment once, keeps it for this tab only, and removes
 * it from the address bar so it is not bookmarked or shared by accident.
 */
function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The browser shell's transport: one WebSocket to 127.0.0.1, reconnecting when it drops. */
export function createSocketTransport(): Transport {
  const token = takeToken();
  const pending = new Map<number, (result: BridgeResult<unknown>) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let socket: WebSocket | null = null;
  let ready: Promise<WebSocket> | null = null;

  const failAll = (message: string) => {
    for (const resolve of pending.values())
      resolve({ ok: false, error: { code: 'offline', message } });
    pending.clear();
  };

  const connect = (): Promise<WebSocket> => {
    if (ready) return ready;
    ready = new Promise((resolve, reject) => {
      const url = `ws://${window.location.host}${BRIDGE_PATH}`;
      const ws = new WebSocket(url, [BRIDGE_PROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${token}`]);
      ws.onopen = () => {
        socket = ws;
        resolve(ws);
      };
      ws.onerror = () => reject(new Error('bridge connection failed'));
      ws.onclose = () => {
        socket = null;
        ready = null;
        failAll('The connection to PandaPon Desk was lost. Reload the page or restart the app.');
      };
      ws.onmessage = (event: MessageEvent<string>) => {
        const message = JSON.parse(event.data) as ServerMessage;
        if (message.t === 'result') {
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
        } else if (message.t === 'event') {
          for (const listener of listeners.get(message.name) ?? []) listener(message.payload);
        }
      };
    });
    ready.catch(() => {
      ready = null;
    });
    return ready;
  };

  return {
    async call(name, input) {
      let ws: WebSocket;
      try {
        ws = socket ?? (await connect());
      } catch {
        return {
          ok: false,
          error: {
            code: 'page_refused',
            message:
              'PandaPon Desk refused this page. Open the address the app printed (it holds a key).',
          },
        };
      }
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        ws.send(JSON.stringify({ t: 'call', id, name, input }));
      });
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      void connect().catch(() => undefined);
      return () => set.delete(listener);
    },
  };
}
