// Bridge calls and events of the orders domain: shipping addresses, checkout (preview, place,
// pay) and the order list and detail. Placing and paying go through main's outbox; the renderer
// passes a client reference made once per checkout screen so a repeated click sends nothing new.
import { z } from 'zod';
import { defineCall, defineEvent } from '../define';
import type { Sourced } from '../sourced';
import { platformSchema, type Platform } from './catalog';

/** The account's saved shipping address (shown to the user, never logged). */
export interface ShippingAddress {
  readonly id: string;
  readonly name: string;
  readonly phone: string;
  readonly province: string;
  readonly city: string;
  readonly district: string;
  readonly address: string;
}

export const addressInput = z
  .object({
    id: z.string().regex(/^\d+$/).optional(),
    name: z.string().trim().min(1).max(60),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[\d -]{5,20}$/, 'a phone number'),
    province: z.string().trim().min(1).max(40),
    city: z.string().trim().min(1).max(40),
    district: z.string().trim().max(40).default(''),
    address: z.string().trim().min(1).max(200),
  })
  .strict();

export interface PreviewLine {
  readonly lineId: string;
  readonly title: string;
  readonly properties: string;
  readonly quantity: number;
  readonly priceFen: number;
}

/** One seller's part of a checkout, with freight and totals as PandaPon returned them. */
export interface SellerPreview {
  readonly sellerId: string;
  readonly sellerName: string;
  readonly lines: readonly PreviewLine[];
  readonly goodsFen: number | null;
  readonly freightFen: number | null;
  readonly totalFen: number | null;
  /** False when PandaPon says this seller's part cannot be ordered; `problem` says why. */
  readonly orderable: boolean;
  readonly problem: string | null;
}

export interface CheckoutPreview {
  readonly platform: Platform;
  readonly sellers: readonly SellerPreview[];
  readonly goodsFen: number;
  readonly freightFen: number;
  readonly totalFen: number;
}

/** Where a money-moving request stands (the outbox record, without its request body). */
export interface IntentStatus {
  readonly clientRef: string;
  readonly state: 'pending' | 'sending' | 'unknown' | 'done' | 'failed';
  readonly orderIds: readonly string[];
  readonly error: { readonly code: string; readonly message: string } | null;
}

export const ORDER_STATUSES = [
  'awaiting_payment',
  'processing',
  'awaiting_shipment',
  'shipped',
  'completed',
  'cancelled',
  'other',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrderSummary {
  readonly platform: Platform;
  readonly id: string;
  readonly status: OrderStatus;
  /** PandaPon's own status text (`waitbuyerpay`, `10` …) for support. */
  readonly rawStatus: string;
  readonly sellerName: string | null;
  readonly title: string;
  readonly imageUrl: string | null;
  readonly lineCount: number;
  readonly totalFen: number | null;
  readonly createdAt: string | null;
  /** The user's remark, without the app's reference marker. */
  readonly remark: string;
}

export interface OrderLine {
  readonly id: string | null;
  readonly productId: string | null;
  readonly title: string;
  readonly properties: string;
  readonly imageUrl: string | null;
  readonly quantity: number;
  readonly priceFen: number | null;
  readonly amountFen: number | null;
  readonly status: string | null;
}

export interface TimelineStep {
  readonly status: OrderStatus | 'created' | 'paid';
  readonly at: string | null;
}

export interface TraceEvent {
  readonly at: string | null;
  readonly text: string;
  readonly place: string | null;
}

export interface Parcel {
  readonly waybill: string | null;
  readonly carrier: string | null;
  readonly events: readonly TraceEvent[];
}

export interface OrderDetail extends OrderSummary {
  readonly lines: readonly OrderLine[];
  readonly goodsFen: number | null;
  readonly freightFen: number | null;
  readonly paidAt: string | null;
  readonly address: Omit<ShippingAddress, 'id'> | null;
  readonly timeline: readonly TimelineStep[];
  readonly sellerId: string | null;
  /** What the status allows now. */
  readonly actions: readonly OrderAction[];
}

export type OrderAction = 'pay' | 'cancel' | 'confirmReceipt' | 'chat';

export interface PayOutcome {
  /** `url`: one order, its pay page was opened; `batch`: several 1688 orders submitted. */
  readonly mode: 'url' | 'batch';
  readonly payUrl: string | null;
  readonly opened: boolean;
  readonly intent: IntentStatus | null;
  /** True when PandaPon paid by agreement without a cashier page. */
  readonly paid: boolean;
}

const orderId = z.string().min(1).max(64);
const clientRef = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const checkoutInput = {
  platform: platformSchema,
  lineIds: z.array(z.string().min(1).max(64)).min(1).max(200),
  addressId: z.string().min(1).max(32),
};

export const ordersListInput = z
  .object({
    platform: platformSchema.optional(),
    status: z.enum(ORDER_STATUSES).optional(),
    /** ISO dates (inclusive) on the order's creation time. */
    from: z.string().date().optional(),
    to: z.string().date().optional(),
    text: z.string().trim().max(100).optional(),
    /** Ask PandaPon now rather than answering from the cache. */
    refresh: z.boolean().default(false),
  })
  .strict();

export const ordersCalls = {
  'orders.addresses': defineCall(z.object({}).strict()).returns<
    Sourced<readonly ShippingAddress[]>
  >(),
  'orders.saveAddress': defineCall(addressInput).returns<readonly ShippingAddress[]>(),
  'orders.preview': defineCall(z.object(checkoutInput).strict()).returns<CheckoutPreview>(),
  /** Creates the order(s) once per `clientRef`, however often it is called. */
  'orders.place': defineCall(
    z.object({ ...checkoutInput, clientRef, remark: z.string().max(200).optional() }).strict(),
  ).returns<IntentStatus>(),
  'orders.intent': defineCall(z.object({ clientRef }).strict()).returns<IntentStatus | null>(),
  /** One order: opens its pay page. Several 1688 orders: one batch payment, once per clientRef. */
  'orders.pay': defineCall(
    z
      .object({ platform: platformSchema, orderIds: z.array(orderId).min(1).max(50), clientRef })
      .strict(),
  ).returns<PayOutcome>(),
  'orders.list': defineCall(ordersListInput).returns<Sourced<readonly OrderSummary[]>>(),
  'orders.detail': defineCall(z.object({ platform: platformSchema, orderId }).strict()).returns<
    Sourced<OrderDetail>
  >(),
  'orders.traces': defineCall(z.object({ platform: platformSchema, orderId }).strict()).returns<
    Sourced<readonly Parcel[]>
  >(),
  'orders.cancel': defineCall(
    z
      .object({
        platform: platformSchema,
        orderId,
        reason: z.enum(['buyerCancel', 'sellerGoodsLack', 'other']).default('buyerCancel'),
      })
      .strict(),
  ).returns<OrderDetail>(),
  'orders.confirmReceipt': defineCall(
    z.object({ platform: platformSchema, orderId }).strict(),
  ).returns<OrderDetail>(),
  /** Opens the seller chat (Wangwang / Taobao IM) in the system browser. */
  'orders.openChat': defineCall(z.object({ platform: platformSchema, orderId }).strict()).returns<{
    opened: boolean;
    url: string | null;
  }>(),
};

export const ordersEvents = {
  /** The background refresh found new or changed orders; lists should refetch. */
  'orders.changed': defineEvent<{ platform: Platform | null; at: string }>(),
};
