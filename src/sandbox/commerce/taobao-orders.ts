import type { TaobaoOrderPreview } from '../../shared/pandapon';
import type { RouteTable, SandboxCall } from '../routes';
import { orderAddressFromTaobao } from './addresses';
import { findOrder } from './alibaba-orders';
import type { CommerceContext } from './context';
import { badInput, notFound, parseInput, wrongStatus } from './errors';
import { taobaoMpId } from '../goods/shapes';
import { findGoods } from './goods';
import type { Lifecycle } from './lifecycle';
import {
  groupBySeller,
  placeOrder,
  refuseUnorderable,
  type OrderTerms,
  type SellerGroup,
} from './order-build';
import { pageOf, pageRequest } from './paging';
import { renderTaobaoOrder, taobaoStatusOf } from './render-taobao';
import type { AccountState, OrderState } from './state';
import { chinaTime } from './time-format';
import { carrierCodeOf, traceSteps } from './traces';

/**
 * Taobao purchase orders. One purchase order holds every line of a creation, whatever the shop
 * (each sub-order keeps its shop); freight is charged per shop.
 */
export function taobaoPreview(groups: readonly SellerGroup[]): TaobaoOrderPreview {
  const productAmount = groups.reduce((total, group) => total + group.goodsFen, 0);
  const shippingFee = groups.reduce((total, group) => total + group.freightFen, 0);
  return {
    productAmount,
    shippingFee,
    totalAmount: productAmount + shippingFee,
    lines: groups.flatMap((group) =>
      group.lines.map((line) => ({
        itemMapId: line.goods.product.mapId,
        skuId: line.goods.sku.skuId,
        shopName: group.seller.name,
        quantity: line.quantity,
        price: line.unitFen,
        amount: line.amountFen,
      })),
    ),
  };
}

export function placeTaobaoOrder(
  context: CommerceContext,
  lifecycle: Lifecycle,
  account: AccountState,
  groups: readonly SellerGroup[],
  terms: OrderTerms,
) {
  const order = placeOrder(context, account, 'taobao', groups, terms);
  lifecycle.orderChanged(account, order);
  return renderTaobaoOrder(account, order, context.deps.now());
}

function orderOfSubOrder(account: AccountState, subOrderId: string): OrderState {
  const order = account.orders.find(
    (candidate) =>
      candidate.platform === 'taobao' &&
      candidate.lines.some((line) => String(line.entryId) === subOrderId),
  );
  if (!order) throw notFound(`No Taobao sub-order ${subOrderId}.`);
  return order;
}

export function taobaoOrderRoutes(context: CommerceContext, lifecycle: Lifecycle): RouteTable {
  const render = (account: AccountState, order: OrderState) =>
    renderTaobaoOrder(account, order, context.deps.now());
  const unpaidOnly = (order: OrderState, action: string) => {
    if (order.stage !== 'unpaid') {
      throw wrongStatus(
        `Order ${order.id} has status ${taobaoStatusOf(order)}: only an unpaid order can be ${action}.`,
      );
    }
  };

  return {
    'taobao.order.create': (call: SandboxCall) => {
      const input = parseInput('taobao.order.create', call);
      const account = context.account(call);
      const cargo = input.lines.map((line, index) => {
        const goods = findGoods(context.deps.catalogue, 'taobao', line.itemMapId, line.skuId);
        if (line.mpId !== taobaoMpId(goods.product)) {
          throw badInput(
            `lines.${index}.mpId is not the distribution id of item ${line.itemMapId}.`,
          );
        }
        if (line.mpSkuId !== goods.sku.mpSkuId) {
          throw badInput(`lines.${index}.mpSkuId is not the distribution id of SKU ${line.skuId}.`);
        }
        return { goods, quantity: line.quantity };
      });
      const address = orderAddressFromTaobao(account, input.orderAddress);
      const groups = groupBySeller(account, 'taobao', cargo, address.province);
      refuseUnorderable(groups);
      return placeTaobaoOrder(context, lifecycle, account, groups, {
        address,
        remark: input.remark ?? null,
        outOrderId: input.outOrderId ?? null,
        flow: null,
      });
    },

    'taobao.order.page': (call) => {
      const input = parseInput('taobao.order.page', call);
      const account = context.account(call);
      const orders = account.orders
        .filter((order) => order.platform === 'taobao')
        .filter((order) => !input.purchaseOrderId || order.id === input.purchaseOrderId)
        .filter((order) => input.orderStatus == null || taobaoStatusOf(order) === input.orderStatus)
        .reverse();
      const page = pageRequest(input.pageNo, input.pageSize);
      const found = pageOf(orders, page);
      return {
        pageNo: page.number,
        pageSize: page.size,
        total: found.total,
        totalPage: found.totalPage,
        data: found.items.map((order) => render(account, order)),
      };
    },

    'taobao.order.detail': (call) => {
      const input = parseInput('taobao.order.detail', call);
      const account = context.account(call);
      return render(account, findOrder(account, 'taobao', input.purchaseOrderId));
    },

    'taobao.order.cancel': (call) => {
      const input = parseInput('taobao.order.cancel', call);
      const account = context.account(call);
      const order = findOrder(account, 'taobao', input.purchaseOrderId);
      unpaidOnly(order, 'cancelled');
      lifecycle.cancel(account, order, input.cancelReason?.trim() || 'buyerCancel');
      return { success: true };
    },

    'taobao.order.updateWarehouse': (call) => {
      const input = parseInput('taobao.order.updateWarehouse', call);
      const account = context.account(call);
      const order = findOrder(account, 'taobao', input.purchaseOrderId);
      if (order.stage !== 'unpaid' && order.stage !== 'awaiting_shipment') {
        throw wrongStatus(
          `Order ${order.id} has left the seller: its address can no longer change.`,
        );
      }
      const address = orderAddressFromTaobao(account, input.orderAddress);
      order.address = address;
      return { success: true };
    },

    'taobao.order.pay': (call) => {
      const input = parseInput('taobao.order.pay', call);
      const account = context.account(call);
      const orders = [...new Set(input.purchaseOrderIds)].map((id) =>
        findOrder(account, 'taobao', id),
      );
      const unpayable = orders.filter((order) => order.stage !== 'unpaid');
      if (unpayable.length) {
        throw wrongStatus(
          `Not awaiting payment: ${unpayable.map((order) => order.id).join(', ')}.`,
        );
      }
      // PandaPon pays Taobao orders from the distributor's balance: paid at once, no cashier page.
      for (const order of orders) lifecycle.pay(account, order);
      return { success: true, payUrl: null };
    },

    'taobao.order.imLink': (call) => {
      const input = parseInput('taobao.order.imLink', call);
      const order = findOrder(context.account(call), 'taobao', input.purchaseOrderId);
      return { url: `${context.deps.origin()}/_chat/${order.shopId}` };
    },

    'taobao.order.logisticsDetail': (call) => {
      const input = parseInput('taobao.order.logisticsDetail', call);
      const order = orderOfSubOrder(context.account(call), input.subPurchaseOrderId);
      const line = order.lines.find(
        (candidate) => String(candidate.entryId) === input.subPurchaseOrderId,
      )!;
      const steps = traceSteps(order, context.deps.now());
      return {
        purchaseOrderOuterId: input.subPurchaseOrderId,
        pnmLogisticsDetails: order.waybill
          ? [
              {
                mailNo: order.waybill,
                logisticsTraces: steps.map((step) => ({
                  statusDesc: step.text,
                  standerdDesc: step.text,
                  status: step.status,
                  action: step.action,
                  province: null,
                  city: step.city,
                  district: null,
                  facilityName: step.facility,
                  time: chinaTime(step.at),
                  nextCity: null,
                  nextNodeName: null,
                })),
                logisticsPartner: [
                  {
                    company: order.carrier,
                    companyContact: '95311',
                    companyImageUrl: null,
                    code: carrierCodeOf(order.carrier),
                  },
                ],
                // Only the city: the full address stays in the order, not in every trace answer.
                receiver: { name: order.address.name, city: order.address.city },
                logisticsGoods: [
                  {
                    title: line.title,
                    property: line.properties,
                    imageUrl: line.imageUrl,
                    quantity: String(line.quantity),
                  },
                ],
              },
            ]
          : [],
      };
    },
  };
}
