/**
 * Local store benchmark: prints one JSON object. Run with `npm exec -- tsx scripts/bench/store.ts`
 * (Node 24). `--products N` changes the index size (default 100,000).
 *
 * Measures, with N indexed products: insert throughput for pages of 50, local full-text queries
 * (Chinese, English, a two-character Chinese word that falls back to a scan), a cached search
 * page of 50 answered through the cached reader, the same page from a loopback server with
 * 300 ms of added latency, and reopening the file.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/main/log';
import { createCachedReader, openProfileStore, type ProfileStore } from '../../src/main/store';
import { createMainApp } from '../../src/main/app';
import { MemoryVault } from '../../src/main/keychain/memory-vault';

const PAGE = 50;
const LATENCY_MS = 300;
const productCount = Number(argValue('--products') ?? 100_000);
const log = createLogger({ level: 'error' });

const ZH_ADJ = [
  '女士',
  '男士',
  '儿童',
  '夏季',
  '冬季',
  '新款',
  '复古',
  '韩版',
  '宽松',
  '加厚',
  '纯棉',
  '真皮',
];
const ZH_NOUN = [
  '连衣裙',
  'T恤',
  '卫衣',
  '牛仔裤',
  '钱包',
  '收纳盒',
  '保温杯',
  '手机壳',
  '运动鞋',
  '背包',
];
const EN_ADJ = [
  'women',
  'men',
  'kids',
  'summer',
  'winter',
  'new',
  'retro',
  'korean',
  'loose',
  'thick',
  'cotton',
  'leather',
];
const EN_NOUN = [
  'dress',
  't-shirt',
  'hoodie',
  'jeans',
  'wallet',
  'storage box',
  'thermos cup',
  'phone case',
  'sneakers',
  'backpack',
];
const CITIES = ['杭州', '广州', '义乌', '深圳', '泉州'];

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** A deterministic 1688 search page, in the shape PandaPon answers. */
function offerPage(pageNo: number) {
  return {
    totalRecords: productCount,
    currentPage: pageNo,
    pageSize: PAGE,
    data: Array.from({ length: PAGE }, (_, index) => {
      const n = pageNo * PAGE + index;
      const a = n % ZH_ADJ.length;
      const b = Math.floor(n / ZH_ADJ.length) % ZH_NOUN.length;
      const c = Math.floor(n / 7) % ZH_ADJ.length;
      return {
        offerId: 600000000000 + n,
        offerMapId: `map${n.toString(36).padStart(8, '0')}`,
        subject: `${ZH_ADJ[a]}${ZH_ADJ[c]}${ZH_NOUN[b]} 款式${n}`,
        subjectTrans: `${EN_ADJ[a]} ${EN_ADJ[c]} ${EN_NOUN[b]} style ${n}`,
        priceInfo: { price: `${(n % 500) + 1}.${String(n % 100).padStart(2, '0')}` },
        imageUrl: `https://cbu01.alicdn.com/img/ibank/${n}.jpg`,
        sellerOpenId: `seller${n % 2000}`,
        companyName: `${CITIES[n % CITIES.length]}${n % 2000}号工厂`,
        monthSold: n % 5000,
      };
    }),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 1000) / 1000;
}

function timeSync(runs: number, body: () => unknown): number {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    body();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

async function timeAsync(runs: number, body: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await body();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

function indexAll(store: ProfileStore) {
  const pages = Math.ceil(productCount / PAGE);
  const samples: number[] = [];
  const started = performance.now();
  for (let pageNo = 0; pageNo < pages; pageNo++) {
    const page = offerPage(pageNo);
    const pageStarted = performance.now();
    store.products.indexAnswer('alibaba.product.keywordSearch', page, Date.now());
    samples.push(performance.now() - pageStarted);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    pages,
    medianMsPerPage: median(samples),
    productsPerSecond: Math.round(productCount / seconds),
  };
}

function localQueries(store: ProfileStore) {
  const queries = {
    chinese: '连衣裙',
    chineseLong: '复古牛仔裤',
    english: 'leather wallet',
    englishRare: 'style 4242',
    chineseTwoCharacters: '钱包',
    pastedLink: 'https://detail.1688.com/offer/600000012345.html',
  };
  const results: Record<string, { medianMs: number; total: number; matchedBy: string }> = {};
  for (const [name, query] of Object.entries(queries)) {
    const page = store.searchLocal({ query, page: 1, pageSize: PAGE });
    results[name] = {
      medianMs: timeSync(30, () => store.searchLocal({ query, page: 1, pageSize: PAGE })),
      total: page.total,
      matchedBy: page.matchedBy,
    };
  }
  return results;
}

async function cachedVersusNetwork(store: ProfileStore) {
  const answer = JSON.stringify({ code: 200, data: offerPage(7) });
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () =>
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(answer);
      }, LATENCY_MS),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fetchAnswer = async (endpoint: string, input: unknown) => {
    const response = await fetch(`${url}/${endpoint}`, {
      method: 'POST',
      body: JSON.stringify(input),
    });
    return ((await response.json()) as { data: unknown }).data;
  };

  const reader = createCachedReader({ store, fetch: fetchAnswer });
  const input = { keyword: '连衣裙', beginPage: 1, pageSize: PAGE, country: 'en' };
  const networkMs = await timeAsync(5, () =>
    reader.read('alibaba.product.keywordSearch', input, { forceRefresh: true }),
  );
  const cachedMs = await timeAsync(200, () => reader.read('alibaba.product.keywordSearch', input));
  server.close();
  return {
    addedLatencyMs: LATENCY_MS,
    cachedPageMedianMs: cachedMs,
    networkPageMedianMs: networkMs,
    cachedToNetworkRatio: Math.round((cachedMs / networkMs) * 100000) / 100000,
    speedup: Math.round(networkMs / cachedMs),
  };
}

/**
 * The same as the agent's second search: `catalog.search` through the bridge router of a real
 * main app on the Demo profile (embedded sandbox, SQLite store), answered from the cache.
 * Baseline: the first, uncached search through the same router (a loopback sandbox, no added latency).
 */
async function routerCachedSearch() {
  const dir = mkdtempSync(join(tmpdir(), 'pandapon-bench-router-'));
  const app = await createMainApp({
    version: '0.0.0-bench',
    dataDir: dir,
    logFile: join(dir, 'main.log'),
    log,
    hooks: { shell: 'browser', openExternal: async () => false },
    keychain: new MemoryVault(),
  });
  try {
    const input = { query: 'dress', platform: '1688' as const, pageSize: PAGE };
    const started = performance.now();
    const first = await app.router.dispatch('catalog.search', input);
    const uncachedMs = Math.round((performance.now() - started) * 1000) / 1000;
    if (!first.ok) throw new Error(first.error.message);
    const cachedMs = await timeAsync(200, () => app.router.dispatch('catalog.search', input));
    const page = first.value as { data: { items: readonly unknown[] } };
    return { items: page.data.items.length, uncachedFirstMs: uncachedMs, cachedMedianMs: cachedMs };
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'pandapon-bench-store-'));
  const file = join(dir, 'store.sqlite');
  try {
    let store = openProfileStore({ file, log });
    const insert = indexAll(store);
    store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const local = localQueries(store);
    const cached = await cachedVersusNetwork(store);
    store.close();

    const openSamples: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      store = openProfileStore({ file, log });
      openSamples.push(performance.now() - started);
      store.close();
    }

    const result = {
      benchmark: 'store',
      node: process.version,
      products: productCount,
      fileBytes: statSync(file).size,
      insertPagesOf50: insert,
      localSearch: local,
      cachedReader: cached,
      reopenMedianMs: median(openSamples),
      routerCachedSearch: await routerCachedSearch(),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
