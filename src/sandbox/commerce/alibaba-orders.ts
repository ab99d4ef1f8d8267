import { alibabaTradeStatuses } from '../../shared/pandapon';
import type { RouteTable } from '../routes';
import { orderAddressFromFast, provinceForPreview } from './addresses';
import type { CommerceContext } from './context';
import { badInput, notFound, parseInput, wrongStatus } from './errors';
import { findGoods } from './goods';
import type { Lifecycle } from './lifecycle';
import { groupBySeller, placeOrder, refuseUnorderable, type Cargo } from './order-build';
import { pageOf, pageRequest } from './paging';
import { renderAlibabaPreview } from './preview-alibaba';
import { alibabaStatusOf, renderAlibabaOrder } from './render-alibaba';
import type { AccountState, OrderState } from './state';
import { chinaTime } from './time-format';
import { traceSteps } from './traces';

/** 1688 orders (REFERENCE §3.7): previews, creation, the list, payment, cancel, receipt, traces. */
const FLOWS = ['general', 'fenxiao', 'fenxiaonew'];
const CANCEL_REASONS = ['buyerCancel', 'sellerGoodsLack', 'other'];

export function checkFlow(flow: string): void {
  if (!FLOWS.includes(flow))
    throw badInput(`flow must be one of ${FLOWS.join(', ')}; got "${flow}".`);
}

interface CargoInput {
  readonly offerMapId: string;
  readonly specId?: string | null;
  readonly quantity: number;
  readonly sellerOpenId?: string | null;
}

function cargoOf(context: CommerceContext, list: readonly CargoInput[]): Cargo[] {
  return list.map((cargo, index) => {
    const field = `cargoParamList.${index}`;
    if (!Number.isInteger(cargo.quantity))
      throw badInput(`${field}.quantity must be a whole number.`);
    let specId = cargo.specId;
    if (!specId) {
      const offer = context.deps.catalogue.findOffer(cargo.offerMapId);
      const only = offer ? findGoods(context.deps.catalogue, '1688', offer.mapId, null) : null;
      specId = only?.sku.specId;
    }
    const goods = findGoods(context.deps.catalogue, '1688', cargo.offerMapId, specId);
    if (cargo.sellerOpenId && cargo.sellerOpenId !== goods.seller.openId) {
      throw badInput(`${field}.sellerOpenId does not sell offer ${cargo.offerMapId}.`);
    }
    return { goods, quantity: cargo.quantity };
  });
}

function oneSeller(cargo: readonly Cargo[], endpoint: string): void {
  if (new Set(cargo.map((entry) => entry.goods.seller.openId)).size > 1) {
    throw badInput(`${endpoint} takes one seller's goods; the batch call takes several sellers.`);
  }
}

export function findOrder(
  account: AccountState,
  platform: OrderState['platform'],
  id: string | number,
) {
  const order = account.orders.find(
    (candidate) => candidate.platform === platform && candidate.id === String(id),
  );
  if (!order) throw notFound(`No ${platform} order ${id}.`);
  return order;
}

export function alibabaOrderRoutes(context: CommerceContext, lifecycle: Lifecycle): RouteTable {
  const render = (account: AccountState, order: OrderState) =>
    renderAlibabaOrder(account, order, context.deps.now());

  function preview(name: 'alibaba.order.preview' | 'alibaba.order.batchPreview') {
    return (call: Parameters<RouteTable[string]>[0]) => {
      const input = parseInput(name, call);
      const account = context.account(call);
      const cargo = cargoOf(context, input.cargoParamList);
      if (name === 'alibaba.order.preview') oneSeller(cargo, name);
      const province = provinceForPreview(account, input.addressParam?.provinceText);
      return renderAlibabaPreview(groupBySeller(account, '1688', cargo, province));
    };
  }

  function create(name: 'alibaba.order.create' | 'alibaba.order.batchCreate') {
    return (call: Parameters<RouteTable[string]>[0]) => {
      const input = parseInput(name, call);
      const account = context.account(call);
      checkFlow(input.flow);
      const cargo = cargoOf(context, input.cargoParamList);
      if (name === 'alibaba.order.create') oneSeller(cargo, name);
      const address = orderAddressFromFast(account, input.addressParam);
      const groups = groupBySeller(account, '1688', cargo, address.province);
      refuseUnorderable(groups);

      const terms = { address, remark: input.message ?? null, outOrderId: null, flow: input.flow };
      const orders = groups.map((group) => placeOrder(context, account, '1688', [group], terms));
      for (const order of orders) lifecycle.orderChanged(account, order);
      return orders.map((order) => render(account, order));
    };
  }

  return {
    'alibaba.order.preview': preview('alibaba.order.preview'),
    'alibaba.order.batchPreview': preview('alibaba.order.batchPreview'),
    'alibaba.order.create': create('alibaba.order.create'),
    'alibaba.order.batchCreate': create('alibaba.order.batchCreate'),

    'alibaba.order.page': (call) => {
      const input = parseInput('alibaba.order.page', call);
      const account = context.account(call);
      const known: readonly string[] = alibabaTradeStatuses;
      if (input.orderStatus && !known.includes(input.orderStatus)) {
        throw badInput(
          `orderStatus must be one of ${known.join(', ')}; got "${input.orderStatus}".`,
        );
      }
      const orders = account.orders
        .filter((order) => order.platform === '1688')
        .filter((order) => !input.orderId || order.id === input.orderId)
        .filter((order) => !input.orderStatus || alibabaStatusOf(order) === input.orderStatus)
        .reverse();
      const page = pageRequest(input.beginPage, input.pageSize);
      const found = pageOf(orders, page);
      return {
        totalRecords: found.total,
        totalPage: found.totalPage,
        pageSize: page.size,
        currentPage: page.number,
        data: found.items.map((order) => render(account, order)),
      };
    },

    'alibaba.order.cancel': (call) => {
      const input = parseInput('alibaba.order.cancel', call);
      const account = context.account(call);
      if (input.webSite !== '1688')
        throw badInput(`webSite must be "1688"; got "${input.webSite}".`);
      if (!CANCEL_REASONS.includes(input.cancelReason)) {
        throw badInput(`cancelReason must be one of ${CANCEL_REASONS.join(', ')}.`);
      }
      const order = findOrder(account, '1688', input.orderId);
      if (order.stage !== 'unpaid') {
        throw wrongStatus(
          `Order ${order.id} is ${alibabaStatusOf(order)}: only an unpaid order can be cancelled.`,
        );
      }
      lifecycle.cancel(account, order, input.cancelReason);
      return true;
    },

    'alibaba.order.payUrl': (call) => {
      const input = parseInput('alibaba.order.payUrl', call);
      const order = findOrder(context.account(call), '1688', input.orderId);
      const payable = order.stage === 'unpaid';
      return {
        orderId: order.id,
        protocolPaySuccess: false,
        payUrl: payable
          ? `${context.deps.origin()}/_pay/${order.id}?token=${order.payToken}`
          : null,
        cantPayOrderList: payable ? [] : [Number(order.id)],
      };
    },

    'alibaba.order.batchSubmitToPay': (call) => {
      const input = parseInput('alibaba.order.batchSubmitToPay', call);
      const account = context.account(call);
      const orders = [...new Set(input.orderIds)].map((id) => findOrder(account, '1688', id));
      const unpayable = orders.filter((order) => order.stage !== 'unpaid');
      if (unpayable.length) {
        throw wrongStatus(
          `Not awaiting payment: ${unpayable.map((order) => `${order.id} (${alibabaStatusOf(order)})`).join(', ')}.`,
        );
      }
      // The sandbox account pays by agreement (账期), so a batch submission pays at once.
      for (const order of orders) lifecycle.pay(account, order);
      return { success: true, payUrl: null, paidOrderIds: orders.map((order) => order.id) };
    },

    'alibaba.order.confirmReceipt': (call) => {
      const input = parseInput('alibaba.order.confirmReceipt', call);
      const account = context.account(call);
      const order = findOrder(account, '1688', input.orderId);
      const entries = new Set(order.lines.map((line) => line.entryId));
      const stranger = (input.orderEntryIds ?? []).find((id) => !entries.has(id));
      if (stranger !== undefined)
        throw badInput(`orderEntryIds: ${stranger} is not a line of order ${order.id}.`);
      if (order.stage !== 'shipped') {
        return {
          success: false,
          errorCode: 'ORDER_STATUS_ERROR',
          errorInfo: `Order ${order.id} is ${alibabaStatusOf(order)}: only a shipped order can be confirmed.`,
        };
      }
      lifecycle.confirmReceipt(account, order);
      return { success: true, errorInfo: '', errorCode: '' };
    },

    'alibaba.order.logisticsTrace': (call) => {
      const input = parseInput('alibaba.order.logisticsTrace', call);
      const order = findOrder(context.account(call), '1688', input.orderId);
      if (!order.waybill) return { logisticsTrace: [] };
      return {
        logisticsTrace: [
          {
            logisticsId: `LP${order.id.slice(-10)}`,
            orderId: order.id,
            logisticsBillNo: order.waybill,
            logisticsCompanyName: order.carrier,
            logisticsSteps: traceSteps(order, context.deps.now()).map((step) => ({
              acceptTime: chinaTime(step.at),
              remark: `【${step.city}】${step.text}`,
            })),
          },
        ],
      };
    },

    'alibaba.seller.decryptWangwang': (call) => {
      const input = parseInput('alibaba.seller.decryptWangwang', call);
      context.account(call);
      const seller = context.deps.catalogue.findSeller(input.openUid);
      if (!seller || seller.platform !== '1688') throw notFound(`No 1688 seller ${input.openUid}.`);
      return {
        wangwangNick: seller.name,
        wangwangUrl: `${context.deps.origin()}/_chat/${encodeURIComponent(seller.openId)}`,
      };
    },
  };
}
