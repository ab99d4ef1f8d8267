import type { z } from 'zod';
import type { addressInput, ShippingAddress } from '../../shared/bridge/calls/orders';
import type { Sourced } from '../../shared/bridge/sourced';
import { addressSchema, type Address } from '../../shared/pandapon/shapes-common';
import type { FastAddress, TaobaoOrderAddress } from '../../shared/pandapon/shapes-common';
import { BridgeError } from '../../shared/bridge/errors';
import type { ShopSession } from './session-port';

/**
 * The account's shipping addresses (basis endpoints). They are shown to the user and sent to
 * PandaPon with an order; they are never written to the log.
 */

function viewOf(address: Address): ShippingAddress | null {
  if (address.id == null) return null;
  return {
    id: String(address.id),
    name: address.name ?? '',
    phone: address.phone ?? '',
    province: address.province ?? '',
    city: address.city ?? '',
    district: address.district ?? '',
    address: address.address ?? '',
  };
}

function listOf(data: unknown): ShippingAddress[] {
  const raw = Array.isArray(data) ? data : data == null ? [] : [data];
  return raw
    .map((item) => viewOf(addressSchema.parse(item)))
    .filter((item): item is ShippingAddress => item !== null);
}

export async function listAddresses(
  session: ShopSession,
  fresh = false,
): Promise<Sourced<ShippingAddress[]>> {
  const answer = await session.read('basis.address.get', {}, { fresh });
  return { ...answer, data: listOf(answer.data) };
}

export async function saveAddress(
  session: ShopSession,
  input: z.output<typeof addressInput>,
): Promise<ShippingAddress[]> {
  await session.call('basis.address.addOrUpdate', {
    ...(input.id ? { id: Number(input.id) } : {}),
    name: input.name,
    phone: input.phone,
    province: input.province,
    city: input.city,
    district: input.district || null,
    address: input.address,
  });
  return (await listAddresses(session, true)).data;
}

export async function findAddress(session: ShopSession, id: string): Promise<ShippingAddress> {
  const found = (await listAddresses(session)).data.find((address) => address.id === id);
  if (!found) {
    throw new BridgeError({
      code: 'not_found',
      message: 'This shipping address no longer exists.',
    });
  }
  return found;
}

/** 1688 `FastAdress` (sic). */
export function toFastAddress(address: ShippingAddress): FastAddress {
  return {
    fullName: address.name,
    mobile: address.phone,
    phone: address.phone,
    provinceText: address.province,
    cityText: address.city,
    areaText: address.district || null,
    townText: address.district || null,
    address: address.address,
  };
}

/** Taobao `OrderAddress`. */
export function toTaobaoAddress(address: ShippingAddress): TaobaoOrderAddress {
  return {
    name: address.name,
    mobile_phone: address.phone,
    phone: address.phone,
    country: '中国',
    state: address.province,
    city: address.city,
    district: address.district || null,
    address: address.address,
  };
}
