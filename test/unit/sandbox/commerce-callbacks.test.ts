import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { callbackPushSchema } from '../../../src/shared/pandapon';
import { createCallbackQueue, type CallbackQueue } from '../../../src/sandbox/callbacks';

/** The callback queue against a real HTTP receiver on the loopback address. */
interface Received {
  readonly body: string;
  readonly authorization: string | undefined;
}

const SECRET = 'callback-secret';
const message = {
  messageType: '1688_ORDER_BUYER_VIEW_ORDER_STATUS_MODIFY',
  messagePlatform: '1',
  messageBody: { orderId: '1' },
};

let server: Server | null = null;
let queue: CallbackQueue | null = null;

afterEach(async () => {
  await queue?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
  queue = null;
});

/** A receiver that answers each POST with the next status of `statuses` (200 once they run out). */
async function receiver(statuses: number[]) {
  const received: Received[] = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ body, authorization: request.headers.authorization });
      response.writeHead(statuses.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

async function until(check: () => boolean, ms = 3_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('signed callbacks', () => {
  it('posts the message as JSON signed with HMAC-SHA256 of the raw body, in order', async () => {
    const { url, received } = await receiver([]);
    queue = createCallbackQueue({
      secretOf: (key) => (key === 'AK' ? SECRET : undefined),
      now: () => new Date(1_779_263_269_913),
    });
    queue.setUrl('AK', url);
    queue.send('AK', message);
    queue.send('AK', { ...message, messageBody: { orderId: '2' } });
    await until(() => received.length === 2);

    for (const delivery of received) {
      const expected = createHmac('sha256', SECRET).update(delivery.body).digest('hex');
      expect(delivery.authorization).toBe(expected);
      expect(callbackPushSchema.safeParse(JSON.parse(delivery.body)).success).toBe(true);
    }
    expect(JSON.parse(received[0]!.body)).toEqual({
      ...message,
      messagePlatform: 1,
      timestamp: '1779263269913',
    });
    expect(received.map((r) => JSON.parse(r.body).messageBody.orderId)).toEqual(['1', '2']);
    expect(queue.log().map((d) => d.status)).toEqual([200, 200]);
  });

  it('retries on the compressed schedule until the receiver answers 200', async () => {
    const { url, received } = await receiver([500, 503]);
    queue = createCallbackQueue({ secretOf: () => SECRET, retryDelaysMs: [20, 20, 20] });
    queue.setUrl('AK', url);
    queue.send('AK', message);
    await until(() => received.length === 3);
    await until(() => queue!.log().length === 3);
    expect(queue.log().map((d) => [d.attempt, d.status])).toEqual([
      [1, 500],
      [2, 503],
      [3, 200],
    ]);
    expect(new Set(received.map((r) => r.body)).size).toBe(1);
  });

  it('gives up after the last retry, and records an unreachable receiver as an error', async () => {
    const { url } = await receiver([500, 500, 500, 500]);
    queue = createCallbackQueue({ secretOf: () => SECRET, retryDelaysMs: [10, 10] });
    queue.setUrl('AK', url);
    queue.send('AK', message);
    await until(() => queue!.log().length === 3);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(queue.log().map((d) => d.status)).toEqual([500, 500, 500]);

    queue.setUrl('AK2', 'http://127.0.0.1:9/closed');
    queue.send('AK2', message);
    await until(() => queue!.log().length === 4);
    expect(queue.log().at(-1)).toMatchObject({ accessKey: 'AK2', status: 'error', attempt: 1 });
  });

  it('sends nothing without a URL or a secret, and refuses a URL that is not http', async () => {
    const { url, received } = await receiver([]);
    queue = createCallbackQueue({ secretOf: () => undefined });
    queue.send('AK', message);
    queue.setUrl('AK', url);
    queue.send('AK', message);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received).toEqual([]);
    expect(() => queue!.setUrl('AK', 'file:///etc/passwd')).toThrow(/http/);
  });
});
