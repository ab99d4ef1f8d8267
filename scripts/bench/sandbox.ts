import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { silentLogger } from '../../src/main/log';
import { createPandaponClient } from '../../src/main/pandapon';
import { CONTROL_HEADER, startSandbox } from '../../src/sandbox';
import { generateCatalogue } from '../../src/sandbox/generator/catalogue';

/**
 * The embedded sandbox at the full catalogue (20,000 offers, 10,000 items): startup, keyword
 * search over loopback through the app's own client (median and p95 per request, target under
 * 10 ms each), image search, and memory after start. Each figure names its baseline, measured in
 * the same run: a control-API health request on the same server for requests, generating the
 * catalogue alone for startup, and the process before the sandbox started for memory.
 *
 *   npm exec -- tsx scripts/bench/sandbox.ts        prints {"figures": [...]}
 */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: string;
  readonly baselineValue?: number;
}

const SEARCHES = 1_000;
const WARMUP = 100;
const STARTS = 3;
const KEYWORDS = [
  '连衣裙',
  'dress',
  'T恤',
  'cotton t-shirt',
  '包',
  'backpack',
  '运动鞋',
  'sneakers women',
  '保温杯',
  'phone case',
  '收纳',
  'led lamp',
];
const SORTS = [undefined, '{"price":"asc"}', '{"monthSold":"desc"}'];

const round = (value: number) => Math.round(value * 1000) / 1000;
const mib = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] as number;
}

async function timeEach(
  count: number,
  body: (index: number) => Promise<unknown>,
): Promise<number[]> {
  for (let index = 0; index < WARMUP; index += 1) await body(index);
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    await body(index);
    times.push(performance.now() - started);
  }
  return times;
}

/** A full garbage collection, so memory figures hold live data only (bench.mjs runs plain tsx). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export async function run(): Promise<BenchResult[]> {
  // Memory first, in a fresh process: one sandbox, after a full collection.
  collectGarbage();
  const before = process.memoryUsage();
  const first = await startSandbox();
  collectGarbage();
  const after = process.memoryUsage();
  await first.close();

  // Startup: the median of a few starts against generating the catalogue alone.
  const generation: number[] = [];
  const starts: number[] = [];
  for (let run = 0; run < STARTS; run += 1) {
    let started = performance.now();
    generateCatalogue();
    generation.push(performance.now() - started);
    started = performance.now();
    const sandbox = await startSandbox();
    starts.push(performance.now() - started);
    await sandbox.close();
  }

  const sandbox = await startSandbox();
  const client = createPandaponClient({
    baseUrl: sandbox.origin,
    accessKey: sandbox.credentials.accessKey,
    userId: sandbox.credentials.userId,
    timestampUnit: 'ms',
    getSecret: () => sandbox.credentials.secret,
    log: silentLogger,
    ratePerSecond: 1_000_000,
  });
  const healthUrl = `${sandbox.origin}/_sandbox/health`;
  const health = () =>
    fetch(healthUrl, { headers: { [CONTROL_HEADER]: sandbox.controlToken } }).then((r) => r.json());
  const search1688 = (index: number) =>
    client.call('alibaba.product.keywordSearch', {
      keyword: KEYWORDS[index % KEYWORDS.length],
      beginPage: 1 + (index % 3),
      pageSize: 20,
      ...(SORTS[index % SORTS.length] ? { sort: SORTS[index % SORTS.length] } : {}),
    });
  const searchTaobao = (index: number) =>
    client.call('taobao.product.keywordSearch', {
      keyword: KEYWORDS[index % KEYWORDS.length],
      pageSize: 20,
    });

  // Interleave the series in blocks so machine noise hits them alike.
  const baseline: number[] = [];
  const alibaba: number[] = [];
  const taobao: number[] = [];
  for (let block = 0; block < 4; block += 1) {
    baseline.push(...(await timeEach(SEARCHES / 4, health)));
    alibaba.push(...(await timeEach(SEARCHES / 4, search1688)));
    taobao.push(...(await timeEach(SEARCHES / 4, searchTaobao)));
  }

  const hit = (await search1688(0)).data![0]!;
  const picture = Buffer.from(await (await fetch(hit.imageUrl!)).arrayBuffer()).toString('base64');
  const image = await timeEach(50, () =>
    client.call('alibaba.product.imageSearch', { imageBase64: picture, pageSize: 20 }),
  );
  const detail = await timeEach(200, () =>
    client.call('alibaba.product.detail', { offerId: hit.offerMapId! }),
  );
  await sandbox.close();

  const requestBaseline = 'GET /_sandbox/health on the same server';
  const healthMedian = round(percentile(baseline, 0.5));
  const healthP95 = round(percentile(baseline, 0.95));
  const request = (name: string, times: number[], share: number): BenchResult => ({
    name,
    value: round(percentile(times, share)),
    unit: 'ms',
    baseline: `${requestBaseline} (${share === 0.5 ? 'median' : 'p95'})`,
    baselineValue: share === 0.5 ? healthMedian : healthP95,
  });
  return [
    {
      name: 'startup with the full catalogue, median of 3 (target < 2000 ms)',
      value: round(percentile(starts, 0.5)),
      unit: 'ms',
      baseline: 'generating the catalogue alone',
      baselineValue: round(percentile(generation, 0.5)),
    },
    request('1688 keyword search, median per request (target < 10 ms)', alibaba, 0.5),
    request('1688 keyword search, p95 per request (target < 10 ms)', alibaba, 0.95),
    request('Taobao keyword search, median per request (target < 10 ms)', taobao, 0.5),
    request('Taobao keyword search, p95 per request (target < 10 ms)', taobao, 0.95),
    request('1688 image search over 20,000 offers, median', image, 0.5),
    request('1688 offer detail, median', detail, 0.5),
    {
      name: 'RSS after start',
      value: mib(after.rss),
      unit: 'MiB',
      baseline: 'RSS before the first start',
      baselineValue: mib(before.rss),
    },
    {
      name: 'JS heap used plus array buffers after start',
      value: mib(after.heapUsed + after.arrayBuffers),
      unit: 'MiB',
      baseline: 'the same before the first start',
      baselineValue: mib(before.heapUsed + before.arrayBuffers),
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then(
    (figures) => console.log(JSON.stringify({ figures })),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
