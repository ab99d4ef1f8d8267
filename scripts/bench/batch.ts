/**
 * Batch runner benchmark: 1,000 lines, 200 ms added latency per PandaPon call, concurrency cap 8.
 * Compares the submit phase against the ideal (1,000 × 200 ms / 8 = 25 s) and reports the
 * runner's own overhead per line. Prints JSON.
 *
 *   npm exec -- tsx scripts/bench/batch.ts [lines] [latencyMs] [concurrency]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakePandapon } from '../../test/fixtures/batch/fake-pandapon';
import { ADDRESS, batchServiceOn, openTestDb } from '../../test/fixtures/batch/harness';
import { offerId } from '../../test/fixtures/batch/fake-pandapon';

const lines = Number(process.argv[2] ?? 1000);
const latencyMs = Number(process.argv[3] ?? 200);
const concurrency = Number(process.argv[4] ?? 8);

const rows = ['product,spec,qty,ref'];
for (let index = 0; index < lines; index++) {
  rows.push(`${offerId(index % 50, index % 5)},颜色:红色;尺码:M,1,R${index}`);
}

const server = await startFakePandapon();
const dir = mkdtempSync(join(tmpdir(), 'ppd-bench-'));
const db = openTestDb(join(dir, 'store.sqlite'));
const service = batchServiceOn(db, server.url, concurrency);

const imported = await service.importRows({ name: 'bench.csv', text: rows.join('\n').replaceAll(',', '\t') }, undefined);
service.setAddress(imported.batchId, ADDRESS);
await service.preview(imported.batchId);

server.faults = { latencyMs, rateLimited: 0, lostResponse: 0, serverError: 0 };
const started = performance.now();
await service.submit(imported.batchId);
await service.runner.idle();
const totalMs = performance.now() - started;

// Submit re-reads each product for the price check; with the cache a real session serves
// those locally, here each distinct product costs one round trip (50 products / 8 in flight).
const priceCheckMs = Math.ceil(50 / concurrency) * latencyMs;
const idealMs = (lines * latencyMs) / concurrency;
const counts = service.summary(imported.batchId).counts;
console.log(
  JSON.stringify(
    {
      lines,
      latencyMs,
      concurrency,
      created: counts.created,
      ordersOnServer: server.orders.length,
      totalMs: Math.round(totalMs),
      idealMs,
      ratio: Number((totalMs / idealMs).toFixed(3)),
      priceCheckMs,
      overheadPerLineMs: Number(((totalMs - idealMs - priceCheckMs) / lines).toFixed(3)),
    },
    null,
    2,
  ),
);
db.close();
await server.close();
rmSync(dir, { recursive: true, force: true });
