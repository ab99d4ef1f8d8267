import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox';
import {
  ADDRESS,
  batchClient,
  batchServiceOn,
  lineOfRemark,
  openBatchStore,
  sandboxOrders,
  spreadsheet,
  startBatchSandbox,
} from '../../fixtures/batch/harness';

let sandbox: RunningSandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startBatchSandbox();
  dir = mkdtempSync(join(tmpdir(), 'ppd-batch-'));
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a 500-line batch across 40 sellers against the sandbox with faults', () => {
  it('creates exactly one order per valid line and reports every invalid line', async () => {
    const store = openBatchStore(join(dir, 'store.sqlite'));
    const { service } = batchServiceOn(store, sandbox);
    const { csv, bad } = spreadsheet(500, 40);
    const source = { name: 'orders.csv', base64: Buffer.from(csv).toString('base64') };

    // Faults from the first call: 5% server errors and 5% 429s everywhere, and 5% of creates
    // lose their answer after the order was made.
    sandbox.control.setFaults({
      seed: 7,
      all: {
        errorRate: 0.05,
        rateLimitRate: 0.05,
        retryAfterSeconds: 1,
        latencyMs: { min: 1, max: 8 },
      },
      endpoints: {
        'alibaba.order.batchCreate': {
          errorRate: 0.05,
          rateLimitRate: 0.05,
          retryAfterSeconds: 1,
          lostResponseRate: 0.05,
        },
      },
    });

    const imported = await service.importRows(source, undefined);
    const batchId = imported.batchId;
    expect(imported.added).toBe(500);
    const again = await service.importRows(source, undefined, batchId);
    expect(again).toMatchObject({ added: 0, duplicates: 500 });
    // A product read that failed even after the client's retries is looked up again.
    for (let round = 0; round < 3; round++) await service.retryLookups(batchId);

    service.setAddress(batchId, ADDRESS);
    const preview = await service.preview(batchId);
    expect(preview.sellers).toHaveLength(40);
    expect(preview.sellers.every((seller) => seller.ok)).toBe(true);
    expect(preview.totalFen).toBe(preview.goodsFen + preview.freightFen);
    expect(preview.freightFen).toBeGreaterThan(0);

    const submitted = await service.submit(batchId);
    expect(submitted).toEqual({ queued: 500 - bad.length, reconfirm: 0 });
    await service.runner.idle();

    const log = sandbox.control.requests();
    const faultsSeen = new Set(log.map((entry) => entry.fault).filter(Boolean));
    expect([...faultsSeen].sort()).toEqual(['error', 'lost-response', 'rate-limited']);
    sandbox.control.setFaults({});

    const lines = service.lines(batchId);
    const attention = lines.filter((line) => line.state === 'needs_attention');
    expect(attention.map((line) => line.rowNumber).sort((a, b) => a - b)).toEqual(bad);
    expect(new Set(attention.map((line) => line.reason))).toEqual(
      new Set(['sku_not_found', 'bad_row', 'bad_link', 'product_not_found']),
    );

    const created = lines.filter((line) => line.state === 'created');
    expect(created).toHaveLength(500 - bad.length);
    const batchRef = service.summary(batchId).clientRef;
    const orders = await sandboxOrders(batchClient(sandbox));
    const ordersPerLine = new Map<string, number>();
    for (const order of orders) {
      const lineNo = lineOfRemark(batchRef, order.remark) ?? 'foreign';
      ordersPerLine.set(lineNo, (ordersPerLine.get(lineNo) ?? 0) + 1);
    }
    expect(ordersPerLine.has('foreign')).toBe(false);
    expect(ordersPerLine.size).toBe(created.length);
    expect([...ordersPerLine.values()].filter((count) => count !== 1)).toEqual([]);
    const orderIds = new Set(orders.map((order) => order.id));
    expect(created.every((line) => orderIds.has(line.orderId!))).toBe(true);
    expect(service.summary(batchId).state).toBe('done');
    store.close();
  }, 120_000);
});
