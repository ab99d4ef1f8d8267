import type { OrderAction, OrderStatus } from '../../shared/bridge/calls/orders';
import type { Platform } from '../../shared/bridge/calls/catalog';

/**
 * One status vocabulary for both platforms. 1688 statuses are 1688's own words; Taobao numbers
 * follow xportcn's enum (a white-label copy, not PandaPon: REFERENCE §3.2.2), unverified.
 */
const ALIBABA: Record<string, OrderStatus> = {
  waitbuyerpay: 'awaiting_payment',
  waitsellersend: 'awaiting_shipment',
  waitbuyerreceive: 'shipped',
  confirm_goods: 'completed',
  success: 'completed',
  cancel: 'cancelled',
  terminated: 'cancelled',
};

const TAOBAO: Record<string, OrderStatus> = {
  '12': 'processing',
  '0': 'awaiting_payment',
  '1': 'processing',
  '2': 'processing',
  '5': 'processing',
  '3': 'other',
  '10': 'awaiting_shipment',
  '11': 'shipped',
  '4': 'cancelled',
  '9': 'other',
  TAOBAO_ORDER_WAIT_BUYER_PAY: 'awaiting_payment',
  WAIT_SELLER_SEND_GOODS: 'awaiting_shipment',
  WAIT_BUYER_CONFIRM_GOODS: 'shipped',
  TRADE_FINISHED: 'completed',
  CANCEL: 'cancelled',
};

export function orderStatusOf(platform: Platform, raw: string): OrderStatus {
  return (platform === '1688' ? ALIBABA : TAOBAO)[raw] ?? 'other';
}

/**
 * What a user may do in each status. Confirming receipt exists only on 1688's documented side;
 * the seller chat is offered always, since a question can come at any stage.
 */
export function actionsFor(platform: Platform, status: OrderStatus): OrderAction[] {
  const actions: OrderAction[] = [];
  if (status === 'awaiting_payment') actions.push('pay', 'cancel');
  if (status === 'shipped' && platform === '1688') actions.push('confirmReceipt');
  actions.push('chat');
  return actions;
}
