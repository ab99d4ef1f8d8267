import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { addToCart, checkOutEverything, openOrder, openPage, placeOrder } from './shopping-steps';

test('an unpaid order can be cancelled and says so', async ({ app }) => {
  await addToCart(app, '连衣裙', 2);
  await checkOutEverything(app);
  const [orderId] = await placeOrder(app);
  await openOrder(app, orderId!);
  await expect(app.getByTestId('order-status')).toHaveText('Awaiting payment');
  await expect(app.getByTestId('address-phone')).not.toContainText('13800138000');
  await screenshot(app, 'order-unpaid-en');

  await app.getByRole('button', { name: 'Cancel order' }).click();
  const dialog = app.getByRole('dialog', { name: `Cancel order ${orderId}?` });
  await dialog.getByRole('button', { name: 'Cancel order' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('order-status')).toHaveText('Cancelled');
  await expect(
    app.getByRole('status').filter({ hasText: 'The order is cancelled.' }),
  ).toBeVisible();
  await expect(app.getByRole('button', { name: 'Pay', exact: true })).toHaveCount(0);
});

const LANGUAGE_LABEL = { en: 'Language', 'zh-CN': '语言', th: 'ภาษา' } as const;
const LANGUAGE_NAME = { en: 'English', 'zh-CN': '简体中文', th: 'ไทย' } as const;
type Language = keyof typeof LANGUAGE_LABEL;

async function switchLanguage(app: Page, from: Language, to: Language) {
  await app.getByRole('combobox', { name: LANGUAGE_LABEL[from] }).click();
  await app.getByRole('option', { name: LANGUAGE_NAME[to] }).click();
}

/** Shows the page in Chinese and Thai, checks its heading and saves a screenshot of each. */
async function inOtherLanguages(
  app: Page,
  name: string,
  headings: Record<'zh-CN' | 'th', string | RegExp>,
) {
  for (const language of ['zh-CN', 'th'] as const) {
    await switchLanguage(app, language === 'zh-CN' ? 'en' : 'zh-CN', language);
    await expect(app.getByRole('heading', { level: 1, name: headings[language] })).toBeVisible();
    await screenshot(app, `${name}-${language}`);
  }
  await switchLanguage(app, 'th', 'en');
}

test('cart, checkout, orders and an order read in Chinese and Thai', async ({ app }) => {
  await addToCart(app, '连衣裙', 1);
  await openPage(app, 'Carts');
  await expect(app.getByRole('button', { name: 'Check out selected' })).toBeVisible();
  await inOtherLanguages(app, 'cart', { 'zh-CN': '购物车', th: 'รถเข็น' });

  await checkOutEverything(app);
  await inOtherLanguages(app, 'checkout', { 'zh-CN': '结算', th: 'ชำระเงิน' });

  const [orderId] = await placeOrder(app);
  await openOrder(app, orderId!);
  await inOtherLanguages(app, 'order-detail', {
    'zh-CN': `订单 ${orderId}`,
    th: `คำสั่งซื้อ ${orderId}`,
  });

  await app.getByRole('button', { name: 'All orders' }).click();
  await expect(app.getByRole('button', { name: `Open order ${orderId}` })).toBeVisible();

  // The date filter is typed and shown the app language's way, whatever the system's is.
  const today = new Date();
  const [year, month, day] = [
    String(today.getFullYear()),
    String(today.getMonth() + 1).padStart(2, '0'),
    String(today.getDate()).padStart(2, '0'),
  ];
  const from = app.getByRole('textbox', { name: 'Placed from' });
  await from.fill(`${month}/${day}/${year}`);
  await from.blur();
  await expect(from).toHaveValue(`${month}/${day}/${year}`);
  await expect(app.getByRole('button', { name: `Open order ${orderId}` })).toBeVisible();
  await app.getByRole('textbox', { name: 'Placed until' }).fill('02/30/2026');
  await app.getByRole('textbox', { name: 'Placed until' }).blur();
  await expect(app.getByText('Type a date like')).toBeVisible();
  await app.getByRole('textbox', { name: 'Placed until' }).fill('');

  await inOtherLanguages(app, 'orders', { 'zh-CN': '订单', th: 'คำสั่งซื้อ' });
  await switchLanguage(app, 'en', 'zh-CN');
  await expect(app.getByRole('textbox', { name: '下单日期自' })).toHaveValue(
    `${year}/${month}/${day}`,
  );
  await switchLanguage(app, 'zh-CN', 'th');
  // Thai dates count Buddhist years: 543 more than the Gregorian.
  await expect(app.getByRole('textbox', { name: 'สั่งซื้อตั้งแต่' })).toHaveValue(
    `${day}/${month}/${Number(year) + 543}`,
  );
  await switchLanguage(app, 'th', 'en');
  await app.getByRole('button', { name: 'Clear filters' }).click();
  await expect(from).toHaveValue('');
});

test('offline, Orders shows the saved list with its age and keeps money moving actions off', async ({
  app,
  shell,
}) => {
  await addToCart(app, '连衣裙', 5);
  await checkOutEverything(app);
  const [orderId] = await placeOrder(app);
  // Seen once online, so this computer has the list and the order.
  await openOrder(app, orderId!);
  await expect(app.getByRole('button', { name: 'Pay', exact: true })).toBeEnabled();
  await app.getByRole('button', { name: 'All orders' }).click();
  const row = app.getByRole('button', { name: `Open order ${orderId}` });
  await expect(row).toBeVisible();

  // The sandbox drops every connection: all the app can see of PandaPon being unreachable.
  await shell.sandbox.control('faults', { all: { timeoutRate: 1, holdMs: 0 } });
  try {
    await app.getByRole('button', { name: 'Refresh orders' }).click();
    await expect(app.getByRole('banner').getByRole('status', { name: 'Offline' })).toBeVisible();
    await expect(
      app.getByRole('status').filter({ hasText: 'Offline: these are the orders saved' }),
    ).toBeVisible();
    await expect(app.getByText(/^From cache, /).first()).toBeVisible();
    await expect(row).toContainText('Awaiting payment');
    await screenshot(app, 'orders-offline-en');

    await row.click();
    await expect(app.getByTestId('order-status')).toHaveText('Awaiting payment');
    const reason = /^Offline: paying, cancelling and confirming receipt need a connection/;
    for (const name of ['Pay', 'Cancel order']) {
      const button = app.getByRole('button', { name, exact: true });
      await expect(button).toBeDisabled();
      await expect(button).toHaveAccessibleDescription(reason);
    }
    await expect(app.getByText(reason)).toBeVisible();
    await screenshot(app, 'order-offline-en');
  } finally {
    await shell.sandbox.control('faults', {});
  }

  // Back online: the next read that reaches PandaPon gives the actions back.
  await app.getByRole('button', { name: 'All orders' }).click();
  await app.getByRole('button', { name: 'Refresh orders' }).click();
  await expect(app.getByRole('banner').getByRole('status', { name: 'Offline' })).toHaveCount(0);
  await row.click();
  await expect(app.getByRole('button', { name: 'Pay', exact: true })).toBeEnabled();
});
