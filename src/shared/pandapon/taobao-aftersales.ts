import { z } from 'zod';
import { bool, defineEndpoint, int, str } from './define';
import { taobaoReverseAggregateSchema, taobaoReverseOrderSchema } from './shapes-taobao';

const group = 'Taobao › after-sales';
const inferredNote =
  'Page never read: path and fields inferred from the documented refund pages; ' +
  'searched 2026-12-04: v2 page body not in stored pages.';
const refundId = z.string().min(1);
const refundEnvelope = z.looseObject({
  distributorId: str,
  currency: str,
  refundOrderAggregate: taobaoReverseAggregateSchema.nullish(),
});

export const taobaoAftersalesEndpoints = [
  defineEndpoint({
    name: 'taobao.refund.list',
    title: 'Reverse order list',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/order/refund/queryList',
    v1Path: '/open/order/refund/queryList',
    status: 'v1',
    kind: 'read',
    request: z.object({
      refundId: z.string().nullish(),
      purchaseOrderId: z.string().nullish(),
      salesOrderId: z.string().nullish(),
      refundStatus: z.number().int().nullish(),
      refundStartTime: z.number().int().nullish(),
      refundEndTime: z.number().int().nullish(),
      pageNo: z.number().int().min(1).nullish(),
      pageSize: z.number().int().min(1),
    }),
    response: z.looseObject({
      pageNo: int,
      pageSize: int,
      total: int,
      data: z.array(taobaoReverseOrderSchema).nullish(),
    }),
    notes: 'Body from v1 (marked in development); v2 path derived; the answer page is inferred.',
  }),
  defineEndpoint({
    name: 'taobao.refund.render',
    title: 'Reverse order rendering',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/order/refund/render',
    status: 'documented',
    kind: 'read',
    request: z.object({
      subOrderId: z.string().nullish(),
      refundType: z.number().int(),
      goodsStatus: z.number().int(),
    }),
    response: z.looseObject({
      refundOrderTemplate: z
        .looseObject({
          refundReasons: z
            .array(z.looseObject({ reasonDesc: str, tips: str, reasonId: int }))
            .nullish(),
          goodsStatusList: z.array(z.string()).nullish(),
          refundOrder: taobaoReverseOrderSchema.nullish(),
          maxRefundFee: z.looseObject({ canEditRefundFee: bool }).nullish(),
        })
        .nullish(),
      distributorId: str,
      currency: str,
      saleFlag: bool,
    }),
    notes: 'Documented; `refundType`/`goodsStatus` values unknown (1 refund only, 3 return?).',
  }),
  defineEndpoint({
    name: 'taobao.refund.returnLogisticsRender',
    title: 'Return logistics rendering',
    platform: 'taobao',
    group,
    method: 'GET',
    path: '/v2/taobao/order/refund/logistics/render',
    status: 'inferred',
    kind: 'read',
    request: z.looseObject({ refundId }),
    response: z.looseObject({
      logisticsCompanies: z
        .array(z.looseObject({ logisticsCompanyCode: str, logisticsCompanyName: str }))
        .nullish(),
    }),
    notes: `${inferredNote} v1 method GET.`,
  }),
  defineEndpoint({
    name: 'taobao.refund.returnLogisticsSubmit',
    title: 'Return logistics submission',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/order/refund/logistics/submit',
    status: 'inferred',
    kind: 'write',
    request: z.looseObject({
      refundId,
      logisticsCompanyCode: z.string().min(1),
      logisticsNo: z.string().min(1),
    }),
    response: z.union([z.boolean(), z.looseObject({})]).nullish(),
    notes: inferredNote,
  }),
  defineEndpoint({
    name: 'taobao.refund.cancel',
    title: 'Reverse order cancellation',
    platform: 'taobao',
    group,
    method: 'GET',
    path: '/v2/taobao/order/refund/cancel/{refundId}',
    v1Path: '/open/order/refund/cancel/{refundId}',
    params: 'path',
    status: 'v1',
    kind: 'write',
    request: z.object({ refundId }),
    response: refundEnvelope.extend({ cancelSuccess: bool }),
    notes: 'v1 (in development), a GET that changes state: never retried. v2 path derived.',
  }),
  defineEndpoint({
    name: 'taobao.refund.submitMessage',
    title: 'Submit reverse message',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/order/refund/submit/message',
    v1Path: '/open/order/refund/submit/message',
    status: 'v1',
    kind: 'write',
    request: z.object({
      refundId,
      refundMessage: z.string().min(1),
      refundImages: z.string().nullish(),
    }),
    response: z.union([z.boolean(), z.looseObject({})]).nullish(),
    notes: 'Body from v1 (in development); v2 path derived; answer truncated on the page.',
  }),
  defineEndpoint({
    name: 'taobao.refund.submit',
    title: 'Reverse order submission',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/order/refund/submit',
    status: 'inferred',
    kind: 'money',
    request: z.looseObject({
      subOrderId: z.string().min(1),
      refundType: z.number().int(),
      goodsStatus: z.number().int(),
      reasonId: z.number().int(),
      refundFee: z.number().int().min(0),
      refundDesc: str,
    }),
    response: z.looseObject({ refundId: str }),
    notes: `${inferredNote} Fields mirror the render template's refundOrder (fee in fen).`,
  }),
  defineEndpoint({
    name: 'taobao.refund.messageList',
    title: 'Reverse message list query',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/order/refund/message/list',
    status: 'inferred',
    kind: 'read',
    request: z.looseObject({ refundId }),
    response: z.array(
      z.looseObject({ content: str, images: z.unknown().optional(), createTime: str }),
    ),
    notes: inferredNote,
  }),
  defineEndpoint({
    name: 'taobao.refund.modify',
    title: 'Reverse order modification',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/order/refund/modify',
    status: 'inferred',
    kind: 'money',
    request: z.looseObject({
      refundId,
      reasonId: z.number().int().nullish(),
      refundFee: z.number().int().min(0).nullish(),
      refundDesc: str,
    }),
    response: z.union([z.boolean(), z.looseObject({ refundId: str })]).nullish(),
    notes: `${inferredNote} Changes the refund amount, so treated as money-moving.`,
  }),
  defineEndpoint({
    name: 'taobao.refund.detail',
    title: 'Reverse order detail',
    platform: 'taobao',
    group,
    method: 'GET',
    path: '/v2/taobao/order/refund/query',
    status: 'documented',
    kind: 'read',
    request: z.object({ refundId }),
    response: refundEnvelope,
    notes: 'Documented (`TaoBaoRefundOrderDetailDTO`); v2 spells `logisticsCompanyCode`.',
  }),
] as const;
