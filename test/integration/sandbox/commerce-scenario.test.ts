import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PandaponClient } from '../../../src/main/pandapon';
import { orderCarriesReference, remarkWithReference } from '../../../src/main/outbox/reference';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox';
import { callbackPushSchema, endpoints, type EndpointName } from '../../../src/shared/pandapon';
import { clientOf, controlCall, SMALL_CATALOGUE } from './core-helpers';

/**
 * The buyer's whole journey over real HTTP through the app's own PandaPon client: search, add to
 * cart, preview, create, pay, ship (by moving the sandbox clock through the control API),
 * confirm, refund; every callback received on a local server and its signature checked.
 */
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are read freely

const HOUR = 3_600_000;
const ADDRESS = {
  fullName: '王芳',
  mobile: '13700137000',
  phone: '13700137000',
  provinceText: '浙江省',
  cityText: '杭州市',
  areaText: '余杭区',
  townText: '仓前街道',
  address: '文一西路 969 号',
};

interface Push {
  readonly raw: string;
  readonly signature: string | undefined;
  readonly body: Loose;
}

let sandbox: RunningSandbox;
let client: PandaponClient;
let receiver: Server;
const pushes: Push[] = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      pushes.push({
        raw,
        signature: request.headers.authorization,
        body: JSON.parse(raw) as Loose,
      });
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const port = (receiver.address() as AddressInfo).port;
  sandbox = await startSandbox({
    catalogueSize: SMALL_CATALOGUE,
    callbackUrl: `http://127.0.0.1:${port}/pandapon/messages`,
    retryDelaysMs: [50, 50],
  });
  client = clientOf(sandbox);
});

afterAll(async () => {
  await sandbox?.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

/** One call through the real client; the answer is checked against the catalogue once more. */
async function call(name: EndpointName, input: Record<string, unknown>): Promise<Loose> {
  const data = await client.call(name, input as never);
  const checked = endpoints[name].response.safeParse(data);
  expect(checked.success, `${name} answer fits the catalogue`).toBe(true);
  return data as Loose;
}

async function advance(ms: number) {
  const answer = await controlCall(sandbox, 'POST', 'time', { advanceMs: ms });
  expect(answer.status).toBe(200);
}

async function until(check: () => boolean, what: string) {
  const end = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pushesOf = (type: string) => pushes.filter((push) => push.body.messageType === type);

describe('a 1688 purchase from search to refund', () => {
  it('searches, orders, pays, ships, confirms and refunds, with every callback signed', async () => {
    const page = await call('alibaba.product.keywordSearch', {
      keyword: '女',
      beginPage: 1,
      pageSize: 50,
    });
    expect(page.data.length).toBeGreaterThan(0);
    let chosen: { detail: Loose; spec: Loose } | null = null;
    for (const offer of page.data as Loose[]) {
      const detail = await call('alibaba.product.detail', { offerId: offer.offerMapId });
      const spec = (detail.productSkuInfos as Loose[]).find(
        (candidate) => candidate.amountOnSale >= 50,
      );
      if (spec && detail.minOrderQuantity <= 5) {
        chosen = { detail, spec };
        break;
      }
    }
    expect(chosen, 'an offer in stock with a small minimum').not.toBeNull();
    const { detail, spec } = chosen!;
    const quantity = Math.max(1, detail.minOrderQuantity);

    const cartId = await call('alibaba.cart.add', {
      offerMapId: detail.offerMapId,
      specId: spec.specId,
      quantity,
      sellerOpenId: detail.sellerOpenId,
    });
    const cart = await call('alibaba.cart.list', {});
    expect(cart.enableList[0].cartItemInfos[0]).toMatchObject({ id: cartId, quantity });

    const preview = await call('alibaba.cart.preview', {
      cartIds: [cartId],
      addressParam: ADDRESS,
    });
    const item = preview.orderPreviewResuslt[0];
    expect(item).toMatchObject({ success: true, sellerOpenId: detail.sellerOpenId });

    const remark = remarkWithReference('scenario', 'scenario-ref-1');
    const created = await call('alibaba.cart.createOrder', {
      flow: 'general',
      message: remark,
      addressParam: ADDRESS,
      cartIds: [cartId],
    });
    const orderId = created[0].baseInfo.idOfStr as string;
    expect(created[0].baseInfo).toMatchObject({
      status: 'waitbuyerpay',
      totalAmount: item.sumPayment,
    });
    const listed = await call('alibaba.order.page', { beginPage: 1, pageSize: 50 });
    expect(listed.data.some((order: Loose) => orderCarriesReference(order, 'scenario-ref-1'))).toBe(
      true,
    );

    // Pay on the sandbox's cashier page, as the user would in the browser.
    const pay = await call('alibaba.order.payUrl', { orderId });
    expect(pay.payUrl.startsWith(`${sandbox.origin}/_pay/${orderId}`)).toBe(true);
    const cashier = await fetch(pay.payUrl);
    expect(await cashier.text()).toContain('Pay ¥');
    const paid = await fetch(pay.payUrl, { method: 'POST' });
    expect(await paid.text()).toContain('is paid');
    const status = async () =>
      (await call('alibaba.order.page', { orderId, beginPage: 1, pageSize: 1 })).data[0].baseInfo
        .status;
    expect(await status()).toBe('waitsellersend');

    await advance(2 * HOUR);
    expect(await status()).toBe('waitbuyerreceive');
    await advance(35 * HOUR);
    const trace = await call('alibaba.order.logisticsTrace', { orderId });
    expect(trace.logisticsTrace[0].logisticsSteps).toHaveLength(5);

    expect(await call('alibaba.order.confirmReceipt', { orderId })).toMatchObject({
      success: true,
    });
    expect(await status()).toBe('success');

    const { refundId } = await call('alibaba.refund.create', {
      orderId: Number(orderId),
      disputeRequest: 'refund',
      applyPayment: 100,
      applyCarriage: 0,
      applyReasonId: 20001,
      description: 'scenario refund',
      goodsStatus: 'aftersaleBuyerReceived',
    });
    expect((await call('alibaba.refund.detail', { refundId })).status).toBe('waitselleragree');
    await advance(HOUR);
    expect((await call('alibaba.refund.detail', { refundId })).status).toBe('refundsuccess');

    await until(
      () => pushesOf('1688_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND').length >= 2,
      'refund callbacks',
    );
    const statuses = pushesOf('1688_ORDER_BUYER_VIEW_ORDER_STATUS_MODIFY')
      .filter((push) => push.body.messageBody.baseInfo.idOfStr === orderId)
      .map((push) => push.body.messageBody.baseInfo.status);
    expect(statuses.slice(0, 4)).toEqual([
      'waitbuyerpay',
      'waitsellersend',
      'waitbuyerreceive',
      'success',
    ]);
    expect(
      pushesOf('1688_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND').map(
        (push) => push.body.messageBody.refundStatus,
      ),
    ).toEqual(['waitselleragree', 'refundsuccess']);

    for (const push of pushes) {
      const expected = createHmac('sha256', sandbox.credentials.secret)
        .update(push.raw)
        .digest('hex');
      expect(push.signature).toBe(expected);
      expect(callbackPushSchema.safeParse(push.body).success).toBe(true);
      expect(push.body.messagePlatform).toBe(1);
    }
    const deliveries = (await controlCall(sandbox, 'GET', 'callbacks')).body.deliveries as Loose[];
    expect(deliveries.length).toBe(pushes.length);
    expect(JSON.stringify(deliveries)).not.toContain(sandbox.credentials.secret);
  });
});

describe('a Taobao purchase from search to refund', () => {
  it('searches, orders from the cart lines, pays, follows the parcel and gets a refund', async () => {
    const page = await call('taobao.product.keywordSearch', {
      keyword: '男',
      pageNo: 1,
      pageSize: 40,
    });
    let chosen: { item: Loose; sku: Loose } | null = null;
    for (const hit of page.data as Loose[]) {
      const item = await call('taobao.product.get', { itemId: String(hit.itemId) });
      const sku = (item.skuList as Loose[]).find((candidate) => candidate.quantity >= 10);
      if (sku) {
        chosen = { item, sku };
        break;
      }
    }
    expect(chosen, 'an item in stock').not.toBeNull();
    const { item, sku } = chosen!;

    const lineId = await call('taobao.cart.add', {
      itemMapId: String(item.itemId),
      skuId: String(sku.skuId),
      mpId: item.mpId,
      mpSkuId: sku.mpSkuId,
      quantity: 2,
    });
    const address = {
      name: '王芳',
      mobile_phone: '13700137000',
      state: '浙江省',
      city: '杭州市',
      district: '余杭区',
      address: '文一西路 969 号',
    };
    const preview = await call('taobao.cart.preview', { ids: [lineId], orderAddress: address });
    const order = await call('taobao.order.create', {
      lines: [
        {
          itemMapId: String(item.itemId),
          skuId: String(sku.skuId),
          mpId: item.mpId,
          mpSkuId: sku.mpSkuId,
          quantity: 2,
        },
      ],
      orderAddress: address,
      remark: remarkWithReference(null, 'tb-scenario'),
    });
    expect(order.totalAmount).toBe(preview.totalAmount);
    expect(await call('taobao.cart.delete', { ids: [lineId] })).toBe(true);

    await call('taobao.order.pay', { purchaseOrderIds: [order.purchaseOrderId] });
    await advance(2 * HOUR + 35 * HOUR);
    const detail = await call('taobao.order.detail', { purchaseOrderId: order.purchaseOrderId });
    expect(detail.orderStatus).toBe(11);
    const subOrderId = detail.subOrders[0].subPurchaseOrderId as string;
    const parcel = await call('taobao.order.logisticsDetail', { subPurchaseOrderId: subOrderId });
    expect(parcel.pnmLogisticsDetails[0].logisticsTraces.at(-1).status).toBe('SIGN');

    const { refundId } = await call('taobao.refund.submit', {
      subOrderId,
      refundType: 1,
      goodsStatus: 2,
      reasonId: 101,
      refundFee: detail.subOrders[0].price,
    });
    await advance(HOUR);
    const refund = await call('taobao.refund.detail', { refundId });
    expect(refund.refundOrderAggregate.refundOrder.refundStatus).toBe(100);
    await until(
      () => pushesOf('TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND').length >= 2,
      'Taobao refund callbacks',
    );
    const taobaoPushes = pushes.filter((push) => push.body.messagePlatform === 0);
    expect(taobaoPushes.map((push) => push.body.messageType)).toContain(
      'TAOBAO_ORDER_BUYER_VIEW_ORDER_STATUS_MODIFY',
    );
  });
});
