import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startShell, type RunningShell } from './shell';

export { expect };

interface WorkerFixtures {
  /** The shell of the spec file running in this worker; replaced when the next file starts. */
  shellOfFile: { file: string | null; shell: RunningShell | null };
}

interface TestFixtures {
  /**
   * A browser shell on the Demo profile with its own data folder and sandbox, shared by the tests
   * of one spec file (in order) and never by two files, so no file sees another's carts or orders.
   */
  shell: RunningShell;
  /** A page showing the app, already through the token handshake. */
  app: Page;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  shellOfFile: [
    // Playwright reads the fixture's dependencies from the destructuring; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const current: WorkerFixtures['shellOfFile'] = { file: null, shell: null };
      await use(current);
      await current.shell?.stop();
    },
    { scope: 'worker' },
  ],
  shell: [
    async ({ shellOfFile }, use, testInfo) => {
      if (shellOfFile.file !== testInfo.file || !shellOfFile.shell) {
        await shellOfFile.shell?.stop();
        shellOfFile.shell = null;
        shellOfFile.shell = await startShell();
        shellOfFile.file = testInfo.file;
      }
      await use(shellOfFile.shell);
    },
    { timeout: 60_000 },
  ],
  app: async ({ page, shell }, use) => {
    await page.goto(shell.url);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await use(page);
  },
});

/** Saves a full-page screenshot under test-results/screenshots/<name>.png for review. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join('test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  // A full-page picture of a scrolled page draws the fixed header where the scroll left it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  return path;
}
