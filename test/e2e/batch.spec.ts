import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCatalogue } from '../../src/sandbox/generator/catalogue';
import { skuProperties, skusOf } from '../../src/sandbox/generator/skus';
import { expect, screenshot, test } from './fixtures';

/**
 * The batch flow through the UI on the Demo profile: import a spreadsheet file, fix the line that
 * needs attention, preview per seller, submit, watch progress, export the results. Products come
 * from the sandbox's own deterministic catalogue, so the links are real Demo products.
 */
function demoSpreadsheet(): string {
  const catalogue = generateCatalogue();
  const offers = catalogue.offers
    .filter((offer) => offer.moq <= 2 && offer.sizes.length > 1 && offer.stock > 50)
    .slice(0, 3);
  const rows = ['商品链接,规格,数量,客户单号,备注'];
  offers.forEach((offer, index) => {
    const sku = skusOf(offer)[0]!;
    const properties = skuProperties(sku);
    // The second line names only the colour: several sizes fit, so it needs attention.
    const text =
      index === 1
        ? `${properties[0]!.name}:${properties[0]!.value}`
        : properties.map((property) => `${property.name}:${property.value}`).join(';');
    rows.push(`https://detail.1688.com/offer/${offer.numericId}.html,${text},2,E2E-${index},e2e`);
  });
  return rows.join('\n');
}

test('a spreadsheet becomes orders: import, fix, preview, submit, export', async ({ app }) => {
  const dir = join('test-results', 'batch');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'orders.csv');
  writeFileSync(file, demoSpreadsheet());

  await app.getByRole('link', { name: 'Batches' }).click();
  await app.locator('input[type=file]').setInputFiles(file);
  await expect(app.getByText('3 rows, 5 columns')).toBeVisible();
  await app.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(app.getByText('3 lines added, 0 already in the batch')).toBeVisible();
  await expect(app.getByText('Several specs fit: choose one')).toBeVisible();
  await screenshot(app, 'batch-import-en');

  await app.getByRole('button', { name: 'Fix line 3' }).click();
  await app.getByRole('textbox', { name: 'Choose the spec' }).click();
  await app.getByRole('option').first().click();
  await app.getByRole('button', { name: 'Save and check again' }).click();
  await expect(app.getByText('Several specs fit: choose one')).toHaveCount(0);

  for (const [label, value] of [
    ['Recipient', 'Zhang San'],
    ['Mobile', '18600000000'],
    ['Province', '浙江省'],
    ['City', '杭州市'],
    ['District', '西湖区'],
    ['Street address', '转塘街道 1 号'],
  ] as const) {
    await app.getByRole('textbox', { name: label, exact: true }).fill(value);
  }
  await app.getByRole('button', { name: 'Save address' }).click();
  await app.getByRole('button', { name: 'Preview per seller' }).click();
  await expect(app.getByTestId('batch-grand-total')).toContainText(/\d/);
  await screenshot(app, 'batch-preview-en');

  await app.getByRole('button', { name: /Confirm these prices and submit 3 lines/ }).click();
  await expect(app.getByTestId('batch-progress-text')).toHaveText('3 of 3 lines settled', { timeout: 30_000 });
  await expect(app.getByTestId('batch-count-created')).toContainText('3');

  await app.getByRole('button', { name: 'Export results (CSV)' }).click();
  const download = app.getByTestId('batch-download');
  await expect(download).toHaveAttribute('download', /results\.csv$/);
  await screenshot(app, 'batch-results-en');

  const navLabels = { 'zh-CN': '批量下单', th: 'สั่งซื้อเป็นชุด' } as const;
  for (const [language, label] of Object.entries(navLabels)) {
    await app.evaluate((code) => localStorage.setItem('pandapon-desk.language', code), language);
    await app.reload();
    await app.getByRole('link', { name: label }).click();
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
    await screenshot(app, `batch-${language}`);
  }
});
