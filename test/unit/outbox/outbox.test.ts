import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/main/log';
import { createOutbox } from '../../../src/main/outbox/outbox';
import type { OutboxClient } from '../../../src/main/outbox/types';
import { migrate } from '../../../src/main/store/migrate';
import { migrations } from '../../../src/main/store/migrations';

/**
 * A tiny stand-in for PandaPon's 1688 order endpoints: it keeps orders with their remark, can
 * lose the answer after creating the order, and counts what reached it. The sandbox-backed
 * integration tests (test/integration/outbox) cover the same behaviour over real HTTP.
 */
class OrderDesk implements OutboxClient {
  orders: { baseInfo: { idOfStr: string; status: string; remark: string; createTime: string } }[] =
    [];
  creates = 0;
  loseNextAnswer = false;
  refuseNext = false;
  offlineLookups = false;

  /** Orders placed by someone else (another device, the seller's system) after ours. */
  placeOthers(count: number): void {
    for (let index = 0; index < count; index += 1) {
      this.orders.push({
        baseInfo: {
          idOfStr: String(1000 + this.orders.length),
          status: 'waitbuyerpay',
          remark: 'placed elsewhere',
          createTime: new Date().toISOString(),
        },
      });
    }
  }

  async call(endpoint: string, input: unknown): Promise<unknown> {
    const body = input as Record<string, unknown>;
    if (endpoint === 'alibaba.order.page') {
      if (this.offlineLookups) throw Object.assign(new Error('offline'), { code: 'offline' });
      const page = Number(body.beginPage ?? 1);
      const size = Number(body.pageSize ?? 50);
      return { data: [...this.orders].reverse().slice((page - 1) * size, page * size) };
    }
    if (endpoint === 'alibaba.order.batchCreate') {
      if (this.refuseNext) {
        this.refuseNext = false;
        throw Object.assign(new Error('库存不足'), { code: 'business', requestId: 'r-1' });
      }
      this.creates += 1;
      const order = {
        baseInfo: {
          idOfStr: String(1000 + this.orders.length),
          status: 'waitbuyerpay',
          remark: String(body.message),
          createTime: new Date().toISOString(),
        },
      };
      this.orders.push(order);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (this.loseNextAnswer) {
        this.loseNextAnswer = false;
        throw Object.assign(new Error('answer lost'), { code: 'outcome_unknown' });
      }
      return [order];
    }
    throw new Error(`unexpected ${endpoint}`);
  }
}

const order = {
  flow: 'general',
  addressParam: { fullName: 'Zhang', mobile: '18600000000', address: 'Xihu' },
  cargoParamList: [{ offerMapId: 'offer-1', specId: 'spec-1', quantity: 2 }],
};

describe('outbox', () => {
  let dir: string;
  let file: string;
  let db: DatabaseSync;
  let desk: OrderDesk;
  const log = createLogger({ level: 'error' });

  function openDb() {
    const opened = new DatabaseSync(file);
    migrate(opened, migrations, () => Date.now());
    return opened;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    file = join(dir, 'store.sqlite');
    db = openDb();
    desk = new OrderDesk();
  });

  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the reference into the remark and records the order id', async () => {
    const outbox = createOutbox({ db, client: desk, log });
    const record = await outbox.submit({
      clientRef: 'checkout-0001',
      endpoint: 'alibaba.order.batchCreate',
      input: order,
    });
    expect(record.state).toBe('done');
    expect(record.orderIds).toEqual(['1000']);
    expect(desk.orders[0]?.baseInfo.remark).toBe('PPD:checkout-0001');
  });

  it('sends once when the same reference is submitted twice at the same moment', async () => {
    const outbox = createOutbox({ db, client: desk, log });
    const intent = {
      clientRef: 'checkout-0002',
      endpoint: 'alibaba.order.batchCreate',
      input: order,
    };
    const [first, second] = await Promise.all([outbox.submit(intent), outbox.submit(intent)]);
    const third = await outbox.submit(intent);
    expect(desk.creates).toBe(1);
    expect(first.orderIds).toEqual(second.orderIds);
    expect(third.orderIds).toEqual(['1000']);
  });

  it('never sends an order twice after a lost answer', async () => {
    const outbox = createOutbox({ db, client: desk, log });
    desk.loseNextAnswer = true;
    const intent = {
      clientRef: 'checkout-0003',
      endpoint: 'alibaba.order.batchCreate',
      input: order,
    };
    const record = await outbox.submit(intent);
    expect(record.state).toBe('done');
    expect(record.orderIds).toEqual(['1000']);
    await outbox.submit(intent);
    expect(desk.creates).toBe(1);
  });

  it('finds a lost order behind hundreds of newer ones, and never guesses past a list too long to read', async () => {
    const outbox = createOutbox({ db, client: desk, log });
    desk.loseNextAnswer = true;
    desk.offlineLookups = true;
    const intent = {
      clientRef: 'checkout-0009',
      endpoint: 'alibaba.order.batchCreate',
      input: order,
    };
    expect((await outbox.submit(intent)).state).toBe('unknown');

    desk.placeOthers(300); // six pages of newer orders before the look-up can run
    desk.offlineLookups = false;
    const found = await outbox.submit(intent);
    expect(found.state).toBe('done');
    expect(found.orderIds).toEqual(['1000']);
    expect(desk.creates).toBe(1);

    desk.loseNextAnswer = true;
    desk.offlineLookups = true;
    const second = { ...intent, clientRef: 'checkout-0010' };
    expect((await outbox.submit(second)).state).toBe('unknown');
    desk.placeOthers(2_100); // more than the look-up reads: it must not conclude "not created"
    desk.offlineLookups = false;
    expect((await outbox.submit(second)).state).toBe('unknown');
    expect(desk.creates).toBe(2);
  });

  it('records a refusal as failed and does not resend under the same reference', async () => {
    const outbox = createOutbox({ db, client: desk, log });
    desk.refuseNext = true;
    const intent = {
      clientRef: 'checkout-0004',
      endpoint: 'alibaba.order.batchCreate',
      input: order,
    };
    const record = await outbox.submit(intent);
    expect(record.state).toBe('failed');
    expect(record.error).toMatchObject({ code: 'business', requestId: 'r-1' });
    expect((await outbox.submit(intent)).state).toBe('failed');
    expect(desk.creates).toBe(0);
  });

  it('stays unknown while the look-up cannot reach PandaPon, then settles', async () => {
    const outbox = createOutbox({ db, client: desk, log });
    desk.loseNextAnswer = true;
    desk.offlineLookups = true;
    const intent = {
      clientRef: 'checkout-0005',
      endpoint: 'alibaba.order.batchCreate',
      input: order,
    };
    expect((await outbox.submit(intent)).state).toBe('unknown');
    expect((await outbox.submit(intent)).state).toBe('unknown');
    desk.offlineLookups = false;
    const settled = await outbox.reconcilePending();
    expect(settled.map((record) => record.state)).toEqual(['done']);
    expect(desk.creates).toBe(1);
  });

  it('settles an intent a crash left sending, without a second order', async () => {
    const first = createOutbox({ db, client: desk, log });
    await first.submit({
      clientRef: 'checkout-0006',
      endpoint: 'alibaba.order.batchCreate',
      input: order,
    });
    // The crash: the row is back to `sending`, as if the process died before the answer.
    db.prepare("UPDATE outbox SET state = 'sending', response_json = NULL").run();
    db.close();
    db = openDb();

    const restarted = createOutbox({ db, client: desk, log });
    const settled = await restarted.reconcilePending();
    expect(settled).toHaveLength(1);
    expect(settled[0]).toMatchObject({ state: 'done', orderIds: ['1000'] });
    expect(desk.creates).toBe(1);
  });

  it('reports an intent a crash left sending as not created when PandaPon has no order', async () => {
    const outbox = createOutbox({ db, client: desk, log });
    db.prepare(
      `INSERT INTO outbox (id, client_ref, endpoint, kind, state, attempts, request_json,
         created_at, updated_at)
       VALUES ('checkout-0007', 'checkout-0007', 'alibaba.order.batchCreate', 'order', 'sending',
         1, '{}', 0, 0)`,
    ).run();
    const [record] = await outbox.reconcilePending();
    expect(record).toMatchObject({ state: 'failed', error: { code: 'not_created' } });
    expect(desk.creates).toBe(0);
  });

  it('refuses an endpoint that does not move money', async () => {
    const outbox = createOutbox({ db, client: desk, log });
    await expect(
      outbox.submit({ clientRef: 'checkout-0008', endpoint: 'alibaba.cart.list', input: {} }),
    ).rejects.toThrow(/not a money-moving endpoint/);
  });
});
