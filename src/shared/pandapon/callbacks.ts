import { z } from 'zod';
import { defineMessage, idField, int, str } from './define';
import { alibabaOrderSchema } from './shapes-alibaba';
import { taobaoSubOrderSchema } from './shapes-taobao';

/**
 * Messages PandaPon pushes to the developer's callback URL (REFERENCE §2.8, §3.9). They are 6 of
 * the 73 navigation entries; nothing calls them, a receiver parses them.
 */
const inferredType =
  'Page never read: the message type is a guess by analogy with the price type; xportcn ' +
  '(NOT PandaPon) uses ORDER_CREATE / ORDER_CANCEL / ORDER_PAY_SUCCESS / …_BUYER_REFUND. ' +
  'Searched 2026-12-04: page body not in stored pages.';

/** The push itself. xportcn sends `messageBody` as a JSON string; PandaPon's pages show an object. */
export const callbackPushSchema = z.looseObject({
  messageType: z.string().nullish(),
  messageBody: z.union([z.looseObject({}), z.string()]).nullish(),
  /** 0 = Taobao, 1 = 1688. */
  messagePlatform: z.number().int().nullish(),
  timestamp: z.union([z.string(), z.number()]).nullish(),
});
export type CallbackPush = z.infer<typeof callbackPushSchema>;

const taobaoStatusBody = z.looseObject({
  salesOrderId: str,
  purchaseOrderId: idField,
  orderStatus: z.union([z.number().int(), z.string()]).nullish(),
  subOrders: z.array(taobaoSubOrderSchema).nullish(),
});
const refundBody = z.looseObject({
  refundId: str,
  orderId: idField,
  refundStatus: z.union([z.number().int(), z.string()]).nullish(),
  refundAmount: int,
});

export const callbackMessages = [
  defineMessage({
    name: 'taobao.callback.priceModify',
    title: 'Taobao cb: order price modification',
    platform: 'taobao',
    group: 'Taobao › callbacks',
    messageType: 'TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY',
    status: 'v1',
    body: z.looseObject({
      salesOrderId: str,
      subOrders: z.array(z.looseObject({})).nullish(),
      purchaseOrderPriceDTO: z.looseObject({}).nullish(),
    }),
    notes: 'Type and body from the v1 page; sub-order fields are snake_case in the example.',
  }),
  defineMessage({
    name: 'taobao.callback.statusModify',
    title: 'Taobao cb: order status modification',
    platform: 'taobao',
    group: 'Taobao › callbacks',
    messageType: 'TAOBAO_ORDER_BUYER_VIEW_ORDER_STATUS_MODIFY',
    status: 'inferred',
    body: taobaoStatusBody,
    notes: inferredType,
  }),
  defineMessage({
    name: 'taobao.callback.refund',
    title: 'Taobao cb: after-sales refund',
    platform: 'taobao',
    group: 'Taobao › callbacks',
    messageType: 'TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND',
    status: 'inferred',
    body: refundBody,
    notes: inferredType,
  }),
  defineMessage({
    name: 'alibaba.callback.priceModify',
    title: '1688 cb: order price modification',
    platform: '1688',
    group: '1688 › callbacks',
    messageType: '1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY',
    status: 'v1',
    body: alibabaOrderSchema,
    notes: 'Type and body from the v1 page: the body is a 1688 order detail.',
  }),
  defineMessage({
    name: 'alibaba.callback.statusModify',
    title: '1688 cb: order status modification',
    platform: '1688',
    group: '1688 › callbacks',
    messageType: '1688_ORDER_BUYER_VIEW_ORDER_STATUS_MODIFY',
    status: 'inferred',
    body: z.union([alibabaOrderSchema, taobaoStatusBody]),
    notes: inferredType,
  }),
  defineMessage({
    name: 'alibaba.callback.refund',
    title: '1688 cb: after-sales refund',
    platform: '1688',
    group: '1688 › callbacks',
    messageType: '1688_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND',
    status: 'inferred',
    body: refundBody,
    notes: inferredType,
  }),
] as const;
