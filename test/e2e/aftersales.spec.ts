import WebSocket from 'ws';
import type { Page } from '@playwright/test';
import { generateCatalogue } from '../../src/sandbox/generator/catalogue';
import { skusOf } from '../../src/sandbox/generator/skus';
import { BRIDGE_PROTOCOL, TOKEN_PROTOCOL_PREFIX } from '../../src/shared/bridge/wire';
import type { RunningShell } from './shell';
import { expect, screenshot, test } from './fixtures';

/**
 * After-sales and international shipping against the Demo profile's embedded sandbox. The order
 * is placed and paid through the bridge (as the checkout page would); everything after that is
 * done the way a user does it, through the page.
 */
const catalogue = generateCatalogue();
const item = catalogue.items.find((product) => product.moq <= 1 && product.stock > 10)!;
const sku = skusOf(item).find((candidate) => candidate.stock > 5)!;

/** One bridge call over the browser shell's loopback WebSocket. */
async function call<T>(shell: RunningShell, name: string, input: unknown): Promise<T> {
  const ws = new WebSocket(
    `${shell.origin.replace('http', 'ws')}/bridge`,
    [BRIDGE_PROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${shell.token}`],
    { headers: { origin: shell.origin } },
  );
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  ws.send(JSON.stringify({ t: 'call', id: 1, name, input }));
  const message = await new Promise<{ result: { ok: boolean; value?: T; error?: unknown } }>(
    (resolve) => {
      ws.on('message', (data) => {
        const parsed = JSON.parse(String(data)) as { t: string };
        if (parsed.t === 'result') resolve(parsed as never);
      });
    },
  );
  ws.close();
  if (!message.result.ok) throw new Error(`${name}: ${JSON.stringify(message.result.error)}`);
  return message.result.value as T;
}

/** A paid Taobao order for one piece of a Demo item; returns its id. */
async function paidTaobaoOrder(shell: RunningShell): Promise<string> {
  const cart = await call<{ sellers: { lines: { id: string; productId?: string }[] }[] }>(
    shell,
    'cart.add',
    { platform: 'taobao', productId: item.mapId, skuId: sku.skuId, quantity: 1 },
  );
  const lineIds = cart.sellers.flatMap((seller) => seller.lines.map((line) => line.id));
  let addresses = (await call<{ data: { id: string }[] }>(shell, 'orders.addresses', {})).data;
  if (!addresses.length) {
    addresses = await call<{ id: string }[]>(shell, 'orders.saveAddress', {
      name: 'Chen Jing',
      phone: '13800138000',
      province: '浙江省',
      city: '杭州市',
      district: '余杭区',
      address: '文一西路 969 号',
    });
  }
  const stamp = Date.now().toString(36);
  const placed = await call<{ state: string; orderIds: string[] }>(shell, 'orders.place', {
    platform: 'taobao',
    lineIds,
    addressId: addresses[0]!.id,
    clientRef: `e2e-place-${stamp}`,
  });
  expect(placed.state).toBe('done');
  const orderId = placed.orderIds[0]!;
  await call(shell, 'orders.pay', {
    platform: 'taobao',
    orderIds: [orderId],
    clientRef: `e2e-pay-${stamp}`,
  });
  return orderId;
}

async function openPage(app: Page, name: RegExp) {
  await app.getByRole('navigation').getByRole('button', { name }).click();
}

test('a refund is requested on a paid order, listed, and withdrawn', async ({ app, shell }) => {
  const orderId = await paidTaobaoOrder(shell);
  await openPage(app, /^After-sales$/);
  await expect(app.getByRole('heading', { name: 'After-sales', level: 1 })).toBeVisible();

  await app.getByRole('button', { name: 'New request' }).click();
  const form = app.getByRole('form', { name: 'Request a refund or return' });
  await form
    .getByRole('combobox', { name: 'Paid order' })
    .or(form.getByRole('textbox', { name: 'Paid order' }))
    .click();
  await app.getByRole('option', { name: new RegExp(orderId) }).click();
  await form.getByRole('checkbox').first().check();

  await form
    .getByRole('combobox', { name: 'Reason' })
    .or(form.getByRole('textbox', { name: 'Reason' }))
    .click();
  await app.getByRole('option').first().click();
  const amount = form.getByRole('textbox', { name: 'Amount (CNY)' });
  await amount.fill('999999');
  await expect(form.getByText(/More than was paid/)).toBeVisible();
  await expect(form.getByRole('button', { name: 'File request' })).toBeDisabled();
  await amount.fill('0.50');
  await form.getByRole('textbox', { name: 'Description' }).fill('Colour differs from the photos');
  await form.getByRole('button', { name: 'File request' }).click();

  const detail = app.getByRole('region', { name: /^Case / });
  await expect(detail).toBeVisible();
  await expect(detail.getByText('Waiting for the seller').first()).toBeVisible();
  const refundId = (await detail.getByRole('heading', { level: 2 }).innerText()).replace(
    'Case ',
    '',
  );
  const row = app.getByRole('button', { name: `Open case ${refundId}` });
  await expect(row).toBeVisible();
  await screenshot(app, 'aftersales-en');

  await detail.getByRole('button', { name: 'Withdraw request' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Withdraw' }).click();
  await expect(detail.getByText('Request withdrawn.')).toBeVisible();
  await expect(detail.getByText('Closed').first()).toBeVisible();

  // Keyboard: the filter is a radio group.
  await app.getByRole('radio', { name: 'All' }).focus();
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('radio', { name: 'Finished' })).toBeChecked();
  await expect(app.getByRole('button', { name: `Open case ${refundId}` })).toBeVisible();
  await app.getByText('In progress', { exact: true }).click();
  await expect(app.getByRole('button', { name: `Open case ${refundId}` })).toHaveCount(0);
});

test('a freight estimate lists shipping options with price and transit time', async ({ app }) => {
  await openPage(app, /^Logistics$/);
  const form = app.getByRole('form', { name: 'Freight estimate' });
  await form.getByRole('textbox', { name: 'Taobao item id' }).fill(item.mapId);
  await form.getByRole('textbox', { name: 'SKU id' }).fill(sku.skuId);
  await form.getByRole('textbox', { name: 'Unit price (CNY)' }).fill('19.90');
  await form.getByRole('textbox', { name: /Destination country/ }).fill('th');
  await form.getByRole('button', { name: 'Estimate freight' }).click();

  const options = app.getByRole('table', { name: 'Shipping options to TH' });
  await expect(options).toBeVisible();
  await expect(options.getByRole('row')).toHaveCount(4);
  await expect(options.getByRole('button', { name: 'Book with PandaPon Sea' })).toBeVisible();
  await expect(options.getByText('30–45 days')).toBeVisible();
  await expect(
    app.getByText(/does not document|documents this estimate’s request but not/),
  ).toBeVisible();
  await screenshot(app, 'logistics-en');
});

test('the after-sales and logistics pages in Chinese and Thai', async ({ app, shell }) => {
  await paidTaobaoOrder(shell);
  for (const language of ['zh-CN', 'th'] as const) {
    await app.evaluate((code) => localStorage.setItem('pandapon-desk.language', code), language);
    await app.reload();
    await expect(app.locator('html')).toHaveAttribute('lang', language);
    await app
      .getByRole('navigation')
      .getByText(language === 'th' ? 'บริการหลังการขาย' : '售后')
      .click();
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(
      language === 'th' ? 'บริการหลังการขาย' : '售后',
    );
    const firstCase = app.getByRole('table').getByRole('button').first();
    if (await firstCase.count()) await firstCase.click();
    await screenshot(app, `aftersales-${language}`);

    await app
      .getByRole('navigation')
      .getByText(language === 'th' ? 'โลจิสติกส์' : '国际物流')
      .click();
    const inputs = app.getByRole('form').first().getByRole('textbox');
    await inputs.nth(0).fill(item.mapId);
    await inputs.nth(1).fill(sku.skuId);
    await inputs.nth(3).fill('19.90');
    await inputs.nth(4).fill('US');
    await app.getByRole('form').first().getByRole('button').click();
    await expect(app.getByRole('table')).toBeVisible();
    await screenshot(app, `logistics-${language}`);
  }
});
