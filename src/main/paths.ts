import { homedir, platform } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'PandaPon Desk';

/**
 * The same folder Electron's `app.getPath('userData')` gives, so the browser shell and the
 * desktop app share one set of profiles and caches.
 */
export function defaultDataDir(): string {
  if (process.env.PANDAPON_DESK_DATA) return process.env.PANDAPON_DESK_DATA;
  const home = homedir();
  switch (platform()) {
    case 'win32':
      return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
    case 'darwin':
      return join(home, 'Library', 'Application Support', PRODUCT_NAME);
    default:
      return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
  }
}

export function logFileIn(dataDir: string): string {
  return join(dataDir, 'logs', 'main.log');
}
