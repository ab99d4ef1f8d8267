import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePandapon, type FakePandapon } from '../../fixtures/batch/fake-pandapon';
import { batchServiceOn, openTestDb, spreadsheet } from '../../fixtures/batch/harness';

const CHILD = join(import.meta.dirname, '../../fixtures/batch/runner-child.ts');
const LINES = 200;
const KILLS = 22;

let server: FakePandapon;
let dir: string;

beforeAll(async () => {
  server = await startFakePandapon();
  server.faults = { latencyMs: 15, rateLimited: 0.03, lostResponse: 0.03, serverError: 0 };
  dir = mkdtempSync(join(tmpdir(), 'ppd-batch-crash-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function startChild(file: string): { child: ChildProcess; started: Promise<void>; exited: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, server.url, String(LINES)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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

describe('the batch runner killed at random points', () => {
  it(`never duplicates or loses an order across ${KILLS} kills and restarts`, async () => {
    const file = join(dir, 'store.sqlite');
    for (let kill = 0; kill < KILLS; kill++) {
      const run = startChild(file);
      await run.started;
      // Later kills come later in a run, so they land in every phase: import, resolve, preview,
      // submit and sending, however slow the machine is.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * (150 + 40 * kill)));
      run.child.kill('SIGKILL');
      await run.exited;
    }
    // The kills must have landed while orders were going out, not only during start-up.
    const beforeLastRun = server.orders.length;
    expect(beforeLastRun).toBeGreaterThan(0);
    const last = startChild(file);
    expect(await last.exited).toContain('finished done');

    const db = openTestDb(file);
    const service = batchServiceOn(db, server.url);
    const batch = service.repo.listBatches()[0]!;
    const lines = service.lines(batch.id);
    const { bad } = spreadsheet(LINES, 10);
    const valid = lines.filter((line) => !bad.includes(line.rowNumber));
    expect(lines).toHaveLength(LINES);
    expect(valid.every((line) => line.state === 'created')).toBe(true);

    const perLine = new Map<string, number>();
    for (const order of server.orders) {
      const lineNo = new RegExp(`${batch.clientRef}-(\\d{5})-`).exec(order.remark)?.[1] ?? 'foreign';
      perLine.set(lineNo, (perLine.get(lineNo) ?? 0) + 1);
    }
    expect(perLine.has('foreign')).toBe(false);
    expect(perLine.size).toBe(valid.length);
    expect([...perLine.values()].filter((count) => count > 1)).toEqual([]);
    db.close();
  }, 90_000);
});
