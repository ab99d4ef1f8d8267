import { describe, expect, it } from 'vitest';
import { submitInput } from '../../../src/shared/bridge/calls/aftersales';
import { BridgeError } from '../../../src/shared/bridge/errors';
import { submitReverseOrder, type SubmitRequest } from '../../../src/main/aftersales/submit';
import { fakeSession, quietLog, withOrders } from './fake-session';

const taobaoRequest = (overrides: Partial<SubmitRequest> = {}): SubmitRequest => ({
  platform: 'taobao',
  orderId: '7001',
  lineIds: ['7001-1'],
  kind: 'refund',
  goodsReceived: false,
  reasonId: '5',
  amountFen: 2000,
  description: 'Sizes run small',
  clientRef: 'ref-taobao-0001',
  ...overrides,
});

async function refusal(promise: Promise<unknown>): Promise<BridgeError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BridgeError);
  return error as BridgeError;
}

describe('filing a reverse order', () => {
  it('refuses an amount above what was paid for the lines, and sends nothing', async () => {
    const session = fakeSession();
    withOrders(session);
    // Line 7001-1 cost 2 × 19.90 = 39.80 yuan.
    const error = await refusal(
      submitReverseOrder(session, taobaoRequest({ amountFen: 3981 }), quietLog),
    );
    expect(error.code).toBe('bad_input');
    expect(error.issues?.[0]?.path).toBe('amountFen');
    expect(error.message).toContain('3980');
    expect(session.calls).toHaveLength(0);
    expect(session.ledger.get('ref-taobao-0001')).toBeNull();
  });

  it('refuses a line that is not part of the order', async () => {
    const session = fakeSession();
    withOrders(session);
    const error = await refusal(
      submitReverseOrder(session, taobaoRequest({ lineIds: ['9999'] }), quietLog),
    );
    expect(error.code).toBe('bad_input');
    expect(error.message).toContain('9999');
    expect(session.calls).toHaveLength(0);
  });

  it('refuses two Taobao lines in one request', async () => {
    const session = fakeSession();
    withOrders(session);
    const error = await refusal(
      submitReverseOrder(session, taobaoRequest({ lineIds: ['7001-1', '7001-2'] }), quietLog),
    );
    expect(error.code).toBe('bad_input');
    expect(error.message).toMatch(/one line/);
    expect(session.calls).toHaveLength(0);
  });

  it('refuses a reason PandaPon did not offer', async () => {
    const session = fakeSession();
    withOrders(session);
    const error = await refusal(
      submitReverseOrder(session, taobaoRequest({ reasonId: '77' }), quietLog),
    );
    expect(error.issues?.[0]?.path).toBe('reasonId');
    expect(session.calls).toHaveLength(0);
  });

  it('refuses an unpaid order with a reason the page can word', async () => {
    const session = fakeSession();
    withOrders(session);
    session.answers['taobao.order.detail'] = () => ({
      purchaseOrderId: '7001',
      orderStatus: 0,
      subOrders: [{ subPurchaseOrderId: '7001-1', title: 'Linen shirt', quantity: 1, price: 10 }],
    });
    const error = await refusal(
      submitReverseOrder(session, taobaoRequest({ amountFen: 5 }), quietLog),
    );
    expect(error.code).toBe('conflict');
    expect(error.details?.problem).toBe('unpaid');
    expect(session.calls).toHaveLength(0);
  });

  it('refuses a 1688 id too long to send as a number rather than rounding it', async () => {
    const session = fakeSession();
    withOrders(session);
    const long = '3001234567890123456';
    session.answers['alibaba.order.page'] = () => ({
      data: [{ ...withLongLine(long) }],
    });
    const error = await refusal(
      submitReverseOrder(
        session,
        taobaoRequest({ platform: '1688', orderId: '3001', lineIds: [long], reasonId: '21' }),
        quietLog,
      ),
    );
    expect(error.code).toBe('bad_input');
    expect(error.message).toContain(long);
    expect(session.calls).toHaveLength(0);
  });

  it('files once however often the same request is sent', async () => {
    const session = fakeSession();
    withOrders(session);
    session.onCall = () => ({ refundId: 'R-100' });
    const first = await submitReverseOrder(session, taobaoRequest(), quietLog);
    const again = await submitReverseOrder(session, taobaoRequest(), quietLog);
    expect(first.submission).toMatchObject({ state: 'done', refundId: 'R-100' });
    expect(again.submission).toMatchObject({ state: 'done', refundId: 'R-100' });
    expect(session.calls).toHaveLength(1);
    const sent = session.calls[0]!;
    expect(sent.endpoint).toBe('taobao.refund.submit');
    expect(sent.input).toMatchObject({
      subOrderId: '7001-1',
      refundFee: 2000,
      reasonId: 5,
      refundType: 1,
    });
    expect(String(sent.input.refundDesc)).toBe('PPD:ref-taobao-0001 Sizes run small');
  });

  it('after a lost answer finds the filed case by its reference and never sends again', async () => {
    const session = fakeSession();
    withOrders(session);
    session.onCall = () => {
      throw Object.assign(new Error('socket hang up'), { code: 'timeout' });
    };
    session.answers['taobao.refund.list'] = () => ({
      data: [
        { refundId: 'R-200', refundStatus: 10, refundDesc: 'PPD:ref-taobao-0001 Sizes run small' },
      ],
    });
    const outcome = await submitReverseOrder(session, taobaoRequest(), quietLog);
    expect(outcome.submission).toMatchObject({ state: 'done', refundId: 'R-200' });
    await submitReverseOrder(session, taobaoRequest(), quietLog);
    expect(session.calls).toHaveLength(1);
  });

  it('after a lost answer PandaPon never saw, says nothing was filed', async () => {
    const session = fakeSession();
    withOrders(session);
    session.onCall = () => {
      throw Object.assign(new Error('socket hang up'), { code: 'timeout' });
    };
    session.answers['taobao.refund.list'] = () => ({ data: [] });
    const outcome = await submitReverseOrder(session, taobaoRequest(), quietLog);
    expect(outcome.submission.state).toBe('failed');
    expect(outcome.submission.error?.code).toBe('not_created');
    expect(session.calls).toHaveLength(1);
  });

  it('keeps a 1688 request it cannot confirm as unknown, and does not resend it', async () => {
    const session = fakeSession();
    withOrders(session);
    session.onCall = () => {
      throw Object.assign(new Error('socket hang up'), { code: 'timeout' });
    };
    const request = taobaoRequest({
      platform: '1688',
      orderId: '3001',
      lineIds: ['11'],
      reasonId: '21',
      amountFen: 4500,
      clientRef: 'ref-1688-00001',
    });
    const outcome = await submitReverseOrder(session, request, quietLog);
    expect(outcome.submission.state).toBe('unknown');
    await submitReverseOrder(session, request, quietLog);
    expect(session.calls).toHaveLength(1);
    expect(session.calls[0]!.input).toMatchObject({
      orderId: 3001,
      orderEntryIds: [11],
      applyPayment: 4500,
      disputeRequest: 'refund',
    });
  });

  it('records a refusal by PandaPon as failed with its message', async () => {
    const session = fakeSession();
    withOrders(session);
    session.onCall = () => {
      throw Object.assign(new Error('售后已超时'), { code: 'pandapon_error' });
    };
    const outcome = await submitReverseOrder(session, taobaoRequest(), quietLog);
    expect(outcome.submission).toMatchObject({ state: 'failed', refundId: null });
    expect(outcome.submission.error?.message).toBe('售后已超时');
  });
});

describe('the submit call input', () => {
  const valid = taobaoRequest();
  it.each([
    ['a zero amount', { amountFen: 0 }, 'amountFen'],
    ['a fractional amount', { amountFen: 10.5 }, 'amountFen'],
    ['an empty description', { description: '   ' }, 'description'],
    ['no lines', { lineIds: [] }, 'lineIds'],
    ['a malformed client reference', { clientRef: 'x' }, 'clientRef'],
    ['an unknown kind', { kind: 'exchange' }, 'kind'],
  ])('refuses %s', (_name, change, path) => {
    const result = submitInput.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(path);
  });

  it('accepts a well-formed request', () => {
    expect(submitInput.safeParse(valid).success).toBe(true);
  });
});

function withLongLine(lineId: string) {
  return {
    baseInfo: { idOfStr: '3001', status: 'waitbuyerreceive' },
    productItems: [
      {
        subItemIDString: lineId,
        subItemID: lineId,
        name: 'Mug',
        quantity: 1,
        price: '4.50',
        itemAmount: '4.50',
      },
    ],
  };
}
