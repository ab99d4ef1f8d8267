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
  orderProblems,
  sandboxOrders,
  startBatchSandbox,
} from '../../fixtures/batch/harness';
import { sandboxTaobaoOrders } from './taobao-sheet';

const CHILD = join(import.meta.dirname, 'mixed-runner-child.ts');
const KILLS = 12;
const CREATES = ['alibaba.order.batchCreate', 'taobao.order.create'];

let sandbox: RunningSandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startBatchSandbox();
  // Slow creates with lost answers, so kills land while orders are on the wire.
  sandbox.control.setFaults({
    seed: 5,
    all: { latencyMs: { min: 5, max: 30 }, rateLimitRate: 0.03, retryAfterSeconds: 1 },
    endpoints: {
      'taobao.order.create': { latencyMs: { min: 80, max: 250 }, lostResponseRate: 0.1 },
      'alibaba.order.batchCreate': { latencyMs: { min: 80, max: 200 }, lostResponseRate: 0.03 },
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'ppd-batch-taobao-crash-'));
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

function startChild(file: string) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, file, sandbox.origin],
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
  sandbox.control.requests().filter((entry) => CREATES.includes(entry.endpoint ?? '')).length;
const taobaoCreatesSoFar = () =>
  sandbox.control.requests().filter((entry) => entry.endpoint === 'taobao.order.create').length;

describe('a batch of Taobao and 1688 lines killed at random points', () => {
  it(`orders every Taobao shop once across ${KILLS} kills and restarts`, async () => {
    const file = join(dir, 'store.sqlite');
    let killedWhileSending = 0;
    let killedWhileSendingTaobao = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const before = createsSoFar();
      const taobaoBefore = taobaoCreatesSoFar();
      const run = startChild(file);
      await run.started;
      // One kill in three during start-up, import, resolve or the cart quotes; the others once a
      // few creates have gone out.
      if (kill % 3 === 0) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * (300 + 80 * kill)));
      } else {
        const target = before + 1 + Math.floor(Math.random() * 6);
        const deadline = Date.now() + 15_000;
        while (createsSoFar() < target && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 3));
        }
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 30));
      }
      run.child.kill('SIGKILL');
      const output = await run.exited;
      if (output.includes('finished')) break;
      if (createsSoFar() > before) killedWhileSending++;
      if (taobaoCreatesSoFar() > taobaoBefore) killedWhileSendingTaobao++;
    }
    expect(killedWhileSending).toBeGreaterThanOrEqual(4);
    expect(killedWhileSendingTaobao).toBeGreaterThanOrEqual(1);
    const last = startChild(file);
    expect(await last.exited).toContain('finished done');

    const store = openBatchStore(file);
    const { service } = batchServiceOn(store, sandbox);
    const batch = service.repo.listBatches()[0]!;
    const lines = service.lines(batch.id);
    expect(lines).toHaveLength(76);
    expect(lines.filter((line) => line.state !== 'created')).toEqual([]);

    sandbox.control.setFaults({});
    const client = batchClient(sandbox);
    // Taobao: one order per shop (12), each reference once, every line in exactly one order.
    const taobao = (await sandboxTaobaoOrders(client)).filter((order) =>
      order.remark.includes(batch.clientRef),
    );
    expect(taobao).toHaveLength(12);
    const refs = taobao.map((order) => lineOfRemark(batch.clientRef, order.remark));
    expect(new Set(refs).size).toBe(12);
    for (const line of lines.filter((item) => item.platform === 'taobao')) {
      const holding = taobao.filter((order) =>
        order.subOrders.some((sub) => sub.itemMapId === line.productId && sub.skuId === line.skuId),
      );
      expect(holding.map((order) => order.id)).toEqual([line.orderId]);
    }
    // 1688: one order per seller (20), every line in exactly one of them.
    const alibaba = (await sandboxOrders(client)).filter((order) =>
      order.remark.includes(batch.clientRef),
    );
    expect(alibaba).toHaveLength(20);
    expect(orderProblems(batch.clientRef, alibaba, lines)).toEqual([]);
    store.close();
  }, 180_000);
});
