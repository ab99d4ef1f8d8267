import type { SandboxMessage } from '../routes';

export interface CallbackQueue {
  /** Registers (or clears) where an access key's messages go. */
  setUrl(accessKey: string, url: string | null): void;
  send(accessKey: string, message: SandboxMessage): void;
  /** Deliveries so far, newest last, for tests and the control API. */
  log(): readonly CallbackDelivery[];
  close(): Promise<void>;
}

export interface CallbackDelivery {
  accessKey: string;
  url: string;
  messageType: string;
  attempt: number;
  status: number | 'error';
  at: string;
}

export function createCallbackQueue(options: {
  secretOf(accessKey: string): string | undefined;
  /** Delays between attempts; PandaPon's schedule compressed (tests pass tiny ones). */
  retryDelaysMs?: readonly number[];
  fetch?: typeof fetch;
}): CallbackQueue {
  void options;
  const deliveries: CallbackDelivery[] = [];
  return {
    setUrl() {},
    send() {},
    log: () => deliveries,
    close: async () => {},
  };
}
