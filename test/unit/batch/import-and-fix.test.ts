import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../../src/main/batch/read-table';
import type { RunningSandbox } from '../../../src/sandbox';
import { DEFAULT_SEED, generateCatalogue } from '../../../src/sandbox/generator/catalogue';
import { skuProperties, skusOf } from '../../../src/sandbox/generator/skus';
import {
  ADDRESS,
  batchClient,
  batchServiceOn,
  openBatchStore,
  sandboxOrders,
  startBatchSandbox,
  TEST_CATALOGUE,
} from '../../fixtures/batch/harness';

let sandbox: RunningSandbox;
let dir: string;
beforeAll(async () => {
  sandbox = await startBatchSandbox();
  dir = mkdtempSync(join(tmpdir(), 'ppd-batch-unit-'));
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Two offers of one seller with colours in several sizes, orderable one piece at a time. */
function twoOffersOfOneSeller() {
  const catalogue = generateCatalogue(DEFAULT_SEED, TEST_CATALOGUE);
  const sized = catalogue.offers.filter((offer) => offer.sizes.length > 1 && offer.moq === 1);
  for (const first of sized) {
    const second = sized.find(
      (other) => other !== first && other.sellerIndex === first.sellerIndex,
    );
    if (second) return [first, second] as const;
  }
  throw new Error('no seller with two sized offers');
}
const text = (sku: ReturnType<typeof skusOf>[number]) =>
  skuProperties(sku)
    .map((property) => `${property.name}:${property.value}`)
    .join(';');

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('reading spreadsheets', () => {
  it('reads an XLSX sheet, taking the link behind a linked cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('orders');
    sheet.addRow(['商品链接', '数量']);
    sheet.addRow([{ text: '点击查看', hyperlink: 'https://detail.1688.com/offer/123456.html' }, 2]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const table = await readTable({ name: 'orders.xlsx', base64: bytes.toString('base64') });
    expect(table.headers).toEqual(['商品链接', '数量']);
    expect(table.rows).toEqual([['https://detail.1688.com/offer/123456.html', '2']]);
  });

  it('names the row of a damaged CSV instead of crashing', async () => {
    await expect(readTable({ name: 'x.csv', base64: b64('a,b\n"1,2\n') })).rejects.toMatchObject({
      code: 'bad_input',
    });
  });

  it('says plainly when a file is not a workbook', async () => {
    await expect(readTable({ name: 'x.xlsx', base64: b64('PK not really') })).rejects.toThrow(
      /XLSX/,
    );
  });
});

describe('importing and fixing lines', () => {
  it('remembers the mapping of a file layout for the next import', async () => {
    const store = openBatchStore(join(dir, 'layout.sqlite'));
    const { service } = batchServiceOn(store, sandbox);
    const [offer] = twoOffersOfOneSeller();
    const pasted = `Thing\tHow many\tRef\n${offer.mapId}\t2\tA1`;
    const first = await service.inspect({ name: 'p', text: pasted });
    expect(first.mappingSaved).toBe(false);
    await service.importRows(
      { name: 'p', text: pasted },
      { product: 0, quantity: 1, customerRef: 2 },
    );
    const second = await service.inspect({ name: 'p', text: pasted });
    expect(second).toMatchObject({
      mappingSaved: true,
      mapping: { product: 0, quantity: 1, customerRef: 2 },
    });
    store.close();
  });

  it('parks an ambiguous spec and resolves it once the user chooses', async () => {
    const store = openBatchStore(join(dir, 'fix.sqlite'));
    const { service } = batchServiceOn(store, sandbox);
    const [offer, other] = twoOffersOfOneSeller();
    const [firstSku] = skusOf(offer);
    const colourOnly = `颜色:${skuProperties(firstSku!)[0]!.value}`;
    const sameColour = skusOf(offer).filter((sku) => sku.colourIndex === firstSku!.colourIndex);
    const pasted = `商品\t规格\t数量\n${offer.mapId}\t${colourOnly}\t3\n${other.mapId}\t${text(skusOf(other)[0]!)}\t1`;
    const { batchId } = await service.importRows({ name: 'p', text: pasted }, undefined);
    const [ambiguous, fine] = service.lines(batchId);
    expect(ambiguous).toMatchObject({ state: 'needs_attention', reason: 'sku_ambiguous' });
    expect(ambiguous!.candidates.map((choice) => choice.label)).toEqual(sameColour.map(text));
    expect(fine).toMatchObject({ state: 'ready' });

    const fixed = await service.editLine(batchId, ambiguous!.lineNo, {
      skuId: ambiguous!.candidates[1]!.skuId,
    });
    expect(fixed).toMatchObject({ state: 'ready', skuLabel: text(sameColour[1]!) });
    service.setAddress(batchId, ADDRESS);
    const preview = await service.preview(batchId);
    expect(preview.sellers).toHaveLength(1);
    expect(preview.sellers[0]!.lineNos).toHaveLength(2);
    store.close();
  });

  it('refuses to submit before a preview, so prices are always confirmed', async () => {
    const store = openBatchStore(join(dir, 'nopreview.sqlite'));
    const { service } = batchServiceOn(store, sandbox);
    const [offer] = twoOffersOfOneSeller();
    const { batchId } = await service.importRows(
      { name: 'p', text: `商品\t规格\t数量\n${offer.mapId}\t${text(skusOf(offer)[0]!)}\t1` },
      undefined,
    );
    await expect(service.submit(batchId)).rejects.toMatchObject({ code: 'conflict' });
    expect(await sandboxOrders(batchClient(sandbox))).toEqual([]);
    store.close();
  });
});
