import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '../../src/main/log';
import { createPandaponClient } from '../../src/main/pandapon';

/**
 * What signing plus request building adds per call: the median of 1,000 calls through the
 * client against the median of 1,000 bare fetches of the same answer from a loopback server.
 * Prints {baselineMedianMs, clientMedianMs, addedMs}. Run: npm exec -- tsx scripts/bench/client-signing.ts
 */
const CALLS = 1_000;
const WARMUP = 100;
const answer = JSON.stringify({
  requestId: 'rq',
  code: 200,
  developId: 'd',
  msg: '成功',
  data: {},
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timeEach(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

async function main(): Promise<void> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(answer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = createPandaponClient({
    baseUrl,
    accessKey: 'bench-key',
    userId: 'bench-user',
    timestampUnit: 's',
    getSecret: () => 'bench-secret',
    log: silentLogger,
    ratePerSecond: 1_000_000,
  });
  const url = `${baseUrl}/v2/alibaba/cart/list`;

  // Interleave the two series in blocks so machine noise hits both alike.
  const baseline: number[] = [];
  const withClient: number[] = [];
  for (let block = 0; block < 4; block++) {
    baseline.push(
      ...(await timeEach(async () => {
        const response = await fetch(url, { headers: { accept: 'application/json' } });
        JSON.parse(await response.text());
      })),
    );
    withClient.push(...(await timeEach(() => client.call('alibaba.cart.list', {}))));
  }
  server.close();

  const baselineMedianMs = median(baseline);
  const clientMedianMs = median(withClient);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  console.log(
    JSON.stringify({
      baselineMedianMs: round(baselineMedianMs),
      clientMedianMs: round(clientMedianMs),
      addedMs: round(clientMedianMs - baselineMedianMs),
    }),
  );
}

await main();
