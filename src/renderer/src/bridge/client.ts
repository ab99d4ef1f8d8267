import type {
  CallInput,
  CallName,
  CallOutput,
  EventName,
  EventPayload,
} from '../../../shared/bridge';
import type { BridgeErrorInfo, BridgeResult } from '../../../shared/bridge/errors';
import { createSocketTransport } from './socket-transport';

/** What the preload exposes in the Electron shell (named functions only). */
interface PreloadBridge {
  readonly call: Readonly<Record<string, (input: unknown) => Promise<BridgeResult<unknown>>>>;
  on(name: string, listener: (payload: unknown) => void): () => void;
}

export interface Transport {
  call(name: string, input: unknown): Promise<BridgeResult<unknown>>;
  on(name: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    pandaponDesk?: PreloadBridge;
  }
}

/** A failed bridge call, carrying the typed error from main. */
export class BridgeCallError extends Error {
  constructor(
    readonly call: string,
    readonly info: BridgeErrorInfo,
  ) {
    super(info.message);
    this.name = 'BridgeCallError';
  }
}

function preloadTransport(preload: PreloadBridge): Transport {
  return {
    call: async (name, input) => {
      const fn = preload.call[name];
      if (!fn) {
        return { ok: false, error: { code: 'unknown_call', message: `No call named ${name}.` } };
      }
      return fn(input);
    },
    on: (name, listener) => preload.on(name, listener),
  };
}

function pickTransport(): Transport {
  if (typeof window !== 'undefined' && window.pandaponDesk)
    return preloadTransport(window.pandaponDesk);
  return createSocketTransport();
}

let transport: Transport | null = null;
const activeTransport = () => (transport ??= pickTransport());

/** The renderer's only way to main: typed calls and events, over IPC or the loopback socket. */
export const bridge = {
  async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    const result = await activeTransport().call(name, input);
    if (!result.ok) throw new BridgeCallError(name, result.error);
    return result.value as CallOutput<N>;
  },

  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
    return activeTransport().on(name, listener as (payload: unknown) => void);
  },
};
