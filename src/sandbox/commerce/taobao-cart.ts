import type { TaobaoCartLine } from '../../shared/pandapon';
import type { RouteTable } from '../routes';
import { orderAddressFromTaobao, provinceForPreview } from './addresses';
import {
  addToCart,
  cargoOfLines,
  cartOf,
  deleteLines,
  editQuantity,
  goodsOfLine,
  isEnabled,
  linesById,
} from './carts';
import type { CommerceContext } from './context';
import { badInput, parseInput } from './errors';
import { taobaoMpId } from '../goods/shapes';
import { findGoods, imageUrl, propertiesText, stockLeft } from './goods';
import type { Lifecycle } from './lifecycle';
import { groupBySeller, refuseUnorderable } from './order-build';
import type { AccountState } from './state';
import { placeTaobaoOrder, taobaoPreview } from './taobao-orders';

/** The Taobao cart: a flat list split into buyable and disabled lines, prices in fen. */
function listCart(context: CommerceContext, account: AccountState) {
  const enableList: TaobaoCartLine[] = [];
  const disableList: TaobaoCartLine[] = [];
  for (const line of cartOf(account, 'taobao')) {
    const goods = goodsOfLine(context, 'taobao', line);
    (isEnabled(account, goods, line) ? enableList : disableList).push({
      id: line.id,
      itemMapId: goods.product.mapId,
      skuId: goods.sku.skuId,
      itemTitle: goods.product.subject,
      itemTitleTrans: goods.product.subjectTrans,
      itemPic: imageUrl(context.deps.origin(), goods.product),
      mpId: taobaoMpId(goods.product),
      mpSkuId: goods.sku.mpSkuId,
      price: goods.sku.priceFen,
      promotionPrice: goods.sku.priceFen,
      quantity: line.quantity,
      skuQuantity: String(stockLeft(account, goods.sku)),
      properties: propertiesText(goods.sku),
      shopId: goods.seller.shopId,
      shopName: goods.seller.name,
    });
  }
  return { enableList, disableList };
}

export function taobaoCartRoutes(context: CommerceContext, lifecycle: Lifecycle): RouteTable {
  return {
    'taobao.cart.list': (call) => listCart(context, context.account(call)),

    'taobao.cart.add': (call) => {
      const input = parseInput('taobao.cart.add', call);
      const account = context.account(call);
      const goods = findGoods(context.deps.catalogue, 'taobao', input.itemMapId, input.skuId);
      if (input.mpId !== taobaoMpId(goods.product)) {
        throw badInput(`mpId ${input.mpId} is not the distribution id of item ${input.itemMapId}.`);
      }
      if (input.mpSkuId !== goods.sku.mpSkuId) {
        throw badInput(
          `mpSkuId ${input.mpSkuId} is not the distribution id of SKU ${input.skuId}.`,
        );
      }
      return addToCart(context, account, goods, input.quantity, {
        mpId: input.mpId,
        mpSkuId: input.mpSkuId,
      });
    },

    'taobao.cart.delete': (call) => {
      const input = parseInput('taobao.cart.delete', call);
      return deleteLines(context.account(call), 'taobao', input.ids);
    },

    'taobao.cart.editQuantity': (call) => {
      const input = parseInput('taobao.cart.editQuantity', call);
      return editQuantity(context, context.account(call), 'taobao', input.id, input.quantity);
    },

    'taobao.cart.preview': (call) => {
      const input = parseInput('taobao.cart.preview', call);
      const account = context.account(call);
      const cargo = cargoOfLines(context, 'taobao', linesById(account, 'taobao', input.ids));
      const province = provinceForPreview(account, input.orderAddress?.state);
      const groups = groupBySeller(account, 'taobao', cargo, province);
      // The Taobao preview has no per-seller verdict, so goods that cannot be bought refuse it.
      refuseUnorderable(groups);
      return taobaoPreview(groups);
    },

    'taobao.cart.createOrder': (call) => {
      const input = parseInput('taobao.cart.createOrder', call);
      const account = context.account(call);
      const lines = linesById(account, 'taobao', input.ids);
      const address = orderAddressFromTaobao(account, input.orderAddress);
      const groups = groupBySeller(
        account,
        'taobao',
        cargoOfLines(context, 'taobao', lines),
        address.province,
      );
      refuseUnorderable(groups);
      const order = placeTaobaoOrder(context, lifecycle, account, groups, {
        address,
        remark: null,
        outOrderId: null,
        flow: null,
      });
      deleteLines(account, 'taobao', input.ids);
      return [order];
    },
  };
}
