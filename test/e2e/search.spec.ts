import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

/** The sandbox numbers 1688 offers from 600000000000 in steps of 7919 (its generator). */
const SECOND_OFFER_ID = String(600_000_000_000 + 7_919);

async function openSearch(app: Page) {
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Search' })
    .click();
  await expect(app.getByRole('searchbox', { name: 'Search' })).toBeVisible();
}

async function searchFor(app: Page, text: string) {
  const box = app.getByRole('searchbox', { name: 'Search' });
  await box.fill(text);
  await box.press('Enter');
}

const results = (app: Page) =>
  app.getByRole('list', { name: 'Search results' }).getByRole('listitem');

test('a keyword search lists products and opens one with its options and prices', async ({
  app,
}) => {
  await openSearch(app);
  await searchFor(app, '连衣裙');
  await expect(results(app).first()).toBeVisible();
  await expect(app.getByTestId('results-count')).toContainText('products');
  const first = results(app).first();
  await expect(first.getByTestId('price-cny').first()).toContainText('¥');
  await screenshot(app, 'search-en');

  await first
    .getByRole('button', { name: /^Open / })
    .first()
    .click();
  await expect(app.getByRole('button', { name: 'Add to cart' })).toBeVisible();
  await expect(app.getByRole('heading', { level: 1 })).not.toBeEmpty();
  await expect(app.getByTestId('moq')).toContainText('Minimum order');
  await screenshot(app, 'product-en');

  // Adding without choosing the options is refused with a reason, not sent.
  const radios = app.getByRole('radiogroup');
  if ((await radios.count()) > 0 && (await app.getByText('Choose every option').count()) > 0) {
    await app.getByRole('button', { name: 'Add to cart' }).click();
    await expect(app.getByText('Choose every option first.')).toBeVisible();
  }

  await app.getByRole('button', { name: 'Back' }).click();
  await expect(results(app).first()).toBeVisible();
});

test('a pasted 1688 link inside a share text opens that product directly', async ({ app }) => {
  await openSearch(app);
  await searchFor(
    app,
    `【1688】好货推荐 https://detail.1688.com/offer/${SECOND_OFFER_ID}.html?spm=a26352 复制打开`,
  );
  await expect(app.getByRole('button', { name: 'Add to cart' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Product pictures' })).toBeVisible();
});

test('the seller of a result opens its store search', async ({ app }) => {
  await openSearch(app);
  await searchFor(app, 'dress');
  const store = results(app)
    .first()
    .getByRole('button', { name: /^Open the store of / });
  await store.click();
  await expect(app.getByRole('heading', { name: 'Seller’s store' })).toBeVisible();
  await expect(results(app).first()).toBeVisible();
  await app.getByRole('button', { name: 'Back to all products' }).click();
  await expect(app.getByRole('searchbox', { name: 'Search' })).toBeVisible();
});

test('a picture chosen from a file searches 1688 by image', async ({ app }) => {
  await openSearch(app);
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Search by image' }).click();
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
    'base64',
  );
  await (await chooser).setFiles({ name: 'sample.png', mimeType: 'image/png', buffer: png });
  await expect(app.getByText('Searching by this picture')).toBeVisible();
  await expect(results(app).first()).toBeVisible();
});

test('a file that is not a picture is refused with a reason', async ({ app }) => {
  await openSearch(app);
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Search by image' }).click();
  await (
    await chooser
  ).setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hi') });
  await expect(app.getByRole('alert')).toContainText('not a picture');
});

test('the search page speaks Chinese and Thai after a language switch', async ({ app }) => {
  await openSearch(app);
  await searchFor(app, '连衣裙');
  await expect(results(app).first()).toBeVisible();

  await app.getByRole('combobox', { name: 'Language' }).click();
  await app.getByRole('option', { name: '简体中文' }).click();
  await expect(app.getByRole('heading', { name: '搜索商品' })).toBeVisible();
  await expect(app.getByRole('list', { name: '搜索结果' })).toBeVisible();
  await screenshot(app, 'search-zh-CN');
  await app
    .getByRole('list', { name: '搜索结果' })
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: /^打开 / })
    .first()
    .click();
  await expect(app.getByRole('button', { name: '加入购物车' })).toBeVisible();
  await screenshot(app, 'product-zh-CN');

  await app.getByRole('combobox', { name: '语言' }).click();
  await app.getByRole('option', { name: 'ไทย' }).click();
  await expect(app.getByRole('button', { name: 'ใส่ตะกร้า' })).toBeVisible();
  await screenshot(app, 'product-th');
  await app.getByRole('button', { name: 'กลับ' }).click();
  await expect(app.getByRole('heading', { name: 'ค้นหาสินค้า' })).toBeVisible();
  await screenshot(app, 'search-th');

  await app.getByRole('combobox', { name: 'ภาษา' }).click();
  await app.getByRole('option', { name: 'English' }).click();
});
