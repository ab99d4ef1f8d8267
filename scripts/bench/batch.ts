/**
 * Batch runner benchmark against the PandaPon sandbox over HTTP: 1,000 lines across 50 sellers,
 * 200 ms added latency on every call (sandbox fault `latencyMs`), 8 requests in flight. The
 * submit phase (price check, then one create per seller through the outbox: a seller's lines are
 * one order) is compared with the ideal for the creates it needs (orders × latency ÷
 * concurrency); what remains per line is the runner's own overhead (SQLite writes, outbox
 * bookkeeping, signing, HTTP). `created` counts lines created, `ordersOnServer` the orders the
 * sandbox holds; `idealOneCreatePerLineMs` is the ideal when every line was its own order
 * (lines × latency ÷ concurrency), the figure the first measurements compared with. Prints one
 * JSON object.
 *
 *   npm exec -- tsx scripts/bench/batch.ts [lines] [latencyMs] [concurrency]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ADDRESS,
  batchClient,
  batchServiceOn,
  openBatchStore,
  sandboxOrders,
  spreadsheet,
  startBatchSandbox,
} from '../../test/fixtures/batch/harness';

const lines = Number(process.argv[2] ?? 1000);
const latencyMs = Number(process.argv[3] ?? 200);
const concurrency = Number(process.argv[4] ?? 8);
const sellers = 50;

const sandbox = await startBatchSandbox();
const dir = mkdtempSync(join(tmpdir(), 'ppd-bench-'));
const store = openBatchStore(join(dir, 'store.sqlite'));
const { service } = batchServiceOn(store, sandbox, { concurrency });

// Import, resolve and preview without added latency: the figure is about submitting.
const { csv } = spreadsheet(lines, sellers, { withBadRows: false });
const started0 = performance.now();
const { batchId } = await service.importRows(
  { name: 'bench.csv', base64: Buffer.from(csv).toString('base64') },
  undefined,
);
service.setAddress(batchId, ADDRESS);
const preview = await service.preview(batchId);
const prepareMs = performance.now() - started0;

sandbox.control.setFaults({ all: { latencyMs } });
const started = performance.now();
const submitted = await service.submit(batchId);
// `submit` returns once the price check is done and every intent is written; sending follows.
const priceCheckMs = performance.now() - started;
await service.runner.idle();
const totalMs = performance.now() - started;
sandbox.control.setFaults({});

const counts = service.summary(batchId).counts;
const ordersOnServer = (await sandboxOrders(batchClient(sandbox))).length;
const idealMs = (ordersOnServer * latencyMs) / concurrency;
const idealOneCreatePerLineMs = (lines * latencyMs) / concurrency;
const products = new Set(service.lines(batchId).map((line) => line.productId)).size;
console.log(
  JSON.stringify(
    {
      lines,
      sellers: preview.sellers.length,
      products,
      latencyMs,
      concurrency,
      queued: submitted.queued,
      created: counts.created,
      ordersOnServer,
      prepareMs: Math.round(prepareMs),
      totalMs: Math.round(totalMs),
      idealMs,
      idealOneCreatePerLineMs,
      ratio: Number((totalMs / idealMs).toFixed(3)),
      priceCheckMs: Math.round(priceCheckMs),
      overheadPerLineMs: Number(((totalMs - idealMs - priceCheckMs) / lines).toFixed(3)),
    },
    null,
    2,
  ),
);
store.close();
await sandbox.close();
rmSync(dir, { recursive: true, force: true });
