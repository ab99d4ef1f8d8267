import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox';
import {
  batchClient,
  batchServiceOn,
  lineOfRemark,
  openBatchStore,
  sandboxOrders,
  spreadsheet,
  startBatchSandbox,
} from '../../fixtures/batch/harness';

const CHILD = join(import.meta.dirname, '../../fixtures/batch/runner-child.ts');
const LINES = 200;
const SELLERS = 10;
const KILLS = 22;

let sandbox: RunningSandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startBatchSandbox();
  // A slow line with 429s and lost answers, so kills land while requests are on the wire.
  sandbox.control.setFaults({
    seed: 11,
    all: { latencyMs: { min: 5, max: 30 }, rateLimitRate: 0.03, retryAfterSeconds: 1 },
    endpoints: {
      'alibaba.order.batchCreate': { latencyMs: { min: 5, max: 30 }, lostResponseRate: 0.03 },
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'ppd-batch-crash-'));
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

function startChild(file: string) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, file, sandbox.origin, String(LINES), String(SELLERS)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  let markStarted: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  child.stdout!.on('data', (chunk) => {
    output += String(chunk);
    if (output.includes('started')) markStarted();
  });
  const exited = new Promise<string>((resolve) => child.on('exit', () => resolve(output)));
  return { child, started, exited };
}

const createsSoFar = () =>
  sandbox.control.requests().filter((entry) => entry.endpoint === 'alibaba.order.batchCreate')
    .length;

describe('the batch runner killed at random points', () => {
  it(`never duplicates or loses an order across ${KILLS} kills and restarts`, async () => {
    const file = join(dir, 'store.sqlite');
    let killedWhileSending = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const run = startChild(file);
      await run.started;
      // One kill in three at a random moment of start-up, import, resolve or preview; the others
      // once a random number of creates has gone out, so most land while orders are on the wire.
      const before = createsSoFar();
      if (kill % 3 === 0) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * (200 + 60 * kill)));
      } else {
        const target = before + 1 + Math.floor(Math.random() * 12);
        const deadline = Date.now() + 15_000;
        while (createsSoFar() < target && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 3));
        }
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
      }
      run.child.kill('SIGKILL');
      const output = await run.exited;
      if (createsSoFar() > before && !output.includes('finished')) killedWhileSending++;
    }
    // The kills must have landed while orders were going out, not only during start-up.
    expect(killedWhileSending).toBeGreaterThanOrEqual(6);
    const last = startChild(file);
    expect(await last.exited).toContain('finished done');

    const store = openBatchStore(file);
    const { service } = batchServiceOn(store, sandbox);
    const batch = service.repo.listBatches()[0]!;
    const lines = service.lines(batch.id);
    const { bad } = spreadsheet(LINES, SELLERS);
    const valid = lines.filter((line) => !bad.includes(line.rowNumber));
    expect(lines).toHaveLength(LINES);
    expect(valid.filter((line) => line.state !== 'created')).toEqual([]);

    sandbox.control.setFaults({});
    const orders = await sandboxOrders(batchClient(sandbox));
    const perLine = new Map<string, number>();
    for (const order of orders) {
      const lineNo = lineOfRemark(batch.clientRef, order.remark) ?? 'foreign';
      perLine.set(lineNo, (perLine.get(lineNo) ?? 0) + 1);
    }
    expect(perLine.has('foreign')).toBe(false);
    expect(perLine.size).toBe(valid.length);
    expect([...perLine.entries()].filter(([, count]) => count > 1)).toEqual([]);
    const orderIds = new Set(orders.map((order) => order.id));
    expect(valid.every((line) => orderIds.has(line.orderId!))).toBe(true);
    store.close();
  }, 180_000);
});
