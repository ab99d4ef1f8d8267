import http from 'node:http';
import WebSocket from 'ws';
import { BRIDGE_PROTOCOL, TOKEN_PROTOCOL_PREFIX } from '../../src/shared/bridge/wire';
import { expect, screenshot, test } from './fixtures';

function openBridge(origin: string, token: string, headers: Record<string, string>) {
  const ws = new WebSocket(
    `${origin.replace('http', 'ws')}/bridge`,
    [BRIDGE_PROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${token}`],
    { headers },
  );
  return new Promise<{ opened: boolean; status?: number }>((resolve) => {
    ws.on('open', () => {
      ws.close();
      resolve({ opened: true });
    });
    ws.on('unexpected-response', (_req, res) => resolve({ opened: false, status: res.statusCode }));
    ws.on('error', () => resolve({ opened: false }));
  });
}

test('the first screen shows what app.info returned over the bridge', async ({ app, shell }) => {
  await expect(app.getByRole('heading', { name: 'About this app' })).toBeVisible();
  await expect(app.getByRole('cell', { name: shell.dataDir, exact: true })).toBeVisible();
  await expect(app.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(app.getByRole('cell', { name: 'Browser shell' })).toBeVisible();
  // The token leaves the address bar once it has been taken.
  expect(app.url()).not.toContain('token=');
  await screenshot(app, 'first-screen-en');
});

test('the token survives a reload of the page', async ({ app }) => {
  await app.reload();
  await expect(app.getByRole('heading', { name: 'About this app' })).toBeVisible();
  await expect(app.getByRole('alert')).toHaveCount(0);
});

test('a page without the token is refused by the bridge and says what to do', async ({
  page,
  shell,
}) => {
  await page.goto(shell.origin);
  await expect(page.getByRole('alert')).toContainText('Open the address the app printed');
});

test('a wrong token and a foreign Origin are both refused', async ({ shell }) => {
  const good = await openBridge(shell.origin, shell.token, { Origin: shell.origin });
  expect(good.opened).toBe(true);

  const wrongToken = await openBridge(shell.origin, 'x'.repeat(shell.token.length), {
    Origin: shell.origin,
  });
  expect(wrongToken).toEqual({ opened: false, status: 401 });

  const foreign = await openBridge(shell.origin, shell.token, { Origin: 'http://evil.example' });
  expect(foreign).toEqual({ opened: false, status: 403 });
});

test('a request naming another host is refused (no DNS rebinding)', async ({ shell }) => {
  // fetch() sets Host itself, so the request is made by hand.
  const status = await new Promise<number | undefined>((resolve, reject) => {
    const request = http.get(`${shell.origin}/`, { headers: { Host: 'evil.example' } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    request.on('error', reject);
  });
  expect(status).toBe(421);
  const own = await fetch(`${shell.origin}/`);
  expect(own.status).toBe(200);
  expect(own.headers.get('content-security-policy')).toContain("script-src 'self'");
});

test('the shell never writes its token to the log file', async ({ app, shell }) => {
  await expect(app.getByRole('heading', { name: 'About this app' })).toBeVisible();
  const { readFileSync } = await import('node:fs');
  const log = readFileSync(`${shell.dataDir}/logs/main.log`, 'utf8');
  expect(log).toContain('listening');
  expect(log).not.toContain(shell.token);
});

test('switching the language translates the frame at once', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Language' }).click();
  await app.getByRole('option', { name: '简体中文' }).click();
  await expect(app.getByRole('heading', { name: '关于本应用' })).toBeVisible();
  await screenshot(app, 'first-screen-zh-CN');
  await app.getByRole('combobox', { name: '语言' }).click();
  await app.getByRole('option', { name: 'ไทย' }).click();
  await expect(app.getByRole('heading', { name: 'เกี่ยวกับแอปนี้' })).toBeVisible();
  await screenshot(app, 'first-screen-th');
  await app.getByRole('combobox', { name: 'ภาษา' }).click();
  await app.getByRole('option', { name: 'English' }).click();
});
