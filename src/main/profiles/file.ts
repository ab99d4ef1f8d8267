import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { profilesFileSchema, type ProfilesFile } from './schema';

export const PROFILES_FILE = 'profiles.json';

export type LoadResult =
  | { readonly kind: 'missing' }
  | { readonly kind: 'loaded'; readonly file: ProfilesFile }
  /** The file could not be read as profiles; it was renamed to `movedTo` and kept. */
  | { readonly kind: 'moved_aside'; readonly movedTo: string; readonly reason: string };

export function profilesPath(dataDir: string): string {
  return join(dataDir, PROFILES_FILE);
}

/**
 * Reads `profiles.json`. A file that is not valid JSON or not a valid profiles file is never
 * overwritten in place: it is renamed with a timestamp so a person can still recover it.
 */
export function loadProfilesFile(path: string, now = new Date()): LoadResult {
  if (!existsSync(path)) return { kind: 'missing' };

  let reason: string;
  try {
    const parsed = profilesFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return { kind: 'loaded', file: parsed.data };
    const first = parsed.error.issues[0];
    reason = `invalid field ${first?.path.map(String).join('.') || '(file)'}: ${first?.message}`;
  } catch (error) {
    reason = error instanceof SyntaxError ? 'not valid JSON' : String(error);
  }

  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const movedTo = `${path}.corrupt-${stamp}`;
  renameSync(path, movedTo);
  return { kind: 'moved_aside', movedTo, reason };
}

/** Writes the whole file to a temporary sibling, flushes it, then renames it over the old one. */
export function saveProfilesFile(path: string, file: ProfilesFile): void {
  const temporary = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const descriptor = openSync(temporary, 'w', 0o600);
  try {
    writeSync(descriptor, `${JSON.stringify(file, null, 2)}\n`);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
