import { describe, expect, it } from 'vitest';
import {
  addReturnShipping,
  cancelReverseOrder,
  listReverseOrders,
  reverseOrderDetail,
} from '../../../src/main/aftersales/aftersales-service';
import { submitReverseOrder } from '../../../src/main/aftersales/submit';
import { BridgeError } from '../../../src/shared/bridge/errors';
import { fakeSession, quietLog, withOrders, type FakeSession } from './fake-session';

function taobaoCase(status: number, extra: Record<string, unknown> = {}) {
  return {
    refundOrderAggregate: {
      refundOrder: {
        refundId: 'R-1',
        refundStatus: status,
        refundType: 3,
        refundFee: 1990,
        reasonDesc: 'Wrong size',
        refundDesc: 'PPD:ref-abcdefgh Too small',
        ...extra,
      },
      purchaseOrderLine: {
        purchaseOrderId: 7001,
        purchaseOrderLineId: '7001-1',
        itemTitle: 'Linen shirt',
      },
    },
  };
}

function withTaobaoCase(session: FakeSession, status: number) {
  session.answers['taobao.refund.detail'] = () => taobaoCase(status);
  session.answers['taobao.refund.messageList'] = () => [
    { content: 'Please send photos', createTime: '2026-12-02 09:00:00' },
  ];
}

describe('reverse-order list and detail', () => {
  it('maps a Taobao case and keeps each status it sees as a timeline', async () => {
    const session = fakeSession();
    withTaobaoCase(session, 10);
    const first = (await reverseOrderDetail(session, 'taobao', 'R-1')).data;
    expect(first).toMatchObject({
      refundId: 'R-1',
      orderId: '7001',
      kind: 'return',
      status: 'awaiting_seller',
      amountFen: 1990,
      description: 'Too small',
      title: 'Linen shirt',
    });
    expect(first.actions).toEqual(['cancel', 'modify', 'message']);
    expect(first.messages[0]?.text).toBe('Please send photos');

    withTaobaoCase(session, 20);
    const second = (await reverseOrderDetail(session, 'taobao', 'R-1')).data;
    expect(second.status).toBe('awaiting_return');
    expect(second.actions).toContain('returnShipping');
    expect(second.history.map((step) => step.status)).toEqual([
      'awaiting_seller',
      'awaiting_return',
    ]);
  });

  it('shows an undocumented status as "other" with its raw value', async () => {
    const session = fakeSession();
    withTaobaoCase(session, 55);
    const detail = (await reverseOrderDetail(session, 'taobao', 'R-1')).data;
    expect(detail).toMatchObject({ status: 'other', rawStatus: '55', actions: ['message'] });
  });

  it('lists 1688 cases from those filed here, read through their detail, and filters them', async () => {
    const session = fakeSession();
    withOrders(session);
    session.onCall = () => ({ refundId: 'TQ900' });
    await submitReverseOrder(
      session,
      {
        platform: '1688',
        orderId: '3001',
        lineIds: ['11'],
        kind: 'return',
        goodsReceived: true,
        reasonId: '21',
        amountFen: 4500,
        description: 'Chipped',
        clientRef: 'ref-1688-00002',
      },
      quietLog,
    );
    session.answers['alibaba.refund.detail'] = () => ({
      refundId: 'TQ900',
      status: 'waitbuyersend',
      applyPayment: 4500,
      disputeRequest: 'returnRefund',
      createTime: '20261202100000000+0800',
    });
    const open = await listReverseOrders(
      session,
      { platform: '1688', filter: 'action', refresh: false },
      quietLog,
    );
    expect(open.data).toHaveLength(1);
    expect(open.data[0]).toMatchObject({
      refundId: 'TQ900',
      title: 'Ceramic mug',
      status: 'awaiting_return',
      orderId: '3001',
    });
    const finished = await listReverseOrders(
      session,
      { platform: '1688', filter: 'finished', refresh: false },
      quietLog,
    );
    expect(finished.data).toHaveLength(0);
  });
});

describe('follow-up actions', () => {
  it('withdraws a Taobao case and returns it fresh', async () => {
    const session = fakeSession();
    withTaobaoCase(session, 10);
    session.onCall = (endpoint) => {
      expect(endpoint).toBe('taobao.refund.cancel');
      withTaobaoCase(session, -20);
      return { cancelSuccess: true };
    };
    const detail = await cancelReverseOrder(session, 'taobao', 'R-1');
    expect(detail.status).toBe('closed');
    expect(session.calls).toHaveLength(1);
  });

  it('says plainly that a 1688 case cannot be withdrawn here, and sends nothing', async () => {
    const session = fakeSession();
    session.answers['alibaba.refund.detail'] = () => ({
      refundId: 'TQ1',
      status: 'waitselleragree',
    });
    const error = await cancelReverseOrder(session, '1688', 'TQ1').catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BridgeError);
    expect((error as BridgeError).code).toBe('forbidden');
    expect(session.calls).toHaveLength(0);
  });

  it('refuses a return shipment before the seller asked for the goods', async () => {
    const session = fakeSession();
    withTaobaoCase(session, 10);
    const error = await addReturnShipping(session, {
      platform: 'taobao',
      refundId: 'R-1',
      carrierCode: 'SF',
      waybill: 'SF1234567890',
    }).catch((caught: unknown) => caught);
    expect((error as BridgeError).code).toBe('conflict');
    expect(session.calls).toHaveLength(0);
  });

  it('refuses a carrier PandaPon did not list, then saves a listed one', async () => {
    const session = fakeSession();
    withTaobaoCase(session, 20);
    session.answers['taobao.refund.returnLogisticsRender'] = () => ({
      logisticsCompanies: [{ logisticsCompanyCode: 'SF', logisticsCompanyName: '顺丰' }],
    });
    const input = { platform: 'taobao' as const, refundId: 'R-1', waybill: 'SF1234567890' };
    const error = await addReturnShipping(session, { ...input, carrierCode: 'XX' }).catch(
      (e: unknown) => e,
    );
    expect((error as BridgeError).issues?.[0]?.path).toBe('carrierCode');
    expect(session.calls).toHaveLength(0);

    session.onCall = () => true;
    await addReturnShipping(session, { ...input, carrierCode: 'SF' });
    expect(session.calls[0]).toEqual({
      endpoint: 'taobao.refund.returnLogisticsSubmit',
      input: { refundId: 'R-1', logisticsCompanyCode: 'SF', logisticsNo: 'SF1234567890' },
    });
  });
});
