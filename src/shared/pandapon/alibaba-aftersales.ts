import { z } from 'zod';
import { defineEndpoint, idField, noInput, str } from './define';
import { alibabaReverseOrderSchema } from './shapes-alibaba';

const group = '1688 › after-sales';
const inferredNote =
  'Page never read: path and fields inferred from the documented refund create; ' +
  'searched 2026-12-04: v2 page body not in stored pages.';
/** 1688 refund ids start with TQ. */
const refundId = z.string().min(1);

export const alibabaAftersalesEndpoints = [
  defineEndpoint({
    name: 'alibaba.refund.detail',
    title: '1688 after-sales order detail',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/refund/info',
    v1Path: '/alibaba/refund/info',
    status: 'v1',
    kind: 'read',
    request: z.object({ refundId }),
    response: alibabaReverseOrderSchema,
    notes: 'v1 body and partly captured `AlibabaRefundInfo`; v2 path derived.',
  }),
  defineEndpoint({
    name: 'alibaba.refund.reasons',
    title: 'Refund / return reasons',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/refund/reasons',
    status: 'inferred',
    kind: 'read',
    request: z.looseObject({
      orderId: z.union([z.string(), z.number().int()]),
      orderEntryIds: z.array(z.number().int()).nullish(),
      goodsStatus: z.string().nullish(),
    }),
    response: z.array(
      z.looseObject({ id: idField, name: str, needVoucher: z.boolean().nullish() }),
    ),
    notes: inferredNote,
  }),
  defineEndpoint({
    name: 'alibaba.refund.uploadVoucher',
    title: 'Upload refund voucher',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/refund/voucher/upload',
    status: 'inferred',
    kind: 'write',
    request: z.looseObject({ imageBase64: z.string().min(1) }),
    response: z.union([z.string(), z.looseObject({ imageDomain: str, imageRelativeUrl: str })]),
    notes: `${inferredNote} The answer feeds \`vouchers\` of the refund create.`,
  }),
  defineEndpoint({
    name: 'alibaba.refund.create',
    title: 'Create refund / return application',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/refund/detail/create',
    status: 'documented',
    kind: 'money',
    request: z.object({
      orderId: z.number().int(),
      orderEntryIds: z.array(z.number().int()).nullish(),
      disputeRequest: z.string().min(1),
      applyPayment: z.number().int().min(0),
      applyCarriage: z.number().int().min(0),
      applyReasonId: z.number().int(),
      description: z.string().min(1),
      goodsStatus: z.string().min(1),
      vouchers: z.array(z.string()).nullish(),
      orderEntryCountList: z
        .array(z.object({ id: z.number().int(), count: z.number().int() }))
        .nullish(),
    }),
    response: z.looseObject({ refundId: str }),
    notes: 'Documented; enum values and the unit of applyPayment/applyCarriage unknown.',
  }),
  defineEndpoint({
    name: 'alibaba.refund.submitReturn',
    title: 'Buyer submits return information',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/refund/goods/return',
    v1Path: '/alibaba/refund/goods/return',
    status: 'v1',
    kind: 'write',
    request: z.object({
      refundId,
      logisticsCompanyNo: z.string().min(1),
      freightBill: z.string().min(1),
      description: z.string().nullish(),
      vouchers: z.array(z.string()).nullish(),
    }),
    response: z.union([z.boolean(), z.looseObject({})]).nullish(),
    notes: 'v1 body; v2 path derived; answer not captured.',
  }),
  defineEndpoint({
    name: 'alibaba.refund.logisticsCompanies',
    title: 'Logistics companies list',
    platform: '1688',
    group,
    method: 'GET',
    path: '/v2/alibaba/refund/logistics/companies',
    status: 'inferred',
    kind: 'read',
    request: noInput,
    response: z.array(z.looseObject({ companyNo: str, companyName: str, id: idField })),
    notes: `${inferredNote} GET per nav; companyNo feeds \`logisticsCompanyNo\`.`,
  }),
] as const;
