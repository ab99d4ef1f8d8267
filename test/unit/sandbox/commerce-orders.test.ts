import { describe, expect, it } from 'vitest';
import { orderCarriesReference, remarkWithReference } from '../../../src/main/outbox/reference';
import { CommerceCode, TIMINGS } from '../../../src/sandbox/commerce';
import { skusOf } from '../../../src/sandbox/generator/skus';
import { ADDRESS_1688, ADDRESS_TAOBAO, createHarness, type Loose } from './commerce-harness';

const HOUR = 3_600_000;
const fen = (yuan: string) => Math.round(Number(yuan) * 100);

describe('1688 orders', () => {
  it('previews per seller, then creates orders from the cart with the same totals and the remark kept', () => {
    const h = createHarness();
    const [a, b] = h.offers(2);
    const ids = [h.cartAdd1688(a!, 3), h.cartAdd1688(b!, 1)];
    const preview = h.call('alibaba.cart.preview', { cartIds: ids, addressParam: ADDRESS_1688 });
    expect(preview.orderPreviewResuslt).toHaveLength(2);
    for (const item of preview.orderPreviewResuslt) {
      expect(item.success).toBe(true);
      expect(fen(item.sumPayment)).toBe(fen(item.sumPaymentNoCarriage) + fen(item.sumCarriage));
      expect(item.sumPayment).toMatch(/^\d+\.\d{2}$/);
    }

    const remark = remarkWithReference('rush please', 'ref-123');
    const orders = h.call('alibaba.cart.createOrder', {
      flow: 'general',
      message: remark,
      addressParam: ADDRESS_1688,
      cartIds: ids,
    }) as Loose[];
    expect(orders).toHaveLength(2);
    expect(orders.map((o) => o.baseInfo.totalAmount).sort()).toEqual(
      preview.orderPreviewResuslt.map((p: Loose) => p.sumPayment).sort(),
    );
    expect(orders[0].baseInfo.status).toBe('waitbuyerpay');
    expect(h.call('alibaba.cart.list').enableList).toEqual([]);

    // The outbox finds an order whose answer was lost by the reference in its remark.
    const page = h.call('alibaba.order.page', { beginPage: 1, pageSize: 50 });
    expect(page).toMatchObject({ totalRecords: 2, totalPage: 1, currentPage: 1, pageSize: 50 });
    expect(
      page.data.filter((order: Loose) => orderCarriesReference(order, 'ref-123')),
    ).toHaveLength(2);
  });

  it('batch-previews and batch-creates across sellers, one order per seller', () => {
    const h = createHarness();
    const offers = h.offers(3);
    const cargoParamList = offers.map((offer) => ({
      offerMapId: offer.mapId,
      specId: h.specOf(offer),
      quantity: 2,
    }));
    const preview = h.call('alibaba.order.batchPreview', {
      addressParam: ADDRESS_1688,
      cargoParamList,
    });
    expect(preview.orderPreviewResuslt).toHaveLength(3);
    const created = h.call('alibaba.order.batchCreate', {
      flow: 'general',
      addressParam: ADDRESS_1688,
      cargoParamList,
    });
    expect(new Set(created.map((order: Loose) => order.baseInfo.sellerOpenId)).size).toBe(3);
    expect(h.refusal('alibaba.order.preview', { cargoParamList }).message).toMatch(/one seller/);
  });

  it('answers a preview below the minimum order with success false, and refuses to create it', () => {
    const h = createHarness();
    const [offer] = h.offers(1, 10);
    const cargoParamList = [{ offerMapId: offer!.mapId, specId: h.specOf(offer!), quantity: 3 }];
    const item = h.call('alibaba.order.preview', { addressParam: ADDRESS_1688, cargoParamList })
      .orderPreviewResuslt[0];
    expect(item).toMatchObject({ success: false, errorCode: 'MIN_ORDER_QUANTITY' });
    const refused = h.refusal('alibaba.order.create', {
      flow: 'general',
      addressParam: ADDRESS_1688,
      cargoParamList,
    });
    expect(refused.code).toBe(CommerceCode.notOrderable);
    expect(refused.message).toMatch(/at least 10/);
  });

  it('refuses an order without a usable address, naming the field', () => {
    const h = createHarness();
    const [offer] = h.offers(1);
    const cargoParamList = [{ offerMapId: offer!.mapId, specId: h.specOf(offer!), quantity: 1 }];
    const noName = h.refusal('alibaba.order.create', {
      flow: 'general',
      addressParam: { ...ADDRESS_1688, fullName: ' ' },
      cargoParamList,
    });
    expect(noName.message).toMatch(/addressParam\.fullName is required/);
    expect(
      h.refusal('alibaba.order.create', {
        flow: 'weird',
        addressParam: ADDRESS_1688,
        cargoParamList,
      }).message,
    ).toMatch(/flow/);
  });

  it('walks pay → ship → traces → confirm as the clock moves, with a status callback at each step', () => {
    const h = createHarness();
    const [offer] = h.offers(1);
    const cargoParamList = [{ offerMapId: offer!.mapId, specId: h.specOf(offer!), quantity: 1 }];
    const [order] = h.call('alibaba.order.create', {
      flow: 'general',
      addressParam: ADDRESS_1688,
      cargoParamList,
    });
    const id = order.baseInfo.idOfStr;

    const pay = h.call('alibaba.order.payUrl', { orderId: id });
    expect(pay.payUrl).toMatch(new RegExp(`^http://127.0.0.1:9/_pay/${id}\\?token=`));
    const url = pay.payUrl.replace('http://127.0.0.1:9', '');
    expect(h.part.page({ method: 'GET', url })!.body).toMatch(/<button type="submit">Pay/);
    expect(h.call('alibaba.order.page', { orderId: id }).data[0].baseInfo.status).toBe(
      'waitbuyerpay',
    );
    expect(h.part.page({ method: 'POST', url })!.body).toMatch(/is paid/);

    const statusOf = () => h.call('alibaba.order.page', { orderId: id }).data[0].baseInfo.status;
    expect(statusOf()).toBe('waitsellersend');
    expect(h.call('alibaba.order.logisticsTrace', { orderId: id }).logisticsTrace).toEqual([]);
    expect(h.call('alibaba.order.confirmReceipt', { orderId: id })).toMatchObject({
      success: false,
    });

    h.advance(TIMINGS.sellerShips);
    expect(statusOf()).toBe('waitbuyerreceive');
    const trace = () => h.call('alibaba.order.logisticsTrace', { orderId: id }).logisticsTrace[0];
    expect(trace().logisticsSteps).toHaveLength(1);
    h.advance(21 * HOUR);
    expect(trace().logisticsSteps).toHaveLength(3);
    expect(trace().logisticsBillNo).toEqual(expect.any(String));

    expect(h.call('alibaba.order.confirmReceipt', { orderId: id })).toEqual({
      success: true,
      errorInfo: '',
      errorCode: '',
    });
    expect(statusOf()).toBe('success');
    const statuses = h.messages
      .filter((m) => m.message.messageType === '1688_ORDER_BUYER_VIEW_ORDER_STATUS_MODIFY')
      .map((m) => (m.message.messageBody as Loose).baseInfo.status);
    expect(statuses).toEqual(['waitbuyerpay', 'waitsellersend', 'waitbuyerreceive', 'success']);
  });

  it('pays a batch at once and refuses to pay it twice', () => {
    const h = createHarness();
    const offers = h.offers(2);
    const cargoParamList = offers.map((offer) => ({
      offerMapId: offer.mapId,
      specId: h.specOf(offer),
      quantity: 1,
    }));
    const created = h.call('alibaba.order.batchCreate', {
      flow: 'general',
      addressParam: ADDRESS_1688,
      cargoParamList,
    });
    const orderIds = created.map((order: Loose) => order.baseInfo.idOfStr);
    expect(h.call('alibaba.order.batchSubmitToPay', { orderIds })).toMatchObject({ success: true });
    expect(h.refusal('alibaba.order.batchSubmitToPay', { orderIds }).code).toBe(
      CommerceCode.wrongStatus,
    );
    expect(h.call('alibaba.order.payUrl', { orderId: orderIds[0] })).toMatchObject({
      payUrl: null,
    });
  });

  it('cancels only unpaid orders and gives the stock back; unpaid orders close by themselves', () => {
    const h = createHarness();
    const [a, b] = h.offers(2);
    const create = (offer: typeof a, quantity: number) =>
      h.call('alibaba.order.create', {
        flow: 'general',
        addressParam: ADDRESS_1688,
        cargoParamList: [{ offerMapId: offer!.mapId, specId: h.specOf(offer!), quantity }],
      })[0].baseInfo.idOfStr as string;
    const stockOf = () => {
      h.cartAdd1688(a!, 1);
      const line = h.call('alibaba.cart.list').enableList[0].cartItemInfos[0];
      h.call('alibaba.cart.delete', { ids: [line.id] });
      return line.amountOnSale as number;
    };
    const full = stockOf();
    const first = create(a, 5);
    expect(stockOf()).toBe(full - 5);
    expect(
      h.refusal('alibaba.order.cancel', {
        webSite: '1688',
        orderId: first,
        cancelReason: 'because',
      }).message,
    ).toMatch(/cancelReason/);
    expect(
      h.call('alibaba.order.cancel', {
        webSite: '1688',
        orderId: first,
        cancelReason: 'buyerCancel',
      }),
    ).toBe(true);
    expect(stockOf()).toBe(full);
    expect(
      h.refusal('alibaba.order.cancel', { webSite: '1688', orderId: first, cancelReason: 'other' })
        .code,
    ).toBe(CommerceCode.wrongStatus);

    const second = create(b, 1);
    h.advance(TIMINGS.unpaidCloses + 1);
    expect(h.call('alibaba.order.page', { orderId: second }).data[0].baseInfo.status).toBe(
      'cancel',
    );
  });

  it('waives the freight of a large unpaid order and says so with a price callback', () => {
    const h = createHarness();
    const [offer] = h.offers(1);
    const unit = skusOf(offer!)[0]!.priceFen;
    const quantity = Math.ceil(20_000 / unit) + 1;
    const [order] = h.call('alibaba.order.create', {
      flow: 'general',
      addressParam: { ...ADDRESS_1688, provinceText: '新疆维吾尔自治区' },
      cargoParamList: [{ offerMapId: offer!.mapId, specId: h.specOf(offer!), quantity }],
    });
    expect(fen(order.baseInfo.shippingFee)).toBeGreaterThan(0);
    h.advance(TIMINGS.freightWaived);
    const price = h.messages.find(
      (m) => m.message.messageType === '1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY',
    );
    expect((price!.message.messageBody as Loose).baseInfo.shippingFee).toBe('0.00');
    expect(price!.message.messagePlatform).toBe('1');
  });

  it('pages newest first with PandaPon paging fields and refuses an unknown status filter', () => {
    const h = createHarness();
    const [offer] = h.offers(1);
    for (let index = 0; index < 5; index += 1) {
      h.call('alibaba.order.create', {
        flow: 'general',
        addressParam: ADDRESS_1688,
        cargoParamList: [{ offerMapId: offer!.mapId, specId: h.specOf(offer!), quantity: 1 }],
      });
    }
    const page = h.call('alibaba.order.page', { beginPage: 2, pageSize: 2 });
    expect(page).toMatchObject({ totalRecords: 5, totalPage: 3, currentPage: 2, pageSize: 2 });
    expect(page.data).toHaveLength(2);
    expect(h.refusal('alibaba.order.page', { orderStatus: 'shipped' }).message).toMatch(
      /orderStatus/,
    );
  });
});

describe('Taobao purchase orders', () => {
  it('creates with the remark kept, pays from the balance, ships and traces each sub-order', () => {
    const h = createHarness();
    const [a, b] = h.items(2);
    const remark = remarkWithReference(null, 'tb-ref-9');
    const order = h.call('taobao.order.create', {
      lines: [h.taobaoLine(a!, 1), h.taobaoLine(b!, 2)],
      orderAddress: ADDRESS_TAOBAO,
      remark,
      outOrderId: 'OUT-1',
    });
    expect(order).toMatchObject({ orderStatus: 0, remark });
    expect(order.totalAmount).toBe(order.productAmount + order.shippingFee);
    const page = h.call('taobao.order.page', { pageNo: 1, pageSize: 50 });
    expect(page).toMatchObject({ pageNo: 1, pageSize: 50, total: 1 });
    expect(orderCarriesReference(page.data[0], 'tb-ref-9')).toBe(true);

    expect(h.call('taobao.order.pay', { purchaseOrderIds: [order.purchaseOrderId] })).toMatchObject(
      { success: true },
    );
    expect(
      h.call('taobao.order.detail', { purchaseOrderId: order.purchaseOrderId }).orderStatus,
    ).toBe(10);
    h.advance(TIMINGS.sellerShips + 35 * HOUR);
    const detail = h.call('taobao.order.detail', { purchaseOrderId: order.purchaseOrderId });
    expect(detail.orderStatus).toBe(11);
    const trace = h.call('taobao.order.logisticsDetail', {
      subPurchaseOrderId: detail.subOrders[0].subPurchaseOrderId,
    });
    const steps = trace.pnmLogisticsDetails[0].logisticsTraces;
    expect(steps.at(-1).status).toBe('SIGN');
    expect(JSON.stringify(trace)).not.toContain(ADDRESS_TAOBAO.mobile_phone);
  });

  it('creates from the cart, emptying those lines, and cancels only unpaid orders', () => {
    const h = createHarness();
    const [item] = h.items(1);
    const id = h.call('taobao.cart.add', h.taobaoLine(item!, 1));
    const [order] = h.call('taobao.cart.createOrder', { ids: [id], orderAddress: ADDRESS_TAOBAO });
    expect(h.call('taobao.cart.list').enableList).toEqual([]);
    expect(h.call('taobao.order.cancel', { purchaseOrderId: order.purchaseOrderId })).toEqual({
      success: true,
    });
    expect(
      h.call('taobao.order.detail', { purchaseOrderId: order.purchaseOrderId }).orderStatus,
    ).toBe(4);
    expect(h.refusal('taobao.order.pay', { purchaseOrderIds: [order.purchaseOrderId] }).code).toBe(
      CommerceCode.wrongStatus,
    );
    expect(h.refusal('taobao.order.detail', { purchaseOrderId: '42' }).code).toBe(
      CommerceCode.notFound,
    );
  });

  it('changes the address of an order not yet shipped', () => {
    const h = createHarness();
    const [item] = h.items(1);
    const order = h.call('taobao.order.create', {
      lines: [h.taobaoLine(item!, 1)],
      orderAddress: ADDRESS_TAOBAO,
    });
    h.call('taobao.order.updateWarehouse', {
      purchaseOrderId: order.purchaseOrderId,
      orderAddress: { ...ADDRESS_TAOBAO, city: '宁波市' },
    });
    expect(
      h.call('taobao.order.detail', { purchaseOrderId: order.purchaseOrderId }).orderAddress.city,
    ).toBe('宁波市');
    expect(h.call('taobao.order.imLink', { purchaseOrderId: order.purchaseOrderId }).url).toMatch(
      /\/_chat\//,
    );
  });
});
