#!/usr/bin/env node
// `npm run bench`: runs every benchmark in scripts/bench/ on this machine and writes
// docs/benchmarks.md with the machine, the date, and each figure as a ratio against a named
// baseline measured in the same run. Speed and memory targets live here, not in timed tests.
//
//   npm run bench                 all benchmarks
//   npm run bench -- store batch  only these
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const round = (value, digits = 2) => Number(value.toFixed(digits));
const ratio = (value, baseline) =>
  baseline > 0
    ? `${Number((value / baseline).toPrecision(3)).toLocaleString('en', { maximumSignificantDigits: 3 })}×`
    : 'n/a';

/**
 * One entry per benchmark: what it measures and how its JSON becomes rows of
 * { figure, value, unit, baseline, baselineValue, target }.
 */
const benches = [
  {
    id: 'client-signing',
    title: 'PandaPon client: signing and building a request',
    baseline: 'a bare fetch of the same answer from the same loopback server',
    rows: (r) => [
      {
        figure: 'median per call through the client',
        value: r.clientMedianMs,
        unit: 'ms',
        baselineValue: r.baselineMedianMs,
      },
      {
        figure: 'added by the client per call',
        value: r.addedMs,
        unit: 'ms',
        baselineValue: r.baselineMedianMs,
      },
    ],
  },
  {
    id: 'sandbox',
    title: 'Embedded sandbox',
    baseline: 'the named baseline each figure gives (a health request on the same server)',
    rows: (r) => genericRows(r),
  },
  {
    id: 'store',
    title: 'Local store (one SQLite file per profile)',
    baseline: 'the same search page from a loopback server with 300 ms added latency',
    rows: (r) => {
      const net = r.cachedReader.networkPageMedianMs;
      return [
        {
          figure: 'cached search page of 50 through the cached reader',
          value: r.cachedReader.cachedPageMedianMs,
          unit: 'ms',
          baselineValue: net,
        },
        ...Object.entries(r.localSearch).map(([name, q]) => ({
          figure: `local search "${name}" over ${r.products.toLocaleString('en')} products (${q.matchedBy}, ${q.total} hits)`,
          value: q.medianMs,
          unit: 'ms',
          baselineValue: net,
        })),
        {
          figure: 'index a page of 50 products',
          value: r.insertPagesOf50.medianMsPerPage,
          unit: 'ms',
          baselineValue: net,
        },
        {
          figure: 'reopen the store file',
          value: r.reopenMedianMs,
          unit: 'ms',
          baselineValue: net,
        },
        { figure: 'store file size', value: round(r.fileBytes / 1048576, 1), unit: 'MiB' },
        ...(r.routerCachedSearch
          ? [
              {
                figure: `cached search page of ${r.routerCachedSearch.items} through the bridge router (Demo profile, catalog.search)`,
                value: r.routerCachedSearch.cachedMedianMs,
                unit: 'ms',
                baselineValue: r.routerCachedSearch.uncachedFirstMs,
              },
            ]
          : []),
      ];
    },
  },
  {
    id: 'batch',
    title:
      'Batch runner: 1,000 lines at 200 ms per PandaPon call, 8 in flight (one order per seller)',
    baseline:
      'the ideal submit time, creates needed (one per seller) × latency ÷ concurrency; the one-create-per-line ideal is in the raw figures',
    rows: (r) => [
      {
        figure: `submit ${r.lines} lines (${r.created} orders created, ${r.ordersOnServer} on the server)`,
        value: r.totalMs,
        unit: 'ms',
        baselineValue: r.idealMs,
      },
      {
        figure: 'runner overhead per line (after the price check)',
        value: r.overheadPerLineMs,
        unit: 'ms',
        baselineValue: r.latencyMs,
      },
    ],
  },
  {
    id: 'renderer-search',
    title: 'Search page in Chromium through the browser shell (Demo profile, sandbox +300 ms)',
    baseline: 'the uncached search, PandaPon answering with 300 ms added latency',
    rows: (r) => [
      {
        figure: 'Enter → first results painted, uncached',
        value: r.enterToFirstPaint.uncachedMedianMs,
        unit: 'ms',
        baselineValue: r.enterToFirstPaint.uncachedMedianMs,
      },
      {
        figure: 'Enter → first results painted, cached',
        value: r.enterToFirstPaint.cachedMedianMs,
        unit: 'ms',
        baselineValue: r.enterToFirstPaint.uncachedMedianMs,
      },
      {
        figure: `scroll ${r.scroll.resultsLoaded} results: frames over 16.7 ms`,
        value: r.scroll.droppedFrames,
        unit: `of ${r.scroll.frames} frames`,
      },
      {
        figure: 'scroll: worst frame',
        value: r.scroll.worstFrameMs,
        unit: 'ms',
        baselineValue: 16.7,
      },
      ...(r.memory
        ? [
            {
              figure: `renderer JS heap after ${r.memory.resultsListed} results listed and ${r.memory.productPagesOpened} product pages opened`,
              value: r.memory.afterHeapMiB,
              unit: 'MiB',
              baselineValue: r.memory.baselineHeapMiB,
              baselineUnit: 'MiB (after the first search)',
            },
          ]
        : []),
    ],
  },
];

/** For a benchmark that names its own baselines: { figures: [{ name, value, unit, baseline, baselineValue }] } or flat numbers. */
function genericRows(result) {
  if (Array.isArray(result.figures)) {
    return result.figures.map((f) => ({
      figure: f.baseline ? `${f.name} (baseline: ${f.baseline})` : f.name,
      value: f.value,
      unit: f.unit ?? '',
      baselineValue: f.baselineValue,
      baselineUnit: f.baselineUnit,
    }));
  }
  const rows = [];
  const walk = (prefix, value) => {
    if (typeof value === 'number') rows.push({ figure: prefix, value, unit: '' });
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value))
        walk(prefix ? `${prefix}.${key}` : key, inner);
    }
  };
  walk('', result);
  return rows;
}

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const selected = wanted.length ? benches.filter((bench) => wanted.includes(bench.id)) : benches;
const tsx = require.resolve('tsx/cli');

// Results are kept per benchmark in docs/benchmarks.json, so measuring one benchmark again keeps
// the others' latest figures (each with its own date) in the page.
const stored = (() => {
  try {
    return JSON.parse(readFileSync('docs/benchmarks.json', 'utf8'));
  } catch {
    return {};
  }
})();
let failed = 0;
for (const bench of selected) {
  process.stdout.write(`bench ${bench.id} … `);
  const started = Date.now();
  const child = spawnSync(process.execPath, [tsx, `scripts/bench/${bench.id}.ts`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60_000,
  });
  const seconds = round((Date.now() - started) / 1000, 1);
  const json = lastJson(child.stdout ?? '');
  if (child.status !== 0 || !json) {
    failed += 1;
    console.log(`failed (${seconds} s)`);
    console.error((child.stderr || child.stdout || '').split('\n').slice(-15).join('\n'));
    continue;
  }
  console.log(`done (${seconds} s)`);
  stored[bench.id] = {
    measuredAt: new Date().toISOString(),
    seconds,
    machine: machineLine(),
    result: json,
  };
}

const sections = [];
for (const bench of benches) {
  const entry = stored[bench.id];
  if (!entry) {
    sections.push(`## ${bench.title}\n\nNot measured yet: \`npm run bench -- ${bench.id}\`.\n`);
    continue;
  }
  const json = entry.result;
  const seconds = entry.seconds;
  let rows;
  try {
    rows = bench.rows(json);
  } catch {
    rows = genericRows(json);
  }
  const table = [
    '| Figure | Value | Ratio to baseline |',
    '|---|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.figure} | ${typeof row.value === 'number' ? row.value.toLocaleString('en') : row.value} ${row.unit ?? ''} | ${
          row.baselineValue === undefined
            ? '—'
            : `${ratio(row.value, row.baselineValue)} (baseline ${row.baselineValue} ${row.baselineUnit ?? row.unit ?? ''})`
        } |`,
    ),
  ];
  sections.push(
    `## ${bench.title}\n\nMeasured ${entry.measuredAt.slice(0, 16).replace('T', ' ')} UTC on ${entry.machine}. Baseline: ${bench.baseline}. Took ${seconds} s.\n\n${table.join('\n')}\n\n` +
      `<details><summary>Raw figures</summary>\n\n\`\`\`json\n${JSON.stringify(json, null, 2)}\n\`\`\`\n</details>\n`,
  );
}

/** The last JSON object a benchmark printed (they print one, possibly after progress lines). */
function lastJson(text) {
  const start = text.lastIndexOf('\n{');
  const candidates = [start >= 0 ? text.slice(start + 1) : text, text];
  for (const candidate of candidates) {
    try {
      return JSON.parse(candidate.trim());
    } catch {
      /* try the next */
    }
  }
  return null;
}

function machineLine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${round(os.totalmem() / 1073741824, 1)} GiB, Node ${process.version}, load ${os.loadavg()[0].toFixed(2)}`;
}

const cpus = os.cpus();
const machine = [
  `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${round(os.totalmem() / 1073741824, 1)} GiB, ${os.type()} ${os.release()} (${os.arch()})`,
  `- Node ${process.version} (the Node inside Electron 45 is the same major)`,
  `- Load while measuring: ${os
    .loadavg()
    .map((load) => round(load, 2))
    .join(', ')} (1, 5, 15 min)`,
].join('\n');
mkdirSync('docs', { recursive: true });
writeFileSync('docs/benchmarks.json', `${JSON.stringify(stored, null, 2)}\n`);
const partial = wanted.length
  ? `\nThe last run measured only: ${wanted.join(', ')}; the others keep their own dates.\n`
  : '';
writeFileSync(
  'docs/benchmarks.md',
  `# Benchmarks\n\nWritten by \`npm run bench\`. Every figure is compared with a baseline measured in the same run on the same machine, so the ratios travel between machines better than the milliseconds do.\n\n${machine}\n${partial}\n${sections.join('\n')}`,
);
console.log(`docs/benchmarks.md written${failed ? `, ${failed} benchmark(s) failed` : ''}.`);
process.exit(failed ? 1 : 0);
