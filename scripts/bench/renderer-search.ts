import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { buildIfNeeded } from '../build-if-needed.mjs';
import { startShell, type RunningShell } from '../../test/e2e/shell';

/**
 * What the agent feels on the search page, in Chromium through the browser shell on the Demo
 * profile:
 * - time from pressing Enter to the first results painted, for a keyword PandaPon must answer
 *   (uncached, sandbox with 300 ms added latency) and for the same keyword after a reload of the
 *   page (answered from main's cache);
 * - scrolling through 5,000 results: frames longer than one 60 Hz frame, measured with
 *   requestAnimationFrame and the Long Animation Frames / long-task Performance API entries.
 * Prints one JSON object. Run: npm exec -- tsx scripts/bench/renderer-search.ts
 */
const LATENCY_MS = 300;
const SCROLL_RESULTS = 5_000;
const WARM_UP_KEYWORD = '背心';
const UNCACHED_KEYWORDS = ['连衣裙', '手机壳', 'hoodie', '双肩包', 'sneakers'];
const SCROLL_KEYWORD = '女';
const FRAME_MS = 1000 / 60;

const chromiumPath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function openSearch(page: Page, shell: RunningShell): Promise<void> {
  // tsx keeps function names with a `__name` helper that does not exist inside the page.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.goto(shell.url);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Search' })
    .click();
  await page.getByRole('searchbox', { name: 'Search' }).waitFor();
}

/** Submits the keyword and resolves when the first result card has been painted. */
async function enterToFirstPaint(page: Page, keyword: string): Promise<number> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(keyword);
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const selector = '[data-testid="results-grid"] [role="listitem"]';
        const input = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (!input?.form) return reject(new Error('no search box'));
        const started = performance.now();
        // Results of the previous keyword are on screen until the new search starts loading.
        let cleared = !document.querySelector(selector);
        const done = () => {
          observer.disconnect();
          // Two frames: the first runs before the paint, the second after it.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve(performance.now() - started)),
          );
        };
        const observer = new MutationObserver(() => {
          const shown = Boolean(document.querySelector(selector));
          if (!shown) cleared = true;
          else if (cleared) done();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => reject(new Error('no results within 30 s')), 30_000);
        input.form.requestSubmit();
      }),
  );
}

async function measureEnter(shell: RunningShell) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const uncached: number[] = [];
  const cached: number[] = [];
  try {
    await openSearch(page, shell);
    await enterToFirstPaint(page, WARM_UP_KEYWORD); // first bridge call, fonts, code paths
    for (const keyword of UNCACHED_KEYWORDS) uncached.push(await enterToFirstPaint(page, keyword));
    for (const keyword of UNCACHED_KEYWORDS) {
      // A reload empties the renderer's own query cache, so the answer comes from main's cache.
      await openSearch(page, shell);
      cached.push(await enterToFirstPaint(page, keyword));
    }
  } finally {
    await browser.close();
  }
  return {
    uncachedMedianMs: Math.round(median(uncached)),
    cachedMedianMs: Math.round(median(cached)),
    uncachedMs: uncached.map(Math.round),
    cachedMs: cached.map(Math.round),
  };
}

async function measureScroll(shell: RunningShell) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await openSearch(page, shell);
    await enterToFirstPaint(page, SCROLL_KEYWORD);

    // Load until 5,000 results are in the list (the grid asks for a page near its end).
    const loaded = await page.evaluate(async (target) => {
      const setSize = () =>
        Number(
          document
            .querySelector('[data-testid="results-grid"] [role="listitem"]')
            ?.getAttribute('aria-setsize'),
        );
      const count = () => {
        const items = document.querySelectorAll('[data-testid="results-grid"] [role="listitem"]');
        return Number(items[items.length - 1]?.getAttribute('aria-posinset') ?? 0);
      };
      const deadline = performance.now() + 240_000;
      while (count() < target && performance.now() < deadline) {
        window.scrollTo(0, document.documentElement.scrollHeight);
        await new Promise((resolve) => setTimeout(resolve, 30));
        if (setSize() > 0 && count() >= setSize()) break;
      }
      return count();
    }, SCROLL_RESULTS);

    const frames = await page.evaluate(async (frameMs) => {
      window.scrollTo(0, 0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const long: number[] = [];
      const types = PerformanceObserver.supportedEntryTypes;
      const type = types.includes('long-animation-frame') ? 'long-animation-frame' : 'longtask';
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) long.push(entry.duration);
      });
      observer.observe({ type, buffered: false });

      const deltas: number[] = [];
      const total = document.documentElement.scrollHeight - window.innerHeight;
      const step = 60; // px per frame: a brisk wheel scroll
      let last = performance.now();
      await new Promise<void>((resolve) => {
        const tick = (now: number) => {
          deltas.push(now - last);
          last = now;
          if (window.scrollY >= total - 1) return resolve();
          window.scrollBy(0, step);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      observer.disconnect();
      const dropped = deltas.reduce(
        (sum, delta) => sum + Math.max(0, Math.round(delta / frameMs) - 1),
        0,
      );
      return {
        frames: deltas.length,
        droppedFrames: dropped,
        worstFrameMs: Math.round(Math.max(...deltas)),
        longFrameEntries: long.length,
        longFrameEntryType: type,
        scrolledPx: Math.round(total),
        domCards: document.querySelectorAll('[data-testid="results-grid"] [role="listitem"]')
          .length,
      };
    }, FRAME_MS);
    return { keyword: SCROLL_KEYWORD, resultsLoaded: loaded, ...frames };
  } finally {
    await browser.close();
  }
}

/** The JS heap after a full garbage collection, through the Chrome DevTools Protocol. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Renderer memory after browsing 1,000 products: 1,000 results listed in the grid and
 * PRODUCT_PAGES product pages opened one after another, against the heap after the first search
 * (the baseline of the same page).
 */
const MEMORY_RESULTS = 1_000;
const PRODUCT_PAGES = 100;
async function measureMemory(shell: RunningShell) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await openSearch(page, shell);
    await enterToFirstPaint(page, SCROLL_KEYWORD);
    const baselineBytes = await heapAfterGc(page);
    for (let opened = 0; opened < PRODUCT_PAGES; opened++) {
      const card = page.locator('[data-testid="results-grid"] [role="listitem"]').nth(opened % 8);
      await card
        .getByRole('button', { name: /^Open / })
        .first()
        .click();
      await page.getByRole('button', { name: 'Add to cart', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.locator('[data-testid="results-grid"] [role="listitem"]').first().waitFor();
    }
    const listed = await page.evaluate(async (target) => {
      const count = () => {
        const items = document.querySelectorAll('[data-testid="results-grid"] [role="listitem"]');
        return Number(items[items.length - 1]?.getAttribute('aria-posinset') ?? 0);
      };
      const deadline = performance.now() + 120_000;
      while (count() < target && performance.now() < deadline) {
        window.scrollTo(0, document.documentElement.scrollHeight);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      return count();
    }, MEMORY_RESULTS);
    const afterBytes = await heapAfterGc(page);
    const mib = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
    return {
      resultsListed: listed,
      productPagesOpened: PRODUCT_PAGES,
      baselineHeapMiB: mib(baselineBytes),
      afterHeapMiB: mib(afterBytes),
    };
  } finally {
    await browser.close();
  }
}

/** `--url <address>` measures an app that is already running (its latency is its own). */
function givenShell(): RunningShell | null {
  const at = process.argv.indexOf('--url');
  const url = at > 0 ? process.argv[at + 1] : undefined;
  if (!url) return null;
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    dataDir: '',
    sandbox: { origin: '', controlToken: '', control: async () => null },
    output: () => '',
    stop: async () => undefined,
  };
}

async function main(): Promise<void> {
  const given = givenShell();
  if (given) {
    const result = {
      enterToFirstPaint: await measureEnter(given),
      scroll: await measureScroll(given),
    };
    process.stdout.write(
      `${JSON.stringify({ bench: 'renderer-search', url: given.origin, ...result }, null, 2)}\n`,
    );
    return;
  }
  buildIfNeeded({ quiet: true });
  const slow = await startShell({ env: { PANDAPON_SANDBOX_LATENCY_MS: String(LATENCY_MS) } });
  let enter;
  try {
    enter = await measureEnter(slow);
  } finally {
    await slow.stop();
  }
  // Loading 5,000 results at 300 ms a page would measure the sandbox, not the renderer.
  const fast = await startShell();
  let scroll;
  let memory;
  try {
    scroll = await measureScroll(fast);
    memory = await measureMemory(fast);
  } finally {
    await fast.stop();
  }
  process.stdout.write(
    `${JSON.stringify({ bench: 'renderer-search', sandboxLatencyMs: LATENCY_MS, enterToFirstPaint: enter, scroll, memory }, null, 2)}\n`,
  );
}

await main();
