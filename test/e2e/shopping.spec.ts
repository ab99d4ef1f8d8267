import { expect, screenshot, test } from './fixtures';
import {
  addToCart,
  checkOutEverything,
  openOrder,
  openPage,
  placedOrderIds,
  placeOrder,
} from './shopping-steps';

interface LoggedRequest {
  readonly endpoint: string;
}

test('keyword search to a paid order: cart, checkout, pay, and the order in Orders', async ({
  app,
  shell,
  context,
}) => {
  await addToCart(app, '连衣裙');
  await openPage(app, 'Carts');
  const line = app.getByRole('list').getByRole('listitem').first();
  await expect(line).toBeVisible();
  await screenshot(app, 'cart-en');

  await checkOutEverything(app);
  await screenshot(app, 'checkout-en');
  const [orderId, ...others] = await placeOrder(app);
  expect(others).toHaveLength(0);
  expect(orderId).toMatch(/^\d+$/);

  // Pay: the pay page is the system browser's job; here a second tab plays the browser.
  await app.getByRole('button', { name: 'Pay', exact: true }).click();
  const payUrl = (await app.getByTestId('pay-url').textContent())!.trim();
  expect(payUrl.startsWith(shell.sandbox.origin)).toBe(true);
  const cashier = await context.newPage();
  await cashier.goto(payUrl);
  await cashier.getByRole('button', { name: /^Pay ¥/ }).click();
  await expect(cashier.getByRole('status')).toContainText('is paid');
  await cashier.close();

  await openOrder(app, orderId!);
  await expect(app.getByTestId('order-status')).toHaveText('Awaiting shipment');
  await expect(app.getByRole('button', { name: 'Request refund / after-sales' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  await screenshot(app, 'order-detail-en');
  await app.getByRole('button', { name: 'All orders' }).click();
  await expect(app.getByRole('button', { name: `Open order ${orderId}` })).toBeVisible();
  await screenshot(app, 'orders-en');
});

test('a double click on "Place order" creates exactly one order', async ({ app, shell }) => {
  const countCreates = async () => {
    const log = (await shell.sandbox.control('requests?limit=1000')) as
      LoggedRequest[] | { requests: LoggedRequest[] };
    const entries = Array.isArray(log) ? log : log.requests;
    return entries.filter((entry) => /createOrder|order\.create/i.test(entry.endpoint)).length;
  };
  await addToCart(app, 'dress', 1);
  await checkOutEverything(app);
  const before = await countCreates();

  await app.getByRole('button', { name: 'Place order' }).dblclick();
  const ids = await placedOrderIds(app);
  expect(ids).toHaveLength(1);
  // Nothing else reached PandaPon: one creation request for the double click.
  expect((await countCreates()) - before).toBe(1);

  await openPage(app, 'Orders');
  await app.getByRole('searchbox', { name: 'Search orders' }).fill(ids[0]!);
  await expect(app.getByTestId('orders-count')).toHaveText('Orders shown: 1');
});
