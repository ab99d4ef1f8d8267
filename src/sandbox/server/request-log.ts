/**
 * The request log: one entry per request with its requestId, kept in memory (the newest
 * 2,000) for the control API, and written as one line to the optional `log` callback. It never
 * holds a secret, a signature, a body or a header value other than the access key and user-id.
 */
export interface RequestLogEntry {
  readonly requestId: string;
  readonly at: string;
  readonly method: string;
  readonly path: string;
  readonly endpoint: string | null;
  readonly accessKey: string | null;
  readonly userId: string | null;
  readonly httpStatus: number | null;
  /** The envelope code, or null when no envelope was sent. */
  readonly code: number | null;
  readonly fault: string | null;
  readonly ms: number;
}

export interface RequestLog {
  add(entry: RequestLogEntry): void;
  entries(): readonly RequestLogEntry[];
  clear(): void;
}

const LIMIT = 2_000;

export function createRequestLog(write?: (line: string) => void): RequestLog {
  let list: RequestLogEntry[] = [];
  return {
    add(entry) {
      list.push(entry);
      if (list.length > LIMIT * 1.25) list = list.slice(-LIMIT);
      write?.(
        [
          entry.requestId,
          entry.method,
          entry.endpoint ?? entry.path,
          entry.httpStatus ?? '-',
          entry.code ?? '-',
          `${entry.ms}ms`,
          entry.fault ? `fault=${entry.fault}` : '',
        ]
          .join(' ')
          .trim(),
      );
    },
    entries: () => list.slice(-LIMIT),
    clear() {
      list = [];
    },
  };
}
