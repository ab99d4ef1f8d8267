import type { Platform } from '../../../../shared/bridge/calls/catalog';
import type { OrderStatus } from '../../../../shared/bridge/calls/orders';

/** The order list's filters as the user set them, and what is sent to `orders.list`. */
export interface OrderFilters {
  readonly platform: Platform | 'all';
  readonly status: OrderStatus | 'any';
  /** `YYYY-MM-DD` or empty. */
  readonly from: string;
  readonly to: string;
  readonly text: string;
}

export const NO_FILTERS: OrderFilters = {
  platform: 'all',
  status: 'any',
  from: '',
  to: '',
  text: '',
};

export interface OrdersListRequest {
  platform?: Platform;
  status?: OrderStatus;
  from?: string;
  to?: string;
  text?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Only set filters are sent; a malformed date is left out, and a range whose start is after its
 * end is reported (`dateOrder`) with the end left out, so the list still answers.
 */
export function listRequestOf(filters: OrderFilters): {
  request: OrdersListRequest;
  problem: 'dateOrder' | null;
} {
  const request: OrdersListRequest = {};
  if (filters.platform !== 'all') request.platform = filters.platform;
  if (filters.status !== 'any') request.status = filters.status;
  const from = DATE.test(filters.from) ? filters.from : '';
  const to = DATE.test(filters.to) ? filters.to : '';
  const reversed = Boolean(from && to && from > to);
  if (from) request.from = from;
  if (to && !reversed) request.to = to;
  const text = filters.text.trim().slice(0, 100);
  if (text) request.text = text;
  return { request, problem: reversed ? 'dateOrder' : null };
}

export function hasFilters(filters: OrderFilters): boolean {
  return Object.keys(listRequestOf(filters).request).length > 0;
}

/** Statuses after payment: the ones an after-sales case (refund, return) can be asked for. */
const PAID: ReadonlySet<OrderStatus> = new Set([
  'processing',
  'awaiting_shipment',
  'shipped',
  'completed',
]);

export function canRequestAftersales(status: OrderStatus): boolean {
  return PAID.has(status);
}

export const STATUS_COLOURS: Readonly<Record<OrderStatus, string>> = {
  awaiting_payment: 'orange',
  processing: 'blue',
  awaiting_shipment: 'cyan',
  shipped: 'indigo',
  completed: 'teal',
  cancelled: 'gray',
  other: 'gray',
};
