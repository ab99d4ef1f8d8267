// Bridge calls of the after-sales domain: reverse orders (refund only, or return and refund) on
// Taobao and 1688. Submitting goes through main's once-only path: the renderer passes a client
// reference made once per request form, so a repeated click or a dropped connection files nothing
// twice.
import { z } from 'zod';
import { defineCall, defineEvent } from '../define';
import type { Sourced } from '../sourced';
import { platformSchema, type Platform } from './catalog';

/** `refund`: money back only; `return`: goods sent back, then money back. */
export const REVERSE_KINDS = ['refund', 'return'] as const;
export type ReverseKind = (typeof REVERSE_KINDS)[number];

/**
 * One vocabulary for both platforms' reverse-order statuses. `unconfirmed` is this app's own:
 * a request whose answer never arrived and that PandaPon's lists could not yet confirm.
 */
export const REVERSE_STATUSES = [
  'awaiting_seller',
  'needs_changes',
  'awaiting_return',
  'returning',
  'refunded',
  'refused',
  'closed',
  'unconfirmed',
  'other',
] as const;
export type ReverseStatus = (typeof REVERSE_STATUSES)[number];

/** The list's filter groups: in progress, waiting for the buyer, finished. */
export const REVERSE_FILTERS = ['all', 'open', 'action', 'finished'] as const;
export type ReverseFilter = (typeof REVERSE_FILTERS)[number];

export type ReverseAction = 'cancel' | 'modify' | 'returnShipping' | 'message';

export interface ReverseOrderSummary {
  readonly platform: Platform;
  readonly refundId: string;
  readonly orderId: string | null;
  readonly lineIds: readonly string[];
  readonly title: string;
  readonly kind: ReverseKind | null;
  readonly status: ReverseStatus;
  /** PandaPon's own status (`waitselleragree`, `10` …), for support. */
  readonly rawStatus: string;
  readonly amountFen: number | null;
  readonly reason: string;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
}

export interface ReverseMessage {
  readonly at: string | null;
  readonly text: string;
  readonly images: readonly string[];
}

export interface ReverseStatusStep {
  readonly status: ReverseStatus;
  readonly rawStatus: string;
  /** When this app first saw the status (PandaPon gives no history of its own). */
  readonly seenAt: string;
}

export interface ReturnShipping {
  readonly carrier: string;
  readonly waybill: string;
}

export interface ReverseOrderDetail extends ReverseOrderSummary {
  /** The buyer's description, without the app's reference marker. */
  readonly description: string;
  readonly sellerRefusal: string | null;
  /** When the current step times out (the seller or the buyer must act before it). */
  readonly deadline: string | null;
  readonly returnShipping: ReturnShipping | null;
  readonly messages: readonly ReverseMessage[];
  readonly history: readonly ReverseStatusStep[];
  readonly actions: readonly ReverseAction[];
}

export interface RefundReason {
  readonly id: string;
  readonly text: string;
  readonly tips: string | null;
  readonly needsEvidence: boolean;
}

/** What a request for the chosen lines may ask for. */
export interface RefundTemplate {
  readonly platform: Platform;
  readonly orderId: string;
  readonly reasons: readonly RefundReason[];
  /** What was paid for the chosen lines: the most a request may ask back. */
  readonly maxAmountFen: number;
  readonly amountEditable: boolean;
  /** False when the lines cannot be refunded now; `problem` says why. */
  readonly allowed: boolean;
  readonly problem: RefundProblem | null;
}

/** Why a request cannot be filed now (the renderer words it in the UI language). */
export type RefundProblem = 'unpaid' | 'cancelled' | 'seller_refuses' | 'nothing_paid';

export interface ReturnCarrier {
  readonly code: string;
  readonly name: string;
}

/** Where a submitted request stands (the local record, without the request body). */
export interface ReverseSubmission {
  readonly clientRef: string;
  readonly state: 'sending' | 'unknown' | 'done' | 'failed';
  readonly refundId: string | null;
  readonly error: { readonly code: string; readonly message: string } | null;
}

const id = z.string().trim().min(1).max(64);
const clientRef = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a client reference');
const lineIds = z.array(id).min(1, 'choose at least one line').max(50);
/** A card-size amount: more than 10 million yuan is a typo, not a refund. */
const amountFen = z.number().int('whole fen').min(1, 'more than zero').max(1_000_000_000);
const description = z.string().trim().min(1, 'a description').max(500);
const ref = { platform: platformSchema, refundId: id };

export const reasonsInput = z
  .object({
    platform: platformSchema,
    orderId: id,
    lineIds,
    kind: z.enum(REVERSE_KINDS),
    goodsReceived: z.boolean(),
  })
  .strict();

export const submitInput = reasonsInput
  .extend({ reasonId: id, amountFen, description, clientRef })
  .strict();

export const aftersalesListInput = z
  .object({
    platform: platformSchema.optional(),
    filter: z.enum(REVERSE_FILTERS).default('all'),
    orderId: id.optional(),
    refresh: z.boolean().default(false),
  })
  .strict();

export const modifyInput = z
  .object({ ...ref, reasonId: id.optional(), amountFen: amountFen.optional(), description })
  .strict();

export const returnShippingInput = z
  .object({
    ...ref,
    carrierCode: z.string().trim().min(1, 'a carrier').max(40),
    waybill: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/, 'a tracking number of 6–40 letters and digits'),
    note: z.string().trim().max(200).optional(),
  })
  .strict();

export const aftersalesCalls = {
  /** Reasons and the most that may be asked back, for the chosen lines of a paid order. */
  'aftersales.reasons': defineCall(reasonsInput).returns<RefundTemplate>(),
  /** Files a request once per `clientRef`, however often it is called. */
  'aftersales.submit': defineCall(submitInput).returns<ReverseSubmission>(),
  'aftersales.list':
    defineCall(aftersalesListInput).returns<Sourced<readonly ReverseOrderSummary[]>>(),
  'aftersales.detail': defineCall(z.object(ref).strict()).returns<Sourced<ReverseOrderDetail>>(),
  'aftersales.modify': defineCall(modifyInput).returns<ReverseOrderDetail>(),
  'aftersales.cancel': defineCall(z.object(ref).strict()).returns<ReverseOrderDetail>(),
  'aftersales.carriers': defineCall(z.object(ref).strict()).returns<
    Sourced<readonly ReturnCarrier[]>
  >(),
  'aftersales.returnShipping': defineCall(returnShippingInput).returns<ReverseOrderDetail>(),
  'aftersales.message': defineCall(
    z.object({ ...ref, text: z.string().trim().min(1).max(500) }).strict(),
  ).returns<ReverseOrderDetail>(),
};

export const aftersalesEvents = {
  /** A request was filed, changed or cancelled; lists should refetch. */
  'aftersales.changed': defineEvent<{ platform: Platform | null; refundId: string | null }>(),
};
