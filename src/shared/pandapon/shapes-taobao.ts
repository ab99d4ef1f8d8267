import { z } from 'zod';
import { bool, idField, int, str } from './define';
import { fenLooseSchema } from './money';

/** Taobao domain shapes (REFERENCE §3.1–3.4). Money fields are fen. */

export const taobaoSkuPropertySchema = z.looseObject({
  valueId: idField,
  valueName: str,
  propId: idField,
  propName: str,
});

export const taobaoSkuSchema = z.looseObject({
  skuId: idField,
  picUrl: str,
  quantity: int,
  price: fenLooseSchema.nullish(),
  /** A digit string in the v1 example; see `fenOf`. */
  promotionPrice: fenLooseSchema.nullish(),
  postFee: fenLooseSchema.nullish(),
  status: str,
  /** Spelled `mpSkuld` in the v1 example (a doc typo that may be the real field name). */
  mpSkuld: str,
  mpSkuId: str,
  properties: z.array(taobaoSkuPropertySchema).nullish(),
});
export type TaobaoSku = z.infer<typeof taobaoSkuSchema>;

/** `TaoBaoProductDetailsV2VO`; fields from the v1 example, `itemId` encrypted in v2. */
export const taobaoItemSchema = z.looseObject({
  itemId: idField,
  title: str,
  description: str,
  picUrls: z.array(z.string()).nullish(),
  price: fenLooseSchema.nullish(),
  promotionPrice: fenLooseSchema.nullish(),
  quantity: int,
  beginAmount: int,
  status: str,
  itemType: str,
  productUnit: str,
  mpId: str,
  shopId: idField,
  shopName: str,
  userNick: str,
  categoryId: idField,
  categoryName: str,
  categoryPath: str,
  skuList: z.array(taobaoSkuSchema).nullish(),
});
export type TaobaoItem = z.infer<typeof taobaoItemSchema>;

/** One hit of the Taobao keyword or image search; the answer was never captured (inferred). */
export const taobaoSearchItemSchema = z.looseObject({
  itemId: idField,
  title: str,
  picUrl: str,
  price: fenLooseSchema.nullish(),
  promotionPrice: fenLooseSchema.nullish(),
  shopName: str,
});
export type TaobaoSearchItem = z.infer<typeof taobaoSearchItemSchema>;

export const taobaoSearchPageSchema = z.looseObject({
  pageNo: int,
  pageSize: int,
  total: int,
  data: z.array(taobaoSearchItemSchema).nullish(),
});

/** One cart line of the Taobao cart; fields mirror the documented add-to-cart body. */
export const taobaoCartLineSchema = z.looseObject({
  id: idField,
  itemMapId: str,
  skuId: idField,
  itemTitle: str,
  itemPic: str,
  mpId: str,
  mpSkuId: str,
  price: fenLooseSchema.nullish(),
  promotionPrice: fenLooseSchema.nullish(),
  quantity: int,
  properties: str,
  shopId: idField,
  shopName: str,
});
export type TaobaoCartLine = z.infer<typeof taobaoCartLineSchema>;

/**
 * Taobao purchase-order statuses as numbered by xportcn (a white-label copy, NOT PandaPon,
 * REFERENCE §3.2.2). PandaPon probably shares them; unverified.
 */
export const taobaoOrderStatusXportcn = {
  12: 'ORDER_BULIDING',
  0: 'TAOBAO_ORDER_WAIT_BUYER_PAY',
  1: 'ORDER_PAY_STATUS',
  2: 'ORDER_FINANCE_PASS_STATUS',
  3: 'ORDER_FINANCE_REFUSE_STATUS',
  5: 'WAIT_FINANCE_PAY',
  10: 'WAIT_SELLER_SEND_GOODS',
  11: 'WAIT_BUYER_CONFIRM_GOODS',
  4: 'CANCEL',
  9: 'OTHER_STATUS',
} as const;

/** Sub-order refund statuses as numbered by xportcn (NOT PandaPon; unverified). */
export const taobaoRefundStatusXportcn = {
  0: 'NOT_APPLY_FOR_REFUND',
  10: 'APPLIED_REFUND',
  20: 'AGREE_TO_REFUND',
  30: 'WAITING_SELLER_RECEIPT',
  100: 'REFUND_SUCCESSFUL',
  [-10]: 'SELLER_REFUSES_REFUND',
  [-20]: 'REFUND_CLOSED',
} as const;

export const taobaoSubOrderSchema = z.looseObject({
  subPurchaseOrderId: idField,
  itemId: idField,
  skuId: idField,
  title: str,
  quantity: int,
  price: fenLooseSchema.nullish(),
  /** xportcn numbering, see `taobaoRefundStatusXportcn`. */
  refundStatus: int,
});

/** A Taobao purchase order; shape inferred from xportcn's order messages (NOT PandaPon). */
export const taobaoOrderSchema = z.looseObject({
  purchaseOrderId: idField,
  salesOrderId: idField,
  /** xportcn numbering, see `taobaoOrderStatusXportcn`. */
  orderStatus: z.union([z.number().int(), z.string()]).nullish(),
  totalAmount: fenLooseSchema.nullish(),
  shippingFee: fenLooseSchema.nullish(),
  productAmount: fenLooseSchema.nullish(),
  createTime: z.union([z.string(), z.number()]).nullish(),
  payTime: z.union([z.string(), z.number()]).nullish(),
  subOrders: z.array(taobaoSubOrderSchema).nullish(),
});
export type TaobaoOrder = z.infer<typeof taobaoOrderSchema>;

export const taobaoOrderPageSchema = z.looseObject({
  pageNo: int,
  pageSize: int,
  total: int,
  data: z.array(taobaoOrderSchema).nullish(),
});
export type TaobaoOrderPage = z.infer<typeof taobaoOrderPageSchema>;

/** An order preview before creation; never captured (inferred, money in fen). */
export const taobaoOrderPreviewSchema = z.looseObject({
  totalAmount: fenLooseSchema.nullish(),
  shippingFee: fenLooseSchema.nullish(),
  productAmount: fenLooseSchema.nullish(),
  lines: z.array(z.looseObject({})).nullish(),
});
export type TaobaoOrderPreview = z.infer<typeof taobaoOrderPreviewSchema>;

/** `TaoBaoLogisticsDetailVO` (documented, REFERENCE §3.2.1). */
export const taobaoLogisticsTraceSchema = z.looseObject({
  purchaseOrderOuterId: str,
  pnmLogisticsDetails: z
    .array(
      z.looseObject({
        mailNo: str,
        logisticsTraces: z
          .array(
            z.looseObject({
              statusDesc: str,
              province: str,
              city: str,
              district: str,
              action: str,
              facilityName: str,
              time: str,
              standerdDesc: str,
              status: str,
              nextCity: str,
              nextNodeName: str,
            }),
          )
          .nullish(),
        logisticsPartner: z
          .array(z.looseObject({ companyImageUrl: str, company: str, companyContact: str }))
          .nullish(),
        receiver: z.looseObject({}).nullish(),
        logisticsGoods: z
          .array(z.looseObject({ title: str, property: str, imageUrl: str, quantity: str }))
          .nullish(),
      }),
    )
    .nullish(),
});
export type TaobaoLogisticsTrace = z.infer<typeof taobaoLogisticsTraceSchema>;

/** The `refundOrder` of a Taobao reverse order (documented, REFERENCE §3.4.1–3.4.2). */
export const taobaoReverseOrderSchema = z.looseObject({
  refundId: str,
  payOrderId: str,
  refundFee: int,
  refundStatus: int,
  refundType: int,
  goodsStatus: int,
  reasonId: int,
  reasonDesc: str,
  refundDesc: str,
  canEditFee: bool,
  feeTips: str,
  timeoutType: str,
  timeoutDate: str,
  remainingTime: z.union([z.string(), z.number()]).nullish(),
  sellerRefuseReason: str,
  sellerRefuseReasonDescribe: str,
});
export type TaobaoReverseOrder = z.infer<typeof taobaoReverseOrderSchema>;

export const taobaoReverseAggregateSchema = z.looseObject({
  logistics: z.looseObject({}).nullish(),
  refundOrder: taobaoReverseOrderSchema.nullish(),
  purchaseOrderLine: z.looseObject({}).nullish(),
});
