import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../../src/main/batch/read-table';
import { offerId, startFakePandapon, type FakePandapon } from '../../fixtures/batch/fake-pandapon';
import { ADDRESS, batchServiceOn, openTestDb } from '../../fixtures/batch/harness';

let server: FakePandapon;
let dir: string;
beforeAll(async () => {
  server = await startFakePandapon();
  dir = mkdtempSync(join(tmpdir(), 'ppd-batch-unit-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

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
    await expect(readTable({ name: 'x.xlsx', base64: b64('PK not really') })).rejects.toThrow(/XLSX/);
  });
});

describe('importing and fixing lines', () => {
  it('remembers the mapping of a file layout for the next import', async () => {
    const db = openTestDb(join(dir, 'layout.sqlite'));
    const service = batchServiceOn(db, server.url);
    const text = `Thing\tHow many\tRef\n${offerId(1, 1)}\t2\tA1`;
    const first = await service.inspect({ name: 'p', text });
    expect(first.mappingSaved).toBe(false);
    await service.importRows({ name: 'p', text }, { product: 0, quantity: 1, customerRef: 2 });
    const second = await service.inspect({ name: 'p', text });
    expect(second).toMatchObject({ mappingSaved: true, mapping: { product: 0, quantity: 1, customerRef: 2 } });
    db.close();
  });

  it('parks an ambiguous spec and resolves it once the user chooses', async () => {
    const db = openTestDb(join(dir, 'fix.sqlite'));
    const service = batchServiceOn(db, server.url);
    const text = `商品\t规格\t数量\n${offerId(2, 2)}\t颜色:红色\t3\n${offerId(2, 3)}\t蓝色 M\t1`;
    const { batchId } = await service.importRows({ name: 'p', text }, undefined);
    const [ambiguous, fine] = service.lines(batchId);
    expect(ambiguous).toMatchObject({ state: 'needs_attention', reason: 'sku_ambiguous' });
    expect(ambiguous!.candidates.map((choice) => choice.label)).toEqual(['颜色:红色;尺码:M', '颜色:红色;尺码:L']);
    expect(fine).toMatchObject({ state: 'ready' });

    const fixed = await service.editLine(batchId, ambiguous!.lineNo, { skuId: ambiguous!.candidates[1]!.skuId });
    expect(fixed).toMatchObject({ state: 'ready', skuLabel: '颜色:红色;尺码:L' });
    service.setAddress(batchId, ADDRESS);
    const preview = await service.preview(batchId);
    expect(preview.sellers).toHaveLength(1);
    expect(preview.sellers[0]!.lineNos).toHaveLength(2);
    db.close();
  });

  it('refuses to submit before a preview, so prices are always confirmed', async () => {
    const db = openTestDb(join(dir, 'nopreview.sqlite'));
    const service = batchServiceOn(db, server.url);
    const { batchId } = await service.importRows({ name: 'p', text: `商品\t数量\n${offerId(3, 1)}\t1` }, undefined);
    await expect(service.submit(batchId)).rejects.toMatchObject({ code: 'conflict' });
    expect(server.orders.filter((order) => order.offerMapId === offerId(3, 1))).toHaveLength(0);
    db.close();
  });
});
