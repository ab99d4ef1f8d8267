import { expect, screenshot, test } from './fixtures';
import { addToCart, checkOutEverything, openOrder, placeOrder } from './shopping-steps';

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
