/**
 * The batch runner as its own process for the Taobao crash test: a batch of 1688 and Taobao
 * lines, picked up from whatever state the store file holds (import, preview, submit or resume)
 * and run to the end against the sandbox at `origin`. The parent kills it at random points.
 */
import { DEMO_SANDBOX_CREDENTIALS } from '../../../src/sandbox';
import { ADDRESS, batchServiceOn, openBatchStore, spreadsheet } from '../../fixtures/batch/harness';
import { csvOf, taobaoLines } from './taobao-sheet';

const [file, origin] = process.argv.slice(2);
const store = openBatchStore(file!);
const { service } = batchServiceOn(store, {
  origin: origin!,
  credentials: DEMO_SANDBOX_CREDENTIALS,
});
process.stdout.write('started\n');

// Two 1688 lines per seller: one order each for 20 sellers.
const { csv } = spreadsheet(40, 20, { withBadRows: false });
const taobao = taobaoLines(36, 12);
// Taobao lines first, so the first creates (and the first kills) are Taobao orders.
const [header, ...alibabaRows] = csv.split('\n');
const text = [header, csvOf(taobao.lines.map((line) => line.row)), ...alibabaRows].join('\n');
const source = { name: 'mixed.csv', base64: Buffer.from(text).toString('base64') };

let batch = service.repo.listBatches()[0];
if (!batch || batch.total === 0) {
  await service.importRows(source, undefined, batch?.id);
  batch = service.repo.listBatches()[0]!;
}
if (batch.state === 'draft') {
  await service.retryLookups(batch.id);
  service.setAddress(batch.id, ADDRESS);
  await service.preview(batch.id);
}
if (service.summary(batch.id).state === 'previewed') await service.submit(batch.id);
service.resumeAll();
await service.runner.idle();
process.stdout.write(`finished ${service.summary(batch.id).state}\n`);
store.close();
