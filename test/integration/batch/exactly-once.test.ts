import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePandapon, type FakePandapon } from '../../fixtures/batch/fake-pandapon';
import { ADDRESS, batchServiceOn, openTestDb, spreadsheet } from '../../fixtures/batch/harness';

let server: FakePandapon;
let dir: string;

beforeAll(async () => {
  server = await startFakePandapon();
  dir = mkdtempSync(join(tmpdir(), 'ppd-batch-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a 500-line batch across 40 sellers with faults', () => {
  it('creates exactly one order per valid line and reports every invalid line', async () => {
    const db = openTestDb(join(dir, 'store.sqlite'));
    const service = batchServiceOn(db, server.url);
    const { csv, bad } = spreadsheet(500, 40);
    const source = { name: 'orders.csv', base64: Buffer.from(csv).toString('base64') };

    const imported = await service.importRows(source, undefined);
    const batchId = imported.batchId;
    expect(imported.added).toBe(500);
    const again = await service.importRows(source, undefined, batchId);
    expect(again).toMatchObject({ added: 0, duplicates: 500 });

    service.setAddress(batchId, ADDRESS);
    const preview = await service.preview(batchId);
    expect(preview.sellers).toHaveLength(40);
    expect(preview.totalFen).toBe(preview.goodsFen + preview.freightFen);

    server.faults = { latencyMs: 2, rateLimited: 0.05, lostResponse: 0.05, serverError: 0.02 };
    const submitted = await service.submit(batchId);
    expect(submitted.queued).toBe(500 - bad.length);
    await service.runner.idle();
    server.faults = { latencyMs: 0, rateLimited: 0, lostResponse: 0, serverError: 0 };

    const lines = service.lines(batchId);
    const attention = lines.filter((line) => line.state === 'needs_attention');
    expect(attention.map((line) => line.rowNumber).sort((a, b) => a - b)).toEqual(bad);
    expect(attention.every((line) => line.reason !== null)).toBe(true);

    const created = lines.filter((line) => line.state === 'created');
    expect(created).toHaveLength(500 - bad.length);
    const batchRef = service.summary(batchId).clientRef;
    const ordersPerLine = new Map<string, number>();
    for (const order of server.orders) {
      const match = new RegExp(`${batchRef}-(\\d{5})-`).exec(order.remark);
      expect(match).not.toBeNull();
      ordersPerLine.set(match![1]!, (ordersPerLine.get(match![1]!) ?? 0) + 1);
    }
    expect(ordersPerLine.size).toBe(created.length);
    expect([...ordersPerLine.values()].every((count) => count === 1)).toBe(true);
    const orderIds = new Set(server.orders.map((order) => order.id));
    expect(created.every((line) => orderIds.has(line.orderId!))).toBe(true);
    expect(service.summary(batchId).state).toBe('done');
    db.close();
  });
});
