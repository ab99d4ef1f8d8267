import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startShell, type RunningShell } from './shell';

export { expect };

interface WorkerFixtures {
  /** One browser shell per worker, on the Demo profile, with its own data folder. */
  shell: RunningShell;
}

interface TestFixtures {
  /** A page showing the app, already through the token handshake. */
  app: Page;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  shell: [
    // Playwright reads the fixture's dependencies from the destructuring; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const shell = await startShell();
      await use(shell);
      await shell.stop();
    },
    { scope: 'worker', timeout: 60_000 },
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
  await page.screenshot({ path, fullPage: true });
  return path;
}
