import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  DEFAULT_SETTINGS,
  settingsSchema,
  type AppSettings,
} from '../../shared/bridge/calls/settings';
import type { Logger } from '../log';

export const SETTINGS_FILE = 'settings.json';

/** What loading found: the settings to use, and the file a bad one was moved to (if any). */
export interface LoadedSettings {
  readonly settings: AppSettings;
  readonly movedAsideTo: string | null;
}

/**
 * Reads settings.json. A file that is not JSON or does not match the schema is moved aside (so
 * the user can recover it) and the defaults are used; a missing file simply means defaults.
 */
export function loadSettingsFile(dataDir: string, log: Logger): LoadedSettings {
  const file = join(dataDir, SETTINGS_FILE);
  if (!existsSync(file)) return { settings: DEFAULT_SETTINGS, movedAsideTo: null };

  let problem: string;
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return { settings: parsed.data, movedAsideTo: null };
    problem = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }

  const aside = join(
    dataDir,
    `settings.bad-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  renameSync(file, aside);
  log.warn('settings file unreadable, moved aside', { aside, problem: problem.slice(0, 200) });
  return { settings: DEFAULT_SETTINGS, movedAsideTo: aside };
}

/** Writes atomically (temp file then rename) so a crash mid-write never leaves half a file. */
export function saveSettingsFile(dataDir: string, settings: AppSettings): void {
  const file = join(dataDir, SETTINGS_FILE);
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(settings, null, 2)}\n`, 'utf8');
  renameSync(temp, file);
}
