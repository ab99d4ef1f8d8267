import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Steps the shopping and order specs share: from a keyword to a placed order, as a user does. */

export async function openPage(app: Page, name: 'Search' | 'Carts' | 'Orders') {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
}

/** Searches 1688 for a keyword and adds the `index`-th result to the cart at its minimum. */
export async function addToCart(app: Page, keyword: string, index = 0) {
  await openPage(app, 'Search');
  const box = app.getByRole('searchbox', { name: 'Search' });
  await box.fill(keyword);
  await box.press('Enter');
  const result = app.getByRole('list', { name: 'Search results' }).getByRole('listitem').nth(index);
  await result
    .getByRole('button', { name: /^Open / })
    .first()
    .click();
  await expect(app.getByRole('button', { name: 'Add to cart' })).toBeVisible();

  // Every option chosen; a sold-out combination is skipped for the next one, as a user would.
  const groups = app.getByRole('radiogroup');
  const count = await groups.count();
  for (let group = 0; group < count - 1; group += 1) {
    await groups.nth(group).locator('label').first().click();
  }
  const soldOut = async () => (await app.getByTestId('stock').textContent())?.includes('Sold out');
  if (count > 0) {
    const first = groups.nth(0).locator('label');
    const last = groups.nth(count - 1).locator('label');
    search: for (let a = 0; a < (count > 1 ? await first.count() : 1); a += 1) {
      if (count > 1) await first.nth(a).click();
      for (let b = 0; b < (await last.count()); b += 1) {
        await last.nth(b).click();
        if (!(await soldOut())) break search;
      }
    }
  }
  if (await soldOut())
    throw new Error(`Every option of result ${index} for ${keyword} is sold out.`);
  const title = (await app.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await app.getByRole('button', { name: 'Add to cart' }).click();
  await expect(app.getByText('Added to the 1688 cart.')).toBeVisible();
  return title;
}

/** Opens the 1688 cart, ticks every line and goes to checkout with a shipping address chosen. */
export async function checkOutEverything(app: Page) {
  await openPage(app, 'Carts');
  await expect(app.getByRole('tab', { name: /1688 cart/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await app.getByRole('checkbox', { name: 'Select all' }).check();
  await app.getByRole('button', { name: 'Check out selected' }).click();
  await expect(app.getByRole('heading', { name: 'Checkout', level: 1 })).toBeVisible();

  const noAddress = app.getByText('No shipping address yet');
  const firstAddress = app.getByRole('radio').first();
  await expect(noAddress.or(firstAddress)).toBeVisible();
  if (await noAddress.isVisible()) {
    await app.getByRole('button', { name: 'Add an address' }).click();
    const form = app.getByRole('dialog', { name: 'New shipping address' });
    await form.getByRole('textbox', { name: 'Recipient' }).fill('Li Wei');
    await form.getByRole('textbox', { name: 'Phone' }).fill('13800138000');
    await form.getByRole('textbox', { name: 'Province' }).fill('浙江省');
    await form.getByRole('textbox', { name: 'City' }).fill('杭州市');
    await form.getByRole('textbox', { name: 'District' }).fill('余杭区');
    await form.getByRole('textbox', { name: 'Street address' }).fill('仓前街道 1 号 PandaPon 仓库');
    await form.getByRole('button', { name: 'Save address' }).click();
    await expect(form).toBeHidden();
  }
  await expect(app.getByTestId('checkout-totals')).toBeVisible();
}

/** Places the order with one press and answers the ids the checkout shows. */
export async function placeOrder(app: Page): Promise<string[]> {
  await app.getByRole('button', { name: 'Place order' }).click();
  return placedOrderIds(app);
}

export async function placedOrderIds(app: Page): Promise<string[]> {
  const placed = app.getByTestId('placed-orders');
  await expect(placed).toBeVisible({ timeout: 20_000 });
  const texts = await placed.getByRole('button', { name: /^Order / }).allTextContents();
  return texts.map((text) => text.replace(/^Order /, '').trim());
}

/** Opens Orders, asks PandaPon for the latest and opens one order. */
export async function openOrder(app: Page, orderId: string) {
  await openPage(app, 'Orders');
  await app.getByRole('button', { name: 'Refresh orders' }).click();
  await app.getByRole('button', { name: `Open order ${orderId}` }).click();
  await expect(app.getByRole('heading', { name: `Order ${orderId}`, level: 1 })).toBeVisible();
}
