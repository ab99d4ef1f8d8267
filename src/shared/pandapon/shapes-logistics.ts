import { z } from 'zod';
import { str } from './define';

/** Warehouse-logistics shapes (REFERENCE §3.11). */

/** `ReceiverAddressTO`: all fields string|null. */
export const receiverAddressSchema = z.object({
  name: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  mobilePhone: z.string().nullish(),
  address: z.string().nullish(),
  taxId: z.string().nullish(),
  country: z.string().nullish(),
  city: z.string().nullish(),
  zip: z.string().nullish(),
  state: z.string().nullish(),
});
export type ReceiverAddress = z.infer<typeof receiverAddressSchema>;

/** `FreightInfoTO` (from examples). */
export const freightInfoSchema = z.object({
  serviceId: z.string().nullish(),
  companyName: z.string().nullish(),
  serviceCategory: z.string().nullish(),
});

export const logisticsLineItemSchema = z.object({
  itemId: z.string(),
  skuId: z.string(),
  quantity: z.number().int(),
  title: z.string().nullish(),
  imageUrl: z.string().nullish(),
});

/** A freight quote; the answers were never captured (inferred). */
export const freightQuoteSchema = z.looseObject({
  renderId: str,
  currency: str,
  freight: z.union([z.number(), z.string()]).nullish(),
  services: z.array(z.looseObject({ serviceId: str, companyName: str })).nullish(),
});
export type FreightQuote = z.infer<typeof freightQuoteSchema>;
