import { z } from 'zod';
import { int, str } from './define';

/**
 * Shapes shared by several groups: addresses in their four PandaPon spellings and the paged
 * answer of the 1688 searches.
 */

/** The account's saved address (basis, REFERENCE §3.10). */
export const addressSchema = z.looseObject({
  id: int,
  name: str,
  province: str,
  city: str,
  district: str,
  address: str,
  phone: str,
});
export type Address = z.infer<typeof addressSchema>;

/** `FastAdress` (sic) of the 1688 order and cart endpoints (REFERENCE §3.7). */
export const fastAddressSchema = z.object({
  fullName: z.string().nullish(),
  mobile: z.string().nullish(),
  phone: z.string().nullish(),
  postCode: z.string().nullish(),
  cityText: z.string().nullish(),
  provinceText: z.string().nullish(),
  areaText: z.string().nullish(),
  townText: z.string().nullish(),
  address: z.string().nullish(),
  districtCode: z.string().nullish(),
});
export type FastAddress = z.infer<typeof fastAddressSchema>;

/** `OrderAddress` of the Taobao cart order (REFERENCE §3.3.2); note `mobile_phone`. */
export const taobaoOrderAddressSchema = z.object({
  zip: z.string().nullish(),
  country: z.string().nullish(),
  state: z.string().nullish(),
  city: z.string().nullish(),
  district: z.string().nullish(),
  address: z.string().nullish(),
  mobile_phone: z.string().nullish(),
  phone: z.string().nullish(),
  name: z.string().nullish(),
});
export type TaobaoOrderAddress = z.infer<typeof taobaoOrderAddressSchema>;

/** The paged answer of the 1688 searches (REFERENCE §2.7). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.looseObject({
    totalRecords: int,
    totalPage: int,
    pageSize: int,
    currentPage: int,
    data: z.array(item).nullish(),
  });
}
