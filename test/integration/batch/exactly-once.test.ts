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
  orderProblems,
  sandboxOrders,
  spreadsheet,
  startBatchSandbox,
} from '../../fixtures/batch/harness';
import { taobaoMpId } from '../../../src/sandbox/goods/shapes';
import { csvOf, sandboxTaobaoOrders, taobaoCart, taobaoLines } from './taobao-sheet';

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
  it('creates one order per seller holding each valid line exactly once, charges the previewed total and reports every invalid line', async () => {
    const store = openBatchStore(join(dir, 'store.sqlite'));
    const { service } = batchServiceOn(store, sandbox);
    const { csv, bad } = spreadsheet(500, 40);
    const source = { name: 'orders.csv', base64: Buffer.from(csv).toString('base64') };

    // Faults from the first call: 5% server errors and 5% 429s everywhere, and 15% of creates
    // lose their answer after the order was made (a batch of 40 sellers sends about 40 creates,
    // so a lower rate could pass without losing a single answer).
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
          lostResponseRate: 0.15,
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
    // The sandbox's own order list is the judge: one order per seller (the batch has one
    // address), each line in exactly one order, nothing foreign.
    const batchRef = service.summary(batchId).clientRef;
    const orders = await sandboxOrders(batchClient(sandbox));
    expect(orders.filter((order) => !lineOfRemark(batchRef, order.remark))).toEqual([]);
    expect(orders).toHaveLength(40);
    expect(new Set(orders.map((order) => order.sellerId))).toEqual(
      new Set(preview.sellers.map((seller) => seller.sellerId)),
    );
    expect(orderProblems(batchRef, orders, lines)).toEqual([]);
    // What the orders charge is what the agent confirmed: each seller's freight once.
    for (const seller of preview.sellers) {
      const order = orders.find((item) => item.sellerId === seller.sellerId)!;
      expect(order.totalFen).toBe(seller.totalFen);
    }
    expect(orders.reduce((sum, order) => sum + order.totalFen, 0)).toBe(preview.totalFen);
    expect(service.createdOrders(batchId)).toHaveLength(40);
    expect(service.summary(batchId).state).toBe('done');
    store.close();
  }, 120_000);
});

describe('Taobao lines mixed into a 1688 batch, with faults', () => {
  it('creates one Taobao order per shop holding each valid line exactly once, quoted through the cart and paid as its own step', async () => {
    const own = await startBatchSandbox();
    try {
      const store = openBatchStore(join(dir, 'mixed.sqlite'));
      const { service, client } = batchServiceOn(store, own);
      const alibaba = spreadsheet(150, 12);
      const taobao = taobaoLines(60, 8);
      const csv = [alibaba.csv, csvOf(taobao.lines.map((line) => line.row)), csvOf(taobao.bad)];
      const source = { name: 'mixed.csv', base64: Buffer.from(csv.join('\n')).toString('base64') };
      const taobaoBadRows = taobao.bad.map((_, index) => 150 + 60 + index + 2);

      // The agent's own cart holds one of the batch's SKUs and one other: the quotes must leave
      // both as they were.
      const kept = taobao.lines[0]!;
      const other = taobao.lines[59]!;
      for (const line of [kept, other]) {
        await client.call('taobao.cart.add', {
          itemMapId: line.item.mapId,
          skuId: line.sku.skuId,
          mpId: taobaoMpId(line.item),
          mpSkuId: line.sku.mpSkuId,
          quantity: 1,
        });
      }
      const cartBefore = await taobaoCart(client);
      expect(cartBefore.size).toBe(2);

      own.control.setFaults({
        seed: 11,
        all: {
          errorRate: 0.05,
          rateLimitRate: 0.05,
          retryAfterSeconds: 1,
          latencyMs: { min: 1, max: 8 },
        },
        endpoints: {
          'alibaba.order.batchCreate': { lostResponseRate: 0.05, errorRate: 0.05 },
          // The first three Taobao orders are made but their answers never arrive.
          'taobao.order.create': { lostResponseRate: 1, times: 3 },
        },
      });

      const { batchId } = await service.importRows(source, undefined);
      for (let round = 0; round < 3; round++) await service.retryLookups(batchId);
      const lines = () => service.lines(batchId);
      const taobaoRefs = new Set(taobao.lines.map((line) => line.row[3]));
      const resolved = lines().filter((line) => taobaoRefs.has(line.customerRef));
      expect(resolved.every((line) => line.platform === 'taobao' && line.state === 'ready')).toBe(
        true,
      );
      // The original title, and PandaPon's translation beside it.
      expect(resolved[0]!.title).toBe(taobao.lines[0]!.item.subject);
      expect(resolved[0]!.titleTranslated).toBe(taobao.lines[0]!.item.subjectTrans);

      service.setAddress(batchId, ADDRESS);
      const preview = await service.preview(batchId);
      const shops = preview.sellers.filter((seller) => seller.platform === 'taobao');
      expect(shops).toHaveLength(8);
      expect(preview.sellers.every((seller) => seller.ok)).toBe(true);
      for (const shop of shops) {
        const goods = taobao.lines
          .filter((line) => shop.lineNos.some((no) => lines()[no - 1]!.customerRef === line.row[3]))
          .reduce((sum, line) => sum + line.sku.priceFen * line.quantity, 0);
        expect(shop.goodsFen).toBe(goods);
        expect(shop.totalFen).toBe(shop.goodsFen + shop.freightFen);
      }
      expect(await taobaoCart(client)).toEqual(cartBefore);

      const valid = 150 - alibaba.bad.length + 60;
      expect(await service.submit(batchId)).toEqual({ queued: valid, reconfirm: 0 });
      await service.runner.idle();
      const lostTaobao = own.control
        .requests()
        .filter((entry) => entry.endpoint === 'taobao.order.create' && entry.fault);
      expect(lostTaobao.map((entry) => entry.fault)).toContain('lost-response');
      // Each shop was quoted by the cart preview twice: at the preview and just before sending.
      const cartPreviews = own.control
        .requests()
        .filter((entry) => entry.endpoint === 'taobao.cart.preview' && entry.httpStatus === 200);
      expect(cartPreviews.length).toBeGreaterThanOrEqual(16);
      own.control.setFaults({});
      expect(await taobaoCart(client)).toEqual(cartBefore);

      const after = lines();
      const attention = after.filter((line) => line.state === 'needs_attention');
      expect(attention.map((line) => line.rowNumber).sort((a, b) => a - b)).toEqual([
        ...alibaba.bad,
        ...taobaoBadRows,
      ]);
      expect(attention.filter((line) => line.rowNumber > 151).map((line) => line.reason)).toEqual([
        'sku_not_found',
        'product_not_found',
      ]);
      expect(after.filter((line) => line.state === 'created')).toHaveLength(valid);

      // The sandbox's own Taobao order list: one order per shop, each sent once, and every valid
      // Taobao line in exactly one of them, at its quantity.
      const batchRef = service.summary(batchId).clientRef;
      const orders = (await sandboxTaobaoOrders(client)).filter((order) =>
        order.remark.includes(batchRef),
      );
      expect(orders).toHaveLength(8);
      const refs = orders.map((order) => lineOfRemark(batchRef, order.remark));
      expect(new Set(refs).size).toBe(orders.length);
      for (const line of after.filter((item) => item.platform === 'taobao')) {
        if (line.state !== 'created') continue;
        const holding = orders.filter((order) =>
          order.subOrders.some(
            (sub) =>
              sub.itemMapId === line.productId &&
              sub.skuId === line.skuId &&
              sub.quantity === line.quantity,
          ),
        );
        expect(holding.map((order) => order.id)).toEqual([line.orderId]);
      }
      expect(orders.reduce((sum, order) => sum + order.subOrders.length, 0)).toBe(60);

      // 1688 lines: one order per seller, each line in exactly one of them.
      const alibabaOrders = (await sandboxOrders(client)).filter((order) =>
        order.remark.includes(batchRef),
      );
      expect(alibabaOrders).toHaveLength(12);
      expect(orderProblems(batchRef, alibabaOrders, after)).toEqual([]);

      // Nothing is paid until asked; then each platform's orders go in their own submission.
      expect(orders.every((order) => order.status === 0)).toBe(true);
      const paid = await service.pay(batchId);
      expect(paid).toMatchObject({ orderIds: 12 + 8, outcome: 'created' });
      const paidTaobao = (await sandboxTaobaoOrders(client)).filter((order) =>
        order.remark.includes(batchRef),
      );
      expect(paidTaobao.every((order) => order.status === 10)).toBe(true);
      expect(service.paidCount(batchId)).toBe(service.createdOrders(batchId).length);
      await expect(service.pay(batchId)).rejects.toThrow(/already/);
      store.close();
    } finally {
      await own.close();
    }
  }, 120_000);
});
