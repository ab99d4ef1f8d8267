import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import type { RunningShell, SandboxHandle } from './shell';

const nav = (app: Page) => app.getByRole('navigation', { name: 'Main' });
const results = (app: Page) =>
  app.getByRole('list', { name: 'Search results' }).getByRole('listitem');

async function searchFor(app: Page, text: string) {
  const box = app.getByRole('searchbox', { name: 'Search' });
  await box.fill(text);
  await box.press('Enter');
}

/**
 * Takes the Demo sandbox off the line. When the fixture can stop it, it is stopped; until then
 * every call has its connection dropped before an answer, which is all the client can see of a
 * stopped server.
 */
async function stopDemoSandbox(shell: RunningShell): Promise<() => Promise<void>> {
  const sandbox = shell.sandbox as SandboxHandle & {
    stop?: () => Promise<void>;
    start?: () => Promise<void>;
  };
  if (sandbox.stop && sandbox.start) {
    await sandbox.stop();
    return () => sandbox.start!();
  }
  await sandbox.control('faults', { all: { timeoutRate: 1, holdMs: 0 } });
  return async () => {
    await sandbox.control('faults', {});
  };
}

test('offline, a search answers from the products seen before and says so', async ({
  app,
  shell,
}) => {
  // Online: the Demo sandbox answers and the products pass into the local index.
  await nav(app).getByRole('button', { name: 'Search' }).click();
  await searchFor(app, '连衣裙');
  await expect(results(app).first()).toBeVisible();
  await expect(app.getByRole('alert').filter({ hasText: 'Offline' })).toHaveCount(0);

  const restart = await stopDemoSandbox(shell);
  try {
    // A word never searched before has no cached answer: the local index answers it.
    await searchFor(app, 'dress');
    await expect(
      app.getByRole('status').filter({ hasText: 'Offline: products seen on this computer' }),
    ).toBeVisible();
    await expect(app.getByText('From this computer', { exact: true })).toBeVisible();
    await expect(results(app).first()).toBeVisible();
    await expect(results(app).first()).toContainText(/dress|连衣裙/i);
    await expect(app.getByRole('banner').getByRole('status', { name: 'Offline' })).toBeVisible();
    await screenshot(app, 'search-offline-en');

    // The start screen says it too, and still lists what was seen.
    await nav(app).getByRole('button', { name: 'Start' }).click();
    await expect(app.getByTestId('home-online')).toHaveText('Offline');
    await expect(
      app.getByRole('list', { name: 'Recently seen' }).getByRole('listitem').first(),
    ).toBeVisible();
    await screenshot(app, 'home-offline-en');
  } finally {
    await restart();
  }

  // Back online, a new search comes from PandaPon again.
  await nav(app).getByRole('button', { name: 'Search' }).click();
  await searchFor(app, '女装');
  await expect(results(app).first()).toBeVisible();
  await expect(app.getByText('From this computer', { exact: true })).toHaveCount(0);
});
