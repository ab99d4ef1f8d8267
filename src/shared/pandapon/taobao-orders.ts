import { z } from 'zod';
import { bool, defineEndpoint, str } from './define';
import { taobaoOrderAddressSchema } from './shapes-common';
import {
  taobaoLogisticsTraceSchema,
  taobaoOrderPageSchema,
  taobaoOrderSchema,
} from './shapes-taobao';

const group = 'Taobao › orders';
const inferredNote =
  'Page never read: path and fields inferred from v2 siblings and xportcn; ' +
  'searched 2026-12-04: v2 page body not in stored pages.';
const orderIds = z.looseObject({ purchaseOrderId: z.string().min(1) });
const success = z.union([z.boolean(), z.looseObject({ success: bool })]).nullish();

export const taobaoOrderEndpoints = [
  defineEndpoint({
    name: 'taobao.order.create',
    title: 'Taobao order creation',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/order/create',
    status: 'inferred',
    kind: 'money',
    request: z.looseObject({
      lines: z
        .array(
          z.looseObject({
            itemMapId: z.string(),
            skuId: z.string(),
            mpId: z.string(),
            mpSkuId: z.string(),
            quantity: z.number().int().min(1),
          }),
        )
        .min(1),
      orderAddress: taobaoOrderAddressSchema,
      outOrderId: str,
      remark: str,
    }),
    response: taobaoOrderSchema,
    notes:
      `${inferredNote} Body modelled on the cart order and the cart-add ids. ` +
      'The v1 page (doc-en.pandapon.com/api-263477610, POST /open/order) differs: lines and ' +
      'receiver go as JSON strings, with a budget in fen and the buyer platform order number; ' +
      'kept as is until the v2 body is read.',
  }),
  defineEndpoint({
    name: 'taobao.order.page',
    title: 'Taobao order paging query',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/order/page',
    status: 'inferred',
    kind: 'read',
    request: z.looseObject({
      pageNo: z.number().int().min(1),
      pageSize: z.number().int().min(1).max(100),
      orderStatus: z.number().int().nullish(),
      purchaseOrderId: str,
    }),
    response: taobaoOrderPageSchema,
    notes:
      `${inferredNote} xportcn's list is /open/purchase/page; statuses numbered as xportcn. ` +
      'v1 nav (doc-en.pandapon.com/api-263477611) lists it as GET; v2 nav as POST.',
  }),
  defineEndpoint({
    name: 'taobao.order.cancel',
    title: 'Taobao cancel order',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/order/cancel',
    status: 'inferred',
    kind: 'money',
    request: orderIds.extend({ cancelReason: str }),
    response: success,
    notes: inferredNote,
  }),
  defineEndpoint({
    name: 'taobao.order.updateWarehouse',
    title: 'Modify pre-warehouse info of an order',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/order/warehouse/update',
    status: 'inferred',
    kind: 'write',
    request: orderIds.extend({ orderAddress: taobaoOrderAddressSchema }),
    response: success,
    notes: inferredNote,
  }),
  defineEndpoint({
    name: 'taobao.order.pay',
    title: 'Taobao payment order',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/order/pay',
    status: 'inferred',
    kind: 'money',
    request: z.looseObject({ purchaseOrderIds: z.array(z.string().min(1)).min(1) }),
    response: z.looseObject({ payUrl: str, success: bool }).nullish(),
    notes: inferredNote,
  }),
  defineEndpoint({
    name: 'taobao.order.imLink',
    title: 'Get IM link',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/order/im/link',
    status: 'inferred',
    kind: 'read',
    request: orderIds,
    response: z.union([z.string(), z.looseObject({ url: str })]).nullish(),
    notes: inferredNote,
  }),
  defineEndpoint({
    name: 'taobao.order.detail',
    title: 'Taobao order detail by id',
    platform: 'taobao',
    group,
    method: 'GET',
    path: '/v2/taobao/order/detail/get',
    status: 'inferred',
    kind: 'read',
    request: orderIds,
    response: taobaoOrderSchema,
    notes: `${inferredNote} Query name follows the logistics-detail GET sibling.`,
  }),
  defineEndpoint({
    name: 'taobao.order.logisticsDetail',
    title: 'Taobao logistics details',
    platform: 'taobao',
    group,
    method: 'GET',
    path: '/v2/taobao/order/logistics/detail/get',
    status: 'documented',
    kind: 'read',
    request: z.object({ subPurchaseOrderId: z.string().min(1) }),
    response: taobaoLogisticsTraceSchema,
    notes: 'Documented (v2 Chinese page, 2025-04-24); note `standerdDesc` (sic).',
  }),
] as const;
