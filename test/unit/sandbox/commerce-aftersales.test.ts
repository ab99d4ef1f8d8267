import { describe, expect, it } from 'vitest';
import { CommerceCode, TIMINGS } from '../../../src/sandbox/commerce';
import { ADDRESS_1688, ADDRESS_TAOBAO, createHarness, type Loose } from './commerce-harness';

/** A paid Taobao order (optionally shipped), ready for a reverse order. */
function paidTaobaoOrder(h: ReturnType<typeof createHarness>, shipped: boolean) {
  const [a, b] = h.items(2);
  const order = h.call('taobao.order.create', {
    lines: [h.taobaoLine(a!, 1), h.taobaoLine(b!, 2)],
    orderAddress: ADDRESS_TAOBAO,
  });
  h.call('taobao.order.pay', { purchaseOrderIds: [order.purchaseOrderId] });
  if (shipped) h.advance(TIMINGS.sellerShips);
  return h.call('taobao.order.detail', { purchaseOrderId: order.purchaseOrderId });
}

const refundStatuses = (h: ReturnType<typeof createHarness>, type: string) =>
  h.messages
    .filter((m) => m.message.messageType === type)
    .map((m) => (m.message.messageBody as Loose).refundStatus);

describe('Taobao reverse orders', () => {
  it('renders a template, refunds money only after the seller agrees, and closes the order when all is refunded', () => {
    const h = createHarness();
    const order = paidTaobaoOrder(h, false);
    const [first, second] = order.subOrders as Loose[];
    const fee = (line: Loose) => line.price * line.quantity;

    const render = h.call('taobao.refund.render', {
      subOrderId: first!.subPurchaseOrderId,
      refundType: 1,
      goodsStatus: 1,
    });
    expect(render.saleFlag).toBe(true);
    expect(render.refundOrderTemplate.maxRefundFee.refundFee).toBe(fee(first!));
    const reasonId = render.refundOrderTemplate.refundReasons[0].reasonId;

    expect(
      h.refusal('taobao.refund.submit', {
        subOrderId: first!.subPurchaseOrderId,
        refundType: 1,
        goodsStatus: 1,
        reasonId,
        refundFee: fee(first!) + 1,
      }).message,
    ).toMatch(/refundFee must be/);
    expect(
      h.refusal('taobao.refund.submit', {
        subOrderId: first!.subPurchaseOrderId,
        refundType: 3,
        goodsStatus: 1,
        reasonId: 201,
        refundFee: 1,
      }).code,
    ).toBe(CommerceCode.wrongStatus);

    const ids = [first, second].map(
      (line) =>
        h.call('taobao.refund.submit', {
          subOrderId: line!.subPurchaseOrderId,
          refundType: 1,
          goodsStatus: 1,
          reasonId,
          refundFee: fee(line!),
          refundDesc: '不要了',
        }).refundId as string,
    );
    expect(
      h.call('taobao.refund.render', {
        subOrderId: first!.subPurchaseOrderId,
        refundType: 1,
        goodsStatus: 1,
      }).saleFlag,
    ).toBe(false);
    expect(
      h.call('taobao.refund.detail', { refundId: ids[0] }).refundOrderAggregate.refundOrder
        .refundStatus,
    ).toBe(10);

    h.advance(TIMINGS.sellerAnswers);
    expect(
      h.call('taobao.refund.detail', { refundId: ids[0] }).refundOrderAggregate.refundOrder
        .refundStatus,
    ).toBe(100);
    const after = h.call('taobao.order.detail', { purchaseOrderId: order.purchaseOrderId });
    expect(after.orderStatus).toBe(4);
    expect(after.subOrders.map((line: Loose) => line.refundStatus)).toEqual([100, 100]);
    expect(refundStatuses(h, 'TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND')).toEqual([
      10, 10, 100, 100,
    ]);
  });

  it('walks a return: seller agrees, buyer sends the goods, seller receives them, money back', () => {
    const h = createHarness();
    const order = paidTaobaoOrder(h, true);
    const line = order.subOrders[0] as Loose;
    const { refundId } = h.call('taobao.refund.submit', {
      subOrderId: line.subPurchaseOrderId,
      refundType: 3,
      goodsStatus: 2,
      reasonId: 201,
      refundFee: line.price,
    });
    const status = () =>
      h.call('taobao.refund.detail', { refundId }).refundOrderAggregate.refundOrder.refundStatus;

    expect(h.call('taobao.refund.modify', { refundId, refundFee: 1, refundDesc: 'less' })).toEqual({
      refundId,
    });
    expect(
      h.refusal('taobao.refund.returnLogisticsSubmit', {
        refundId,
        logisticsCompanyCode: 'SF',
        logisticsNo: 'SF1',
      }).code,
    ).toBe(CommerceCode.wrongStatus);
    h.advance(TIMINGS.sellerAnswers);
    expect(status()).toBe(20);
    expect(h.refusal('taobao.refund.modify', { refundId, refundFee: 2 }).code).toBe(
      CommerceCode.wrongStatus,
    );

    const companies = h.call('taobao.refund.returnLogisticsRender', {
      refundId,
    }).logisticsCompanies;
    expect(companies.map((c: Loose) => c.logisticsCompanyCode)).toContain('SF');
    expect(
      h.refusal('taobao.refund.returnLogisticsSubmit', {
        refundId,
        logisticsCompanyCode: 'XX',
        logisticsNo: 'SF1',
      }).message,
    ).toMatch(/logisticsCompanyCode/);
    h.call('taobao.refund.returnLogisticsSubmit', {
      refundId,
      logisticsCompanyCode: 'SF',
      logisticsNo: 'SF123456',
    });
    expect(status()).toBe(30);
    expect(
      h.call('taobao.refund.detail', { refundId }).refundOrderAggregate.logistics.logisticsNo,
    ).toBe('SF123456');

    h.call('taobao.refund.submitMessage', {
      refundId,
      refundMessage: '已寄出',
      refundImages: 'http://a/1.jpg,http://a/2.jpg',
    });
    h.advance(TIMINGS.sellerReceivesReturn);
    expect(status()).toBe(100);
    const messages = h.call('taobao.refund.messageList', { refundId });
    expect(messages.map((m: Loose) => m.content)).toContain('已寄出');
    expect(messages.find((m: Loose) => m.content === '已寄出').images).toHaveLength(2);
    // Only one line of two was refunded: the order stays open.
    expect(
      h.call('taobao.order.detail', { purchaseOrderId: order.purchaseOrderId }).orderStatus,
    ).toBe(11);
  });

  it('lets the buyer withdraw an open case, and lists cases with filters and paging', () => {
    const h = createHarness();
    const order = paidTaobaoOrder(h, false);
    const line = order.subOrders[0] as Loose;
    const { refundId } = h.call('taobao.refund.submit', {
      subOrderId: line.subPurchaseOrderId,
      refundType: 1,
      goodsStatus: 1,
      reasonId: 101,
      refundFee: 1,
    });
    const cancelled = h.call('taobao.refund.cancel', { refundId });
    expect(cancelled).toMatchObject({ cancelSuccess: true, currency: 'CNY' });
    expect(cancelled.refundOrderAggregate.refundOrder.refundStatus).toBe(-20);
    expect(h.refusal('taobao.refund.cancel', { refundId }).code).toBe(CommerceCode.wrongStatus);

    expect(h.call('taobao.refund.list', { pageSize: 10, refundStatus: -20 })).toMatchObject({
      total: 1,
      pageNo: 1,
    });
    expect(h.call('taobao.refund.list', { pageSize: 10, purchaseOrderId: 'none' })).toMatchObject({
      total: 0,
    });
    expect(h.refusal('taobao.refund.list', { pageSize: 0 }).code).toBe(CommerceCode.badInput);
  });
});

describe('1688 reverse orders', () => {
  function shippedOrder(h: ReturnType<typeof createHarness>) {
    const [offer] = h.offers(1);
    const [order] = h.call('alibaba.order.create', {
      flow: 'general',
      addressParam: ADDRESS_1688,
      cargoParamList: [{ offerMapId: offer!.mapId, specId: h.specOf(offer!), quantity: 2 }],
    });
    h.call('alibaba.order.batchSubmitToPay', { orderIds: [order.baseInfo.idOfStr] });
    h.advance(TIMINGS.sellerShips);
    return h.call('alibaba.order.page', { orderId: order.baseInfo.idOfStr }).data[0];
  }

  it('creates a return, takes the waybill, and refunds once the seller receives the goods', () => {
    const h = createHarness();
    const order = shippedOrder(h);
    const orderId = order.baseInfo.id as number;
    const reasons = h.call('alibaba.refund.reasons', {
      orderId,
      goodsStatus: 'refundBuyerReceived',
    });
    const quality = reasons.find((reason: Loose) => reason.needVoucher);
    const base = {
      orderId,
      disputeRequest: 'returnRefund',
      applyPayment: 100,
      applyCarriage: 0,
      applyReasonId: quality.id,
      description: '破损',
      goodsStatus: 'refundBuyerReceived',
    };
    expect(h.refusal('alibaba.refund.create', base).message).toMatch(/voucher/);
    expect(
      h.refusal('alibaba.refund.create', { ...base, disputeRequest: 'swap', vouchers: ['v'] })
        .message,
    ).toMatch(/disputeRequest/);
    const voucher = h.call('alibaba.refund.uploadVoucher', {
      imageBase64: Buffer.from('picture').toString('base64'),
    });
    const { refundId } = h.call('alibaba.refund.create', {
      ...base,
      vouchers: [voucher.imageDomain + voucher.imageRelativeUrl],
    });
    expect(refundId).toMatch(/^TQ\d+$/);
    expect(h.refusal('alibaba.refund.create', { ...base, vouchers: ['v'] }).code).toBe(
      CommerceCode.wrongStatus,
    );

    h.advance(TIMINGS.sellerAnswers);
    expect(h.call('alibaba.refund.detail', { refundId }).status).toBe('waitbuyersend');
    const [company] = h.call('alibaba.refund.logisticsCompanies');
    h.call('alibaba.refund.submitReturn', {
      refundId,
      logisticsCompanyNo: company.companyNo,
      freightBill: 'YT9',
    });
    expect(h.call('alibaba.refund.detail', { refundId })).toMatchObject({
      status: 'waitsellerreceive',
      freightBill: 'YT9',
    });
    h.advance(TIMINGS.sellerReceivesReturn);
    expect(h.call('alibaba.refund.detail', { refundId })).toMatchObject({
      status: 'refundsuccess',
      applyPayment: 100,
    });
    expect(refundStatuses(h, '1688_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND')).toEqual([
      'waitselleragree',
      'waitbuyersend',
      'waitsellerreceive',
      'refundsuccess',
    ]);
    // The whole order was under the case: it is now closed as refunded.
    expect(h.call('alibaba.order.page', { orderId: String(orderId) }).data[0].baseInfo.status).toBe(
      'terminated',
    );
  });

  it('refuses more money than the lines cost, and cases on unpaid orders', () => {
    const h = createHarness();
    const order = shippedOrder(h);
    const total = Math.round(Number(order.baseInfo.sumProductPayment) * 100);
    const ask = {
      orderId: order.baseInfo.id,
      disputeRequest: 'refund',
      applyCarriage: 0,
      applyReasonId: 20001,
      description: 'x',
      goodsStatus: 'refundBuyerReceived',
    };
    expect(h.refusal('alibaba.refund.create', { ...ask, applyPayment: total + 1 }).message).toMatch(
      /at most/,
    );

    const [offer] = h.offers(2).slice(1);
    const [unpaid] = h.call('alibaba.order.create', {
      flow: 'general',
      addressParam: ADDRESS_1688,
      cargoParamList: [{ offerMapId: offer!.mapId, specId: h.specOf(offer!), quantity: 1 }],
    });
    expect(
      h.refusal('alibaba.refund.create', { ...ask, orderId: unpaid.baseInfo.id, applyPayment: 1 })
        .code,
    ).toBe(CommerceCode.wrongStatus);
  });
});
