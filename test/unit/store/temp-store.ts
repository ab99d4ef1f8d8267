import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { silentLogger } from '../../../src/main/log';
import {
  openProfileStore,
  type OpenStoreOptions,
  type ProfileStore,
} from '../../../src/main/store';

/** A fresh folder per test, removed afterwards with every store opened in it. */
export function useTempStores() {
  const dirs: string[] = [];
  const stores: ProfileStore[] = [];

  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  return {
    dir(): string {
      const dir = mkdtempSync(join(tmpdir(), 'pandapon-store-'));
      dirs.push(dir);
      return dir;
    },
    open(options: Partial<OpenStoreOptions> & { file: string }): ProfileStore {
      const store = openProfileStore({ log: silentLogger, ...options });
      stores.push(store);
      return store;
    },
  };
}
