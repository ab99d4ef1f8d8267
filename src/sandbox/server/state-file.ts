import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * The optional state file: the commerce state (carts, orders, reverse orders, addresses), the
 * clock offset and the callback URLs, as JSON. Read once at start; written after changes,
 * debounced, by writing a temporary file and renaming it over the old one, so a crash mid-write
 * leaves the previous state whole. A file that cannot be read stops the start with its path and
 * the reason, and is left untouched.
 */
export const stateFileSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  clockOffsetMs: z.number(),
  callbackUrls: z.record(z.string(), z.string()),
  commerce: z.unknown(),
});
export type StateFileContent = z.infer<typeof stateFileSchema>;

export class StateFileError extends Error {}

export function loadStateFile(path: string): StateFileContent | null {
  if (!existsSync(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new StateFileError(
      `The sandbox state file ${path} is not JSON (${(error as Error).message}). Move it away ` +
        'to start with an empty state; it was not changed.',
    );
  }
  const parsed = stateFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new StateFileError(
      `The sandbox state file ${path} is not a sandbox state (${parsed.error.issues[0]?.message}). ` +
        'Move it away to start with an empty state; it was not changed.',
    );
  }
  return parsed.data;
}

export interface StateSaver {
  /** Saves soon (debounced). */
  schedule(): void;
  /** Saves now if anything changed; resolves when the file is on disk. */
  flush(): Promise<void>;
}

export function createStateSaver(
  path: string,
  snapshot: () => Omit<StateFileContent, 'version' | 'savedAt'>,
  onError: (error: unknown) => void,
  debounceMs = 200,
): StateSaver {
  let timer: NodeJS.Timeout | null = null;
  let lastText = '';
  let writing: Promise<void> = Promise.resolve();

  async function write(): Promise<void> {
    const body = snapshot();
    const compared = JSON.stringify(body);
    if (compared === lastText) return;
    lastText = compared;
    const content: StateFileContent = { version: 1, savedAt: new Date().toISOString(), ...body };
    const temporary = `${path}.${process.pid}.tmp`;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, `${JSON.stringify(content, null, 1)}\n`, 'utf8');
    await rename(temporary, path);
  }

  const save = () => {
    writing = writing.then(write).catch((error: unknown) => {
      lastText = '';
      onError(error);
    });
    return writing;
  };

  return {
    schedule() {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void save();
      }, debounceMs);
      timer.unref();
    },
    flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      return save();
    },
  };
}
