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
  await inOtherLanguages(app, 'orders', { 'zh-CN': '订单', th: 'คำสั่งซื้อ' });
});
