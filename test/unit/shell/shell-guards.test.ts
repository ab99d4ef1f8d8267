import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, redactText } from '../../../src/main/log';
import { isAllowedExternalUrl } from '../../../src/main/shell/external-links';
import { readStaticFile } from '../../../src/main/shell/static-files';
import { loadWindowState } from '../../../src/main/shell/window-state';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pandapon-shell-'));
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(
    join(root, 'renderer', 'index.html'),
    '<!doctype html><title>PandaPon Desk</title>',
  );
  writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'export {}');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer folder');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('serving the built renderer', () => {
  const renderer = () => join(root, 'renderer');

  it('serves files inside the folder with their type, and index.html for app routes', async () => {
    expect((await readStaticFile(renderer(), '/assets/app.js'))?.contentType).toContain(
      'javascript',
    );
    expect((await readStaticFile(renderer(), '/orders'))?.body.toString()).toContain(
      'PandaPon Desk',
    );
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..\\secret.txt',
    '/%E0%A4%A',
  ])('refuses %s, which points outside the folder or is malformed', async (path) => {
    const file = await readStaticFile(renderer(), path);
    expect(file?.body.toString() ?? '').not.toContain('outside the renderer folder');
  });

  it('answers nothing for a missing asset rather than the page', async () => {
    expect(await readStaticFile(renderer(), '/assets/missing.js')).toBeNull();
  });
});

describe('links opened in the system browser', () => {
  it.each([
    'https://detail.1688.com/offer/612345678901.html',
    'https://item.taobao.com/item.htm?id=1',
    'https://cashier.alipay.com/pay?x=1',
    'https://www.pandapon.com/',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    'http://detail.1688.com/offer/1.html',
    'https://evil.example/?1688.com',
    'https://1688.com.evil.example/',
    'https://user:pass@taobao.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));

  it('allows the Demo sandbox origin only when it is added', () => {
    expect(isAllowedExternalUrl('http://127.0.0.1:8790/pay/1')).toBe(false);
    expect(isAllowedExternalUrl('http://127.0.0.1:8790/pay/1', ['http://127.0.0.1:8790'])).toBe(
      true,
    );
  });
});

describe('the log file', () => {
  it('never holds a secret, a signature, a phone number or an address', () => {
    const file = join(root, 'logs', 'main.log');
    const log = createLogger({ file });
    log.info('profile saved', {
      secret: 'top-secret-value',
      signature: 'D41D8CD98F00B204E9800998ECF8427E',
      receiverPhone: '+66 81 234 5678',
      address: '99/1 Sukhumvit Road, Bangkok',
      addressId: 'addr-7',
    });
    log.warn('PandaPon said: signature D41D8CD98F00B204E9800998ECF8427E refused for 13800138000');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('top-secret-value');
    expect(text).not.toContain('D41D8CD98F00B204E9800998ECF8427E');
    expect(text).not.toContain('234 5678');
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('Sukhumvit');
    expect(text).toContain('addr-7');
  });

  it('rotates at the size limit and keeps the newest lines', () => {
    const file = join(root, 'rotating', 'main.log');
    const log = createLogger({ file, maxBytes: 2_000, keep: 2 });
    for (let line = 0; line < 100; line++) log.info(`line ${line}`);
    expect(readFileSync(file, 'utf8')).toContain('line 99');
    expect(readFileSync(`${file}.1`, 'utf8').length).toBeGreaterThan(0);
    expect(() => readFileSync(`${file}.3`)).toThrow();
  });

  it('masks phone-like digit runs inside free text', () => {
    expect(redactText('call 13800138000 now')).not.toContain('13800138000');
  });
});

describe('the remembered window state', () => {
  it('falls back to a sensible window when the file is damaged', () => {
    const dir = join(root, 'state');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'window-state.json'), '{"width": "wide", ');
    const state = loadWindowState(dir);
    expect(state.width).toBeGreaterThanOrEqual(960);
  });
});
