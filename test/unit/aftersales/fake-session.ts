import { DatabaseSync } from 'node:sqlite';
import type { Sourced } from '../../../src/shared/bridge/sourced';
import type { AftersalesSession } from '../../../src/main/aftersales/session';
import { ReverseLedger } from '../../../src/main/aftersales/ledger';
import { migrate } from '../../../src/main/store/migrate';
import { migrations } from '../../../src/main/store/migrations';
import { createLogger } from '../../../src/main/log';

/**
 * A session over a real SQLite store (every migration applied) and a scripted PandaPon: reads
 * answer from `answers` by endpoint, calls are recorded and answered by `onCall`.
 */
export interface FakeSession extends AftersalesSession {
  readonly calls: { endpoint: string; input: Record<string, unknown> }[];
  answers: Record<string, (input: Record<string, unknown>) => unknown>;
  onCall: (endpoint: string, input: Record<string, unknown>) => unknown;
}

export function fakeSession(): FakeSession {
  const db = new DatabaseSync(':memory:');
  migrate(db, migrations, () => Date.now());
  const session: FakeSession = {
    profileId: 'test',
    ledger: new ReverseLedger(db),
    calls: [],
    answers: {},
    onCall: () => {
      throw new Error('no call expected');
    },
    async read(endpoint, input): Promise<Sourced<unknown>> {
      const answer = session.answers[endpoint];
      if (!answer) throw Object.assign(new Error(`no answer for ${endpoint}`), { code: 'offline' });
      return {
        data: answer(input as Record<string, unknown>),
        source: 'network',
        fetchedAt: new Date().toISOString(),
        stale: false,
      };
    },
    async call(endpoint, input) {
      session.calls.push({ endpoint, input: input as Record<string, unknown> });
      return session.onCall(endpoint, input as Record<string, unknown>);
    },
  };
  return session;
}

export const quietLog = createLogger({ level: 'error' });

/** A paid Taobao order with two lines: 2 × 19.90 yuan and 1 × 35.00 yuan (in fen). */
export const taobaoOrder = {
  purchaseOrderId: '7001',
  orderStatus: 10,
  createTime: '2026-12-01 10:00:00',
  payTime: '2026-12-01 10:05:00',
  subOrders: [
    { subPurchaseOrderId: '7001-1', title: 'Linen shirt', quantity: 2, price: 1990 },
    { subPurchaseOrderId: '7001-2', title: 'Canvas bag', quantity: 1, price: 3500 },
  ],
};

export const alibabaOrder = {
  baseInfo: {
    idOfStr: '3001',
    id: 3001,
    status: 'waitbuyerreceive',
    createTime: '20261201100000000+0800',
  },
  productItems: [
    { subItemID: 11, name: 'Ceramic mug', quantity: 10, price: '4.50', itemAmount: '45.00' },
    { subItemID: 12, name: 'Tea towel', quantity: 5, price: '2.00', itemAmount: '10.00' },
  ],
};

export function withOrders(session: FakeSession) {
  session.answers['taobao.order.detail'] = () => taobaoOrder;
  session.answers['alibaba.order.page'] = () => ({ data: [alibabaOrder] });
  session.answers['taobao.refund.render'] = () => ({
    saleFlag: true,
    refundOrderTemplate: {
      refundReasons: [
        { reasonId: 5, reasonDesc: 'Wrong size', tips: null },
        { reasonId: 6, reasonDesc: 'Damaged', tips: 'Add photos' },
      ],
      maxRefundFee: { canEditRefundFee: true },
    },
  });
  session.answers['alibaba.refund.reasons'] = () => [
    { id: 21, name: '质量问题', needVoucher: true },
    { id: 22, name: '不想要了', needVoucher: false },
  ];
}
