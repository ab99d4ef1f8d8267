import type { AlibabaCart } from '../../shared/pandapon';
import type { RouteTable } from '../routes';
import { orderAddressFromFast, provinceForPreview } from './addresses';
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
import { findGoods, imageUrl, propertiesText, stockLeft, unitPriceFen } from './goods';
import type { Lifecycle } from './lifecycle';
import { groupBySeller, placeOrder, refuseUnorderable } from './order-build';
import { renderAlibabaPreview } from './preview-alibaba';
import { renderAlibabaOrder } from './render-alibaba';
import type { AccountState } from './state';
import { checkFlow } from './alibaba-orders';

/** The 1688 cart (REFERENCE §3.6): lines grouped by seller, prices in integer fen. */
type Shop = NonNullable<AlibabaCart['enableList']>[number];

function listCart(context: CommerceContext, account: AccountState): AlibabaCart {
  const enable = new Map<string, Shop>();
  const disable = new Map<string, Shop>();
  const cart = cartOf(account, '1688');
  for (const line of cart) {
    const goods = goodsOfLine(context, '1688', line);
    const offerQuantity = cart
      .filter((other) => other.productId === line.productId)
      .reduce((total, other) => total + other.quantity, 0);
    const target = isEnabled(account, goods, line) ? enable : disable;
    const shop = target.get(goods.seller.openId) ?? {
      sellerOpenId: goods.seller.openId,
      sellerNickName: goods.seller.name,
      cartItemInfos: [],
    };
    shop.cartItemInfos!.push({
      id: line.id,
      offerMapId: goods.product.mapId,
      specId: goods.sku.specId,
      skuId: goods.sku.skuId,
      itemTitle: goods.product.subject,
      itemTitleTrans: goods.product.subjectTrans,
      itemPic: imageUrl(context.deps.origin(), goods.product),
      price: unitPriceFen(goods.sku, offerQuantity),
      quantity: line.quantity,
      amountOnSale: stockLeft(account, goods.sku),
      minOrderQuantity: goods.product.moq,
      properties: propertiesText(goods.sku),
    });
    target.set(goods.seller.openId, shop);
  }
  return { enableList: [...enable.values()], disableList: [...disable.values()] };
}

export function alibabaCartRoutes(context: CommerceContext, lifecycle: Lifecycle): RouteTable {
  return {
    'alibaba.cart.list': (call) => listCart(context, context.account(call)),

    'alibaba.cart.add': (call) => {
      const input = parseInput('alibaba.cart.add', call);
      const account = context.account(call);
      const goods = findGoods(context.deps.catalogue, '1688', input.offerMapId, input.specId);
      if (input.sellerOpenId && input.sellerOpenId !== goods.seller.openId) {
        throw badInput(
          `sellerOpenId ${input.sellerOpenId} does not sell offer ${input.offerMapId}.`,
        );
      }
      return addToCart(context, account, goods, input.quantity);
    },

    'alibaba.cart.delete': (call) => {
      const input = parseInput('alibaba.cart.delete', call);
      return deleteLines(context.account(call), '1688', input.ids);
    },

    'alibaba.cart.editQuantity': (call) => {
      const input = parseInput('alibaba.cart.editQuantity', call);
      return editQuantity(context, context.account(call), '1688', input.id, input.quantity);
    },

    'alibaba.cart.preview': (call) => {
      const input = parseInput('alibaba.cart.preview', call);
      const account = context.account(call);
      const cargo = cargoOfLines(context, '1688', linesById(account, '1688', input.cartIds));
      const province = provinceForPreview(account, input.addressParam?.provinceText);
      return renderAlibabaPreview(groupBySeller(account, '1688', cargo, province));
    },

    'alibaba.cart.createOrder': (call) => {
      const input = parseInput('alibaba.cart.createOrder', call);
      const account = context.account(call);
      checkFlow(input.flow);
      const lines = linesById(account, '1688', input.cartIds);
      const address = orderAddressFromFast(account, input.addressParam);
      const groups = groupBySeller(
        account,
        '1688',
        cargoOfLines(context, '1688', lines),
        address.province,
      );
      refuseUnorderable(groups);

      const terms = { address, remark: input.message ?? null, outOrderId: null, flow: input.flow };
      const orders = groups.map((group) => placeOrder(context, account, '1688', [group], terms));
      deleteLines(account, '1688', input.cartIds);
      for (const order of orders) lifecycle.orderChanged(account, order);
      const now = context.deps.now();
      return orders.map((order) => renderAlibabaOrder(account, order, now));
    },
  };
}
