// Bridge calls of the warehouse-logistics domain: overseas freight estimates and booking an
// international shipment. PandaPon's estimate is per item and SKU to a receiver address; it takes
// no weight or size (REFERENCE §3.11.1), so neither does this contract.
import { z } from 'zod';
import { defineCall } from '../define';
import type { Sourced } from '../sourced';

/** One way to ship: a carrier's service with its price and transit time when PandaPon gives them. */
export interface FreightOption {
  readonly serviceId: string;
  readonly carrier: string;
  readonly category: string | null;
  /** In the answer's currency's minor unit (fen for CNY). */
  readonly priceMinor: number | null;
  readonly currency: string;
  readonly days: { readonly min: number; readonly max: number } | null;
}

export interface FreightEstimate {
  readonly options: readonly FreightOption[];
  /** The quote PandaPon may ask a booking to name. */
  readonly renderId: string | null;
  /** Always true: PandaPon's answer shape was never captured, so its fields are read by guess. */
  readonly answerInferred: true;
}

export interface ShipmentBooking {
  readonly clientRef: string;
  readonly state: 'sending' | 'unknown' | 'done' | 'failed';
  /** The international logistics order, when PandaPon's answer names one. */
  readonly shipmentId: string | null;
  readonly error: { readonly code: string; readonly message: string } | null;
}

const productId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a product id');
const skuId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a SKU id');
/** ISO 3166-1 alpha-2, as in PandaPon's example ("US"). */
const country = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'a two-letter country code')
  .transform((code) => code.toUpperCase());
const place = z.string().trim().max(80).optional();

export const destinationInput = z
  .object({ country, state: place, city: place, zip: z.string().trim().max(20).optional() })
  .strict();

export const estimateInput = z
  .object({
    itemId: productId,
    skuId,
    quantity: z.number().int().min(1).max(9999),
    /** The goods' unit price, which PandaPon requires (insurance and duty, presumably). */
    priceFen: z.number().int().min(1).max(1_000_000_000),
    destination: destinationInput,
    refresh: z.boolean().default(false),
  })
  .strict();

export const receiverInput = z
  .object({
    name: z.string().trim().min(1).max(80),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[\d -]{5,20}$/, 'a phone number'),
    email: z.string().trim().email().optional(),
    address: z.string().trim().min(1).max(200),
    city: z.string().trim().min(1).max(80),
    state: place,
    zip: z.string().trim().max(20).optional(),
    country,
  })
  .strict();

export const bookInput = z
  .object({
    renderId: z.string().trim().max(64).optional(),
    receiver: receiverInput,
    lines: z
      .array(
        z
          .object({
            itemId: productId,
            skuId,
            quantity: z.number().int().min(1).max(9999),
            title: z.string().trim().max(200).optional(),
            serviceId: z.string().trim().min(1).max(40),
            priceFen: z.number().int().min(1).max(1_000_000_000),
          })
          .strict(),
      )
      .min(1)
      .max(100),
    remark: z.string().trim().max(200).optional(),
    clientRef: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a client reference'),
  })
  .strict();

export const logisticsCalls = {
  'logistics.estimate': defineCall(estimateInput).returns<Sourced<FreightEstimate>>(),
  /** Books an international shipment once per `clientRef`; never sent twice. */
  'logistics.book': defineCall(bookInput).returns<ShipmentBooking>(),
};
