import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchPorts } from '../../../src/main/batch/ports';
import type { RunningSandbox } from '../../../src/sandbox';
import {
  ADDRESS,
  batchClient,
  batchServiceOn,
  openBatchStore,
  spreadsheet,
  startBatchSandbox,
} from '../../fixtures/batch/harness';

let sandbox: RunningSandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startBatchSandbox();
  dir = mkdtempSync(join(tmpdir(), 'ppd-batch-pay-'));
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The sandbox has no way to change a product's price (its catalogue is generated and fixed), so
 * this test raises one seller's prices by 1 yuan in what the runner reads after the preview: the
 * seller's quote and its product details. Everything else (the quotes themselves, creates,
 * payment, the order list) is the sandbox's own.
 */
function raisePricesOf(sellerId: () => string | null) {
  return (ports: BatchPorts): BatchPorts => ({
    ...ports,
    async quoteSeller(platform, address, cargo) {
      const quote = await ports.quoteSeller(platform, address, cargo);
      if (cargo[0]?.sellerId !== sellerId()) return quote;
      const pieces = cargo.reduce((sum, line) => sum + line.quantity, 0);
      return { ...quote, goodsFen: quote.goodsFen + 100 * pieces };
    },
    async readProduct(platform, id, options) {
      const product = await ports.readProduct(platform, id, options);
      if (!options?.fresh || product.sellerId !== sellerId()) return product;
      return {
        ...product,
        skus: product.skus.map((sku) => ({ ...sku, priceFen: sku.priceFen + 100 })),
      };
    },
  });
}

async function statusOf(orderId: string): Promise<string> {
  const answer = await batchClient(sandbox).call('alibaba.order.page', { orderId });
  return (answer as { data: { baseInfo: { status: string } }[] }).data[0]!.baseInfo.status;
}

describe('a seller whose price changes after the preview', () => {
  it('is held for re-confirmation while the others are ordered, paid, then ordered at the new price', async () => {
    let changedSeller: string | null = null;
    const store = openBatchStore(join(dir, 'store.sqlite'));
    const { service } = batchServiceOn(store, sandbox, {
      adjustPorts: raisePricesOf(() => changedSeller),
    });
    const { csv } = spreadsheet(7, 3);
    const { batchId } = await service.importRows(
      { name: 'small.csv', base64: Buffer.from(csv).toString('base64') },
      undefined,
    );
    service.setAddress(batchId, ADDRESS);
    const preview = await service.preview(batchId);
    expect(preview.sellers).toHaveLength(3);

    const before = new Map(service.lines(batchId).map((line) => [line.lineNo, line.unitPriceFen]));
    const held = preview.sellers[1]!;
    changedSeller = held.sellerId;
    const submitted = await service.submit(batchId);
    expect(submitted).toEqual({ queued: 7 - held.lineNos.length, reconfirm: held.lineNos.length });
    await service.runner.idle();

    const lines = service.lines(batchId);
    const heldLines = lines.filter((line) => held.lineNos.includes(line.lineNo));
    expect(
      heldLines.every((line) => line.state === 'reconfirm' && line.reason === 'price_changed'),
    ).toBe(true);
    const created = lines.filter((line) => line.state === 'created');
    expect(created).toHaveLength(7 - held.lineNos.length);
    expect(service.summary(batchId).state).toBe('done');

    // One order per seller: the lines of a seller share theirs.
    const ordered = new Set(created.map((line) => line.orderId));
    expect(ordered.size).toBe(2);

    // Payment is its own step: it pays exactly the orders created so far, once.
    const paid = await service.pay(batchId);
    expect(paid).toMatchObject({ orderIds: 2, outcome: 'created' });
    for (const line of created) expect(await statusOf(line.orderId!)).toBe('waitsellersend');
    await expect(service.pay(batchId)).rejects.toThrow(/submitted for payment already/);

    // The held seller is previewed again at its new price and ordered after confirmation.
    const again = await service.preview(batchId);
    expect(again.sellers.map((seller) => seller.sellerId)).toEqual([held.sellerId]);
    const repriced = service.lines(batchId).filter((line) => held.lineNos.includes(line.lineNo));
    expect(repriced.every((line) => line.unitPriceFen === before.get(line.lineNo)! + 100)).toBe(
      true,
    );
    expect(await service.submit(batchId)).toEqual({ queued: held.lineNos.length, reconfirm: 0 });
    await service.runner.idle();
    expect(service.summary(batchId).counts.created).toBe(7);

    const second = await service.pay(batchId);
    expect(second).toMatchObject({ orderIds: 1, outcome: 'created' });
    expect(service.paidCount(batchId)).toBe(3);
    store.close();
  });
});
