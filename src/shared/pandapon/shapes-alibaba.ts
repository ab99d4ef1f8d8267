import { z } from 'zod';
import { bool, idField, int, num, str } from './define';
import { pageOf } from './shapes-common';

/**
 * 1688 domain shapes (REFERENCE §3.5–3.8). Cart prices are integer fen (documented `price int`);
 * offer and order amounts are left as PandaPon sends them (numbers or decimal strings) because
 * their unit was never documented (REFERENCE §4.3 q12).
 */
const amount = z.union([z.number(), z.string()]).nullish();

/**
 * One offer in a 1688 search page (`AlibabaProductListInfoV2VO`). Only `imageUrl` and `subject`
 * were visible of its 8 fields; the others follow 1688's own search answer (inferred).
 */
export const alibabaOfferSchema = z.looseObject({
  imageUrl: str,
  subject: str,
  subjectTrans: str,
  offerId: idField,
  offerMapId: str,
  sellerOpenId: str,
  priceInfo: z.looseObject({ price: amount, consignPrice: amount }).nullish(),
  monthSold: int,
  repurchaseRate: str,
});
export type AlibabaOffer = z.infer<typeof alibabaOfferSchema>;

export const alibabaOfferPageSchema = pageOf(alibabaOfferSchema);
export type AlibabaOfferPage = z.infer<typeof alibabaOfferPageSchema>;

export const alibabaSpecAttributeSchema = z.looseObject({
  attributeId: idField,
  attributeName: str,
  attributeNameTrans: str,
  value: str,
  valueTrans: str,
  skuImageUrl: str,
});

/** A spec (1688 SKU) of an offer detail. */
export const alibabaSpecSchema = z.looseObject({
  specId: str,
  skuId: idField,
  price: amount,
  consignPrice: amount,
  amountOnSale: int,
  skuAttributes: z.array(alibabaSpecAttributeSchema).nullish(),
});
export type AlibabaSpec = z.infer<typeof alibabaSpecSchema>;

export const priceRangeSchema = z.looseObject({
  startQuantity: int,
  price: amount,
});
export type PriceRange = z.infer<typeof priceRangeSchema>;

/**
 * The 1688 offer detail. The v1 page lists the answer's descriptions in order (product id,
 * category, subject, translated subject, images, attributes, SKU info, sale info, shipping info,
 * seller id, minimum order quantity, batch quantity …); the field names below follow 1688's own
 * detail answer where the page did not show them (inferred).
 */
export const alibabaOfferDetailSchema = z.looseObject({
  offerId: idField,
  offerMapId: str,
  categoryId: idField,
  categoryName: str,
  subject: str,
  subjectTrans: str,
  description: str,
  mainVideo: str,
  detailVideo: str,
  productImage: z.looseObject({ images: z.array(z.string()).nullish() }).nullish(),
  productAttribute: z.array(z.looseObject({})).nullish(),
  productSkuInfos: z.array(alibabaSpecSchema).nullish(),
  productSaleInfo: z
    .looseObject({
      amountOnSale: int,
      priceRangeList: z.array(priceRangeSchema).nullish(),
      quoteType: int,
      unitInfo: z.looseObject({ unit: str, transUnit: str }).nullish(),
    })
    .nullish(),
  productShippingInfo: z.looseObject({}).nullish(),
  sellerOpenId: str,
  minOrderQuantity: int,
  batchNumber: int,
  status: str,
  companyName: str,
  shopUrl: str,
});
export type AlibabaOfferDetail = z.infer<typeof alibabaOfferDetailSchema>;

/** One cart line (`cartItemInfos[]`, documented, REFERENCE §3.6.1); `price` in fen. */
export const alibabaCartLineSchema = z.looseObject({
  id: idField,
  offerMapId: str,
  specId: str,
  skuId: idField,
  itemTitle: str,
  itemPic: str,
  price: int,
  quantity: int,
  amountOnSale: int,
  properties: str,
});
export type AlibabaCartLine = z.infer<typeof alibabaCartLineSchema>;

export const alibabaCartShopSchema = z.looseObject({
  sellerOpenId: str,
  sellerNickName: str,
  cartItemInfos: z.array(alibabaCartLineSchema).nullish(),
});

export const alibabaCartSchema = z.looseObject({
  enableList: z.array(alibabaCartShopSchema).nullish(),
  disableList: z.array(alibabaCartShopSchema).nullish(),
});
export type AlibabaCart = z.infer<typeof alibabaCartSchema>;

/** One merchant's preview (`orderPreviewResuslt` (sic) items, v1 plus xportcn fields). */
export const alibabaOrderPreviewItemSchema = z.looseObject({
  success: bool,
  errorCode: str,
  errorMsg: str,
  status: bool,
  discountFee: amount,
  sumCarriage: amount,
  sumPayment: amount,
  sumPaymentNoCarriage: amount,
  tradeModeNameList: z.array(z.string()).nullish(),
  postFeeByDescOfferList: z.array(z.unknown()).nullish(),
  consignOfferList: z.array(z.unknown()).nullish(),
  unsupportedCrossBorderPayOfferList: z.array(z.string()).nullish(),
  orderItemTOList: z.array(z.looseObject({})).nullish(),
});

export const alibabaOrderPreviewSchema = z.looseObject({
  orderPreviewResuslt: z.array(alibabaOrderPreviewItemSchema).nullish(),
});
export type AlibabaOrderPreview = z.infer<typeof alibabaOrderPreviewSchema>;

/** 1688 trade statuses as printed on the v1 offer-detail page; anything else is "other". */
export const alibabaTradeStatuses = [
  'waitbuyerpay',
  'waitsellersend',
  'waitbuyerreceive',
  'confirm_goods',
  'success',
  'cancel',
  'terminated',
] as const;
export type AlibabaTradeStatus = (typeof alibabaTradeStatuses)[number] | 'other';

export function alibabaTradeStatusOf(value: string | null | undefined): AlibabaTradeStatus {
  const known = alibabaTradeStatuses as readonly string[];
  return value && known.includes(value) ? (value as AlibabaTradeStatus) : 'other';
}

export const alibabaOrderItemSchema = z.looseObject({
  productID: idField,
  skuID: idField,
  specId: str,
  subItemID: idField,
  name: str,
  price: amount,
  itemAmount: amount,
  quantity: num,
  status: str,
  productImgUrl: z.array(z.string()).nullish(),
  cargoNumber: str,
  description: str,
});

/** A 1688 order in the order-detail shape (batch-create answer, price callback). */
export const alibabaOrderSchema = z.looseObject({
  baseInfo: z
    .looseObject({
      id: idField,
      idOfStr: str,
      status: str,
      totalAmount: amount,
      sumProductPayment: amount,
      shippingFee: amount,
      createTime: str,
      payTime: str,
      sellerID: str,
      sellerOpenId: str,
    })
    .nullish(),
  productItems: z.array(alibabaOrderItemSchema).nullish(),
  nativeLogistics: z.looseObject({}).nullish(),
  internationalLogistics: z.unknown().optional(),
  guaranteesTerms: z.unknown().optional(),
  tradeTerms: z.array(z.looseObject({})).nullish(),
  extAttributes: z.array(z.looseObject({})).nullish(),
});
export type AlibabaOrder = z.infer<typeof alibabaOrderSchema>;

export const alibabaOrderPageSchema = pageOf(alibabaOrderSchema);
export type AlibabaOrderPage = z.infer<typeof alibabaOrderPageSchema>;

/** 1688 logistics trace; never captured, shaped after 1688's own buyer-view trace (inferred). */
export const alibabaLogisticsTraceSchema = z.looseObject({
  logisticsTrace: z
    .array(
      z.looseObject({
        logisticsId: str,
        orderId: idField,
        logisticsBillNo: str,
        logisticsSteps: z.array(z.looseObject({ acceptTime: str, remark: str })).nullish(),
      }),
    )
    .nullish(),
});
export type AlibabaLogisticsTrace = z.infer<typeof alibabaLogisticsTraceSchema>;

/** `AlibabaRefundInfo`, the 1688 reverse order (v1, partly captured, REFERENCE §3.8.3). */
export const alibabaReverseOrderSchema = z.looseObject({
  id: idField,
  refundId: str,
  status: str,
  createTime: str,
  updateTime: str,
  alipayPaymentId: str,
  applyCarriage: amount,
  applyPayment: amount,
  applyExpect: amount,
  applyReason: str,
  applyReasonId: idField,
  applySubReason: str,
  applySubReasonId: idField,
  buyerLogisticsName: str,
  buyerSendGoods: bool,
});
export type AlibabaReverseOrder = z.infer<typeof alibabaReverseOrderSchema>;
