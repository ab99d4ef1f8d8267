import { z } from 'zod';
import { bool, defineEndpoint, str } from './define';
import { fastAddressSchema } from './shapes-common';
import {
  alibabaLogisticsTraceSchema,
  alibabaOrderPageSchema,
  alibabaOrderPreviewSchema,
  alibabaOrderSchema,
} from './shapes-alibaba';

const group = '1688 › orders';

/** `FastCargo` in v2 (encrypted offerMapId); v1 sent a numeric offerId instead. */
const cargo = z.object({
  offerMapId: z.string().min(1),
  specId: z.string().nullish(),
  quantity: z.number().positive(),
  sellerOpenId: z.string().nullish(),
  productNo: z.string().nullish(),
  container: z.string().nullish(),
});
const cargoList = z.array(cargo).min(1);
const orderCommon = {
  flow: z.string().min(1),
  message: z.string().nullish(),
  shopPromotionId: z.string().nullish(),
  tradeType: z.string().nullish(),
};
const orderId = z.union([z.string().min(1), z.number().int()]);
const ordersAnswer = z.union([z.array(alibabaOrderSchema), alibabaOrderSchema]).nullish();

export const alibabaOrderEndpoints = [
  defineEndpoint({
    name: 'alibaba.order.batchSubmitToPay',
    title: 'Batch submit 1688 orders for payment',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/order/batch/submit/to/pay',
    v1Path: '/alibaba/order/batch/submit/to/pay',
    status: 'v1',
    kind: 'money',
    request: z.object({ orderIds: z.array(z.string().min(1)).min(1) }),
    response: z.union([z.boolean(), z.looseObject({ payUrl: str, success: bool })]).nullish(),
    notes: 'v1 body; v2 path derived; answer not captured (inferred).',
  }),
  defineEndpoint({
    name: 'alibaba.order.batchPreview',
    title: 'Batch preview (different merchants)',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/order/create/previewbatch',
    v1Path: '/alibaba/order/create/previewbatch',
    status: 'v1',
    kind: 'read',
    request: z.object({ addressParam: fastAddressSchema.nullish(), cargoParamList: cargoList }),
    response: alibabaOrderPreviewSchema,
    notes: 'v1 body with v2 offerMapId (as in the v2 batch create); answer inferred from preview.',
  }),
  defineEndpoint({
    name: 'alibaba.order.batchCreate',
    title: 'Batch create orders (different merchants)',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/order/batch/create',
    status: 'documented',
    kind: 'money',
    request: z.object({
      ...orderCommon,
      addressParam: fastAddressSchema,
      cargoParamList: cargoList,
    }),
    response: z.array(alibabaOrderSchema).nullish(),
    notes: 'Documented by example (the field table was not captured): data = created orders.',
  }),
  defineEndpoint({
    name: 'alibaba.order.logisticsTrace',
    title: '1688 logistics tracking',
    platform: '1688',
    group,
    method: 'GET',
    path: '/v2/alibaba/order/logistics/trace',
    status: 'inferred',
    kind: 'read',
    request: z.looseObject({ orderId: z.string().min(1) }),
    response: alibabaLogisticsTraceSchema,
    notes:
      'Page never read (GET per nav): query orderId like the pay-url GET; answer inferred. ' +
      'Searched 2026-12-04: v2 page body not in stored pages.',
  }),
  defineEndpoint({
    name: 'alibaba.order.page',
    title: '1688 order list',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/order/page',
    status: 'inferred',
    kind: 'read',
    request: z.looseObject({
      beginPage: z.number().int().min(1).nullish(),
      pageSize: z.number().int().min(1).nullish(),
      orderStatus: z.string().nullish(),
      orderId: z.string().nullish(),
    }),
    response: alibabaOrderPageSchema,
    notes:
      'Path documented (Thai v2 page); body and answer inferred from the 1688 search paging. ' +
      'Searched 2026-12-04: doc-th.pandapon.com/api-289190488 is stored only up to its headers.',
  }),
  defineEndpoint({
    name: 'alibaba.order.preview',
    title: '1688 order preview (single merchant)',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/order/create/preview',
    status: 'documented',
    kind: 'read',
    request: z.object({ addressParam: fastAddressSchema.nullish(), cargoParamList: cargoList }),
    response: alibabaOrderPreviewSchema,
    notes:
      'Request documented (v2, no `flow`); answer from the v1 page: `orderPreviewResuslt` (sic).',
  }),
  defineEndpoint({
    name: 'alibaba.order.create',
    title: '1688 create order (single merchant)',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/order/create',
    v1Path: '/alibaba/order/create',
    status: 'v1',
    kind: 'money',
    request: z.object({
      ...orderCommon,
      addressParam: fastAddressSchema,
      cargoParamList: cargoList,
    }),
    response: ordersAnswer,
    notes:
      'v2 path documented, body from v1 with v2 offerMapId; answer like batch create (inferred).',
  }),
  defineEndpoint({
    name: 'alibaba.order.cancel',
    title: 'Cancel 1688 order before payment',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/order/cancel',
    v1Path: '/alibaba/order/cancel',
    status: 'v1',
    kind: 'money',
    request: z.object({
      webSite: z.string().min(1),
      orderId,
      cancelReason: z.string().min(1),
      remark: z.string().nullish(),
    }),
    response: z.boolean().nullish(),
    notes: 'v1 body (reasons [I]: buyerCancel, sellerGoodsLack, other); v2 path derived.',
  }),
  defineEndpoint({
    name: 'alibaba.order.payUrl',
    title: '1688 order payment',
    platform: '1688',
    group,
    method: 'GET',
    path: '/v2/alibaba/order/pay/url',
    status: 'documented',
    kind: 'money',
    request: z.object({ orderId: z.string().min(1) }),
    response: z.looseObject({
      orderId: str,
      protocolPaySuccess: bool,
      payUrl: str,
      cantPayOrderList: z.array(z.number().int()).nullish(),
    }),
    notes: 'Documented; may pay by agreement (`protocolPaySuccess`), so never retried.',
  }),
  defineEndpoint({
    name: 'alibaba.order.confirmReceipt',
    title: 'Buyer confirms receipt',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/order/receivegoods',
    v1Path: '/alibaba/order/receivegoods',
    status: 'v1',
    kind: 'money',
    request: z.object({ orderId, orderEntryIds: z.array(z.number().int()).nullish() }),
    response: z.looseObject({ success: bool, errorInfo: str, errorCode: str }),
    notes: 'v1 body and answer; v2 path derived. Releases payment to the seller.',
  }),
  defineEndpoint({
    name: 'alibaba.seller.decryptWangwang',
    title: 'Decrypt Wangwang nickname',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/product/openuid/decrypt',
    status: 'inferred',
    kind: 'read',
    request: z.object({ offerId: z.string().min(1), openUid: z.string().min(1) }),
    response: z.union([z.string(), z.looseObject({ wangwangNick: str, wangwangUrl: str })]),
    notes:
      'No PandaPon page read: v1 path and body from third-party code; answer unknown. ' +
      'Searched 2026-12-04: not in stored pages.',
  }),
] as const;
