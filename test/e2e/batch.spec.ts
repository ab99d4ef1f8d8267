import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateCatalogue } from '../../src/sandbox/generator/catalogue';
import { skuProperties, skusOf } from '../../src/sandbox/generator/skus';
import type { Product } from '../../src/sandbox/generator/types';
import { expect, screenshot, test } from './fixtures';

/**
 * The batch flow through the UI on the Demo profile, as an agent works it: import an XLSX file,
 * import it again (nothing doubles), fix the line that needs attention, preview per seller with
 * the grand total in yuan and the display currency, submit and watch the progress, submit the
 * orders for payment as its own step, export the results. Products come from the sandbox's own
 * deterministic catalogue, so the links are real Demo products.
 */
const DIR = join('test-results', 'batch');

/** Two sellers with two orderable sized offers each. */
function demoOffers(): Product[] {
  const catalogue = generateCatalogue();
  const fit = catalogue.offers.filter(
    (offer) => offer.moq <= 2 && offer.sizes.length > 1 && skusOf(offer)[0]!.stock > 20,
  );
  const bySeller = new Map<number, Product[]>();
  for (const offer of fit)
    bySeller.set(offer.sellerIndex, [...(bySeller.get(offer.sellerIndex) ?? []), offer]);
  return [...bySeller.values()]
    .filter((offers) => offers.length >= 2)
    .slice(0, 2)
    .flatMap((offers) => offers.slice(0, 2));
}

/** A Taobao item of the Demo shop with sizes and stock for a few batches. */
function demoItem(): Product {
  return generateCatalogue().items.find(
    (item) => item.moq <= 2 && item.sizes.length > 1 && skusOf(item)[0]!.stock > 20,
  )!;
}

/**
 * The rows of a spreadsheet: four 1688 lines (the second names only the colour, so it needs
 * attention) and a Taobao line by its item link and Chinese SKU text.
 */
function orderRows(prefix: string): string[][] {
  const item = demoItem();
  const taobao = [
    `https://item.taobao.com/item.htm?id=${item.numericId}`,
    skuProperties(skusOf(item)[0]!)
      .map((property) => `${property.name}:${property.value}`)
      .join(';'),
    '2',
    `${prefix}-TB`,
    'e2e',
  ];
  return [...alibabaRows(prefix), taobao];
}

function alibabaRows(prefix: string): string[][] {
  return demoOffers().map((offer, index) => {
    const properties = skuProperties(skusOf(offer)[0]!);
    const spec =
      index === 1
        ? `${properties[0]!.name}:${properties[0]!.value}`
        : properties.map((property) => `${property.name}:${property.value}`).join(';');
    return [
      `https://detail.1688.com/offer/${offer.numericId}.html`,
      spec,
      '2',
      `${prefix}-${index}`,
      'e2e',
    ];
  });
}

async function writeXlsx(name: string, rows: string[][]): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('订单');
  sheet.addRow(['商品链接', '规格', '数量', '客户单号', '备注']);
  for (const row of rows) sheet.addRow(row);
  const file = join(DIR, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function openPage(app: Page, name: string) {
  await app
    .getByRole('navigation', { name: /Main|主|หลัก/ })
    .getByRole('button', { name })
    .click();
}

async function importFile(app: Page, file: string, rows: number) {
  await app.locator('input[type=file]').setInputFiles(file);
  await expect(app.getByText(`${rows} rows, 5 columns`)).toBeVisible();
  await app.getByRole('button', { name: `Import ${rows} rows` }).click();
}

async function fillAddress(app: Page) {
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
  await expect(app.getByText('Address saved')).toBeVisible();
}

async function chooseThaiBaht(app: Page) {
  await app.getByRole('button', { name: 'Settings', exact: true }).click();
  const section = app.getByRole('region', { name: 'Display currency' });
  await section.getByRole('combobox', { name: 'Currency' }).click();
  await app.getByRole('option', { name: 'THB' }).click();
  await section.getByRole('textbox', { name: 'Units of THB for ¥1' }).fill('4.95');
  await section.getByRole('button', { name: 'Save currency' }).click();
  await expect(section.getByTestId('saved-rate')).toContainText('4.95');
}

async function downloadOf(app: Page, button: string, suffix: RegExp): Promise<Buffer> {
  await app.getByRole('button', { name: button }).click();
  const link = app.getByTestId('batch-download');
  await expect(link).toHaveAttribute('download', suffix);
  const [download] = await Promise.all([app.waitForEvent('download'), link.click()]);
  return readFileSync(await download.path());
}

test('a spreadsheet becomes paid orders: import, fix, preview, submit, pay, export', async ({
  app,
  shell,
}) => {
  test.setTimeout(180_000);
  await chooseThaiBaht(app);
  const file = await writeXlsx('orders.xlsx', orderRows('E2E'));

  // Import, then the same file again: the customer references are already in the batch.
  await openPage(app, 'Batches');
  await importFile(app, file, 5);
  await expect(app.getByText('5 lines added, 0 already in the batch')).toBeVisible();
  await expect(app.getByText('Several specs fit: choose one')).toBeVisible();
  await importFile(app, file, 5);
  await expect(app.getByText('0 lines added, 5 already in the batch')).toBeVisible();
  await expect(app.getByRole('table', { name: 'Lines' }).getByRole('row')).toHaveCount(6);
  // The Taobao line is resolved like the others; in English its title is the translation.
  const taobaoLine = app.getByTestId('batch-line-5');
  await expect(taobaoLine).toContainText('Taobao');
  await expect(taobaoLine).toContainText(demoItem().subjectTrans);
  await expect(taobaoLine).toContainText('Ready');
  await screenshot(app, 'batch-import-en');

  // Fix the line in place: choose the spec among those that fit.
  await app.getByRole('button', { name: 'Fix line 3' }).click();
  await app
    .getByRole('combobox', { name: 'Choose the spec' })
    .or(app.getByRole('textbox', { name: 'Choose the spec' }))
    .click();
  await app.getByRole('option').first().click();
  await screenshot(app, 'batch-fix-en');
  await app.getByRole('button', { name: 'Save and check again' }).click();
  await expect(app.getByText('Several specs fit: choose one')).toHaveCount(0);
  await expect(app.getByText('Ready', { exact: true })).toHaveCount(5);

  // Preview: one row per seller (two 1688 sellers and the Taobao shop, quoted by the Taobao cart
  // preview) with freight, the grand total in yuan and in baht.
  await fillAddress(app);
  await app.getByRole('button', { name: 'Preview per seller' }).click();
  const preview = app.getByRole('table', { name: 'Preview' });
  await expect(preview.locator('tbody tr')).toHaveCount(3);
  await expect(app.getByTestId('batch-grand-total')).toContainText('¥');
  await expect(app.getByTestId('batch-grand-total-converted')).toContainText(/THB|฿/);
  await expect(app.getByTestId('batch-grand-total-converted')).toContainText('1 CNY = 4.95 THB');
  await screenshot(app, 'batch-preview-en');

  // Submit on a slow line, so the progress is seen moving.
  await shell.sandbox.control('faults', {
    endpoints: { 'alibaba.order.batchCreate': { latencyMs: 1_500 } },
  });
  await app.getByRole('button', { name: /Confirm these prices and submit 5 lines/ }).click();
  // Part-way: the lines are still going out (the bar is empty, so it is only attached).
  await expect(app.getByTestId('batch-progress-text')).toHaveText(/^[0-4] of 5 lines settled$/);
  await expect(app.getByRole('progressbar', { name: 'Batch progress' })).toBeAttached();
  await expect(app.getByTestId('batch-count-sending')).toContainText(/[1-4]/);
  await screenshot(app, 'batch-progress-en');
  await expect(app.getByTestId('batch-progress-text')).toHaveText('5 of 5 lines settled', {
    timeout: 60_000,
  });
  await shell.sandbox.control('faults', {});
  await expect(app.getByTestId('batch-count-created')).toContainText('5');
  await expect(taobaoLine).toContainText('Ordered');
  // Its detail cell names the Taobao order it went into.
  await expect(taobaoLine.getByRole('cell').nth(5)).toHaveText(/^2\d{12}$/);
  const creates = (
    (await shell.sandbox.control('requests?endpoint=alibaba.order.batchCreate')) as {
      requests: { ms: number; httpStatus: number }[];
    }
  ).requests;
  // One create per 1688 seller (two), each holding that seller's lines, as previewed.
  expect(creates).toHaveLength(2);
  expect(creates.every((entry) => entry.ms >= 1_500 && entry.httpStatus === 200)).toBe(true);
  // The Taobao line went out once, as a Taobao order carrying the batch's reference.
  const requestsOf = async (endpoint: string) =>
    (
      (await shell.sandbox.control(`requests?endpoint=${endpoint}`)) as {
        requests: { httpStatus: number }[];
      }
    ).requests;
  const taobaoCreates = await requestsOf('taobao.order.create');
  expect(taobaoCreates.map((entry) => entry.httpStatus)).toEqual([200]);

  // Nothing is paid until the agent says so; then one payment submission per platform.
  const payments = async () =>
    (await requestsOf('alibaba.order.batchSubmitToPay')).length +
    (await requestsOf('taobao.order.pay')).length;
  expect(await payments()).toBe(0);
  await expect(app.getByText('Payment is not automatic')).toBeVisible();
  // Three orders: one per 1688 seller and the Taobao shop's.
  await app.getByRole('button', { name: 'Submit 3 created orders for payment' }).click();
  await expect(app.getByTestId('batch-paid')).toHaveText('Payment submitted for 3 orders');
  await expect(app.getByRole('button', { name: /created orders for payment/ })).toHaveCount(0);
  expect(await requestsOf('alibaba.order.batchSubmitToPay')).toHaveLength(1);
  expect((await requestsOf('taobao.order.pay')).map((entry) => entry.httpStatus)).toEqual([200]);

  // Export: the CSV names every order; the XLSX opens as a workbook with a row per line.
  const csv = (await downloadOf(app, 'Export results (CSV)', /results\.csv$/)).toString('utf8');
  for (const ref of ['E2E-0', 'E2E-1', 'E2E-2', 'E2E-3', 'E2E-TB']) expect(csv).toContain(ref);
  expect(csv.match(/\b3\d{15}\b/g)?.length).toBeGreaterThanOrEqual(4);
  expect(csv).toMatch(/E2E-TB.*\b2\d{12}\b/);
  const xlsx = await downloadOf(app, 'Export results (XLSX)', /results\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  expect(workbook.worksheets[0]!.rowCount).toBe(6);
  await screenshot(app, 'batch-results-en');
});

test('the batch page in Chinese and Thai: import, preview, results', async ({ app }) => {
  test.setTimeout(120_000);
  const labels = {
    'zh-CN': {
      nav: '批量下单',
      import: '导入 5 行',
      address: ['收货人', '手机', '省份', '城市', '区县', '详细地址', '保存地址'],
      preview: '按卖家预览',
      submit: '确认价格并提交 4 行',
      settled: '已处理 4 / 4 行',
    },
    th: {
      nav: 'สั่งซื้อเป็นชุด',
      import: 'นำเข้า 5 แถว',
      address: ['ผู้รับ', 'มือถือ', 'มณฑล', 'เมือง', 'เขต', 'ที่อยู่', 'บันทึกที่อยู่'],
      preview: 'ดูตัวอย่างตามผู้ขาย',
      submit: 'ยืนยันราคาและส่ง 4 รายการ',
      settled: 'เสร็จ 4 จาก 4 รายการ',
    },
  } as const;
  const values = ['张三', '18600000000', '浙江省', '杭州市', '西湖区', '转塘街道 1 号'];
  for (const [language, label] of Object.entries(labels)) {
    await app.evaluate((code) => localStorage.setItem('pandapon-desk.language', code), language);
    await app.reload();
    await openPage(app, label.nav);
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(label.nav);

    const file = await writeXlsx(`orders-${language}.xlsx`, orderRows(`E2E-${language}`));
    await app.locator('input[type=file]').setInputFiles(file);
    await app.getByRole('button', { name: label.import }).click();
    await expect(app.locator('[data-testid^=batch-line-]')).toHaveCount(5);
    // Chinese readers see the Taobao item's original title; Thai readers the translation.
    await expect(app.getByTestId('batch-line-5')).toContainText(
      language === 'zh-CN' ? demoItem().subject : demoItem().subjectTrans,
    );
    await screenshot(app, `batch-import-${language}`);

    for (let index = 0; index < values.length; index++) {
      await app
        .getByRole('textbox', { name: label.address[index], exact: true })
        .fill(values[index]!);
    }
    await app.getByRole('button', { name: label.address[6] }).click();
    await app.getByRole('button', { name: label.preview }).click();
    await expect(app.getByTestId('batch-grand-total')).toContainText(/\d/);
    await screenshot(app, `batch-preview-${language}`);

    // The line that still needs attention stays behind; the other four are ordered.
    await app.getByRole('button', { name: label.submit }).click();
    await expect(app.getByTestId('batch-progress-text')).toHaveText(label.settled, {
      timeout: 30_000,
    });
    await screenshot(app, `batch-results-${language}`);
  }
});
