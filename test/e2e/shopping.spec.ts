import { expect, screenshot, test } from './fixtures';
import {
  addToCart,
  checkOutEverything,
  openPage,
  placedOrderIds,
  placeOrder,
} from './shopping-steps';

interface LoggedRequest {
  readonly endpoint: string;
  readonly fault?: string | null;
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
  await expect(app.getByTestId('payment-watch')).toContainText('Checking for the payment');
  await screenshot(app, 'checkout-pay-en');

  // The new order is in Orders without pressing Refresh, awaiting payment and watched.
  await openPage(app, 'Orders');
  const row = app.getByRole('button', { name: `Open order ${orderId}` });
  await expect(row).toContainText('Awaiting payment');
  await expect(app.getByTestId('payment-watch')).toContainText('unpaid order');
  await screenshot(app, 'orders-watching-en');

  const cashier = await context.newPage();
  await cashier.goto(payUrl);
  await cashier.getByRole('button', { name: /^Pay ¥/ }).click();
  await expect(cashier.getByRole('status')).toContainText('is paid');
  await cashier.close();

  // The page reads the order again by itself: no Refresh pressed.
  await expect(
    app.getByRole('status').filter({ hasText: `Order ${orderId} is paid.` }),
  ).toBeVisible({ timeout: 15_000 });
  await expect(row).toContainText('Awaiting shipment');
  await expect(app.getByTestId('payment-watch')).toHaveCount(0);
  await screenshot(app, 'orders-paid-en');

  await row.click();
  await expect(app.getByRole('heading', { name: `Order ${orderId}`, level: 1 })).toBeVisible();
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

test('an answer lost after the order was made still shows one order, found by its reference', async ({
  app,
  shell,
}) => {
  await addToCart(app, '连衣裙', 4);
  await checkOutEverything(app);
  await shell.sandbox.control('faults', {
    endpoints: { 'alibaba.cart.createOrder': { lostResponseRate: 1, times: 1 } },
  });
  try {
    await app.getByRole('button', { name: 'Place order' }).click();
    const ids = await placedOrderIds(app);
    expect(ids).toHaveLength(1);
    // The answer really was lost, and nothing was sent again.
    const log = (await shell.sandbox.control('requests?limit=1000')) as
      LoggedRequest[] | { requests: LoggedRequest[] };
    const creates = (Array.isArray(log) ? log : log.requests).filter(
      (entry) => entry.endpoint === 'alibaba.cart.createOrder',
    );
    expect(creates.filter((entry) => entry.fault)).toHaveLength(1);
    expect(creates.at(-1)?.fault).toBeTruthy();
    await openPage(app, 'Orders');
    await app.getByRole('button', { name: 'Refresh orders' }).click();
    await app.getByRole('searchbox', { name: 'Search orders' }).fill(ids[0]!);
    await expect(app.getByTestId('orders-count')).toHaveText('Orders shown: 1');
  } finally {
    await shell.sandbox.control('faults', {});
  }
});
