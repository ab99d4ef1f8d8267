import type { AlibabaOrderPreview } from '../../shared/pandapon';
import { yuan } from './money-format';
import type { SellerGroup } from './order-build';

/**
 * One `orderPreviewResuslt` (sic) item per seller, with amounts in yuan. A group that cannot be
 * ordered answers `success: false` with the reason, as 1688's preview does, instead of refusing
 * the whole preview.
 */
export function renderAlibabaPreview(groups: readonly SellerGroup[]): AlibabaOrderPreview {
  return {
    orderPreviewResuslt: groups.map((group) => ({
      success: group.problem === null,
      status: group.problem === null,
      errorCode: group.problem?.code ?? null,
      errorMsg: group.problem?.message ?? null,
      sellerOpenId: group.seller.openId,
      sellerNickName: group.seller.name,
      discountFee: '0.00',
      sumCarriage: yuan(group.freightFen),
      sumPaymentNoCarriage: yuan(group.goodsFen),
      sumPayment: yuan(group.goodsFen + group.freightFen),
      sumTotalPayment: yuan(group.goodsFen + group.freightFen),
      tradeModeNameList: ['担保交易'],
      postFeeByDescOfferList: [],
      consignOfferList: [],
      unsupportedCrossBorderPayOfferList: [],
      orderItemTOList: group.lines.map((line) => ({
        offerMapId: line.goods.product.mapId,
        offerId: line.goods.product.numericId,
        specId: line.goods.sku.specId,
        skuId: line.goods.sku.skuId,
        amount: line.quantity,
        finalUnitPrice: yuan(line.unitFen),
        sumPayment: yuan(line.amountFen),
        message: null,
      })),
    })),
  };
}
