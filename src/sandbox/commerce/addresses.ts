import type { FastAddress, TaobaoOrderAddress } from '../../shared/pandapon';
import type { RouteTable } from '../routes';
import type { CommerceContext } from './context';
import { badInput, notFound, parseInput } from './errors';
import type { AccountState, AddressState, OrderAddressState } from './state';

/**
 * The account's saved addresses (basis) and the two spellings an order carries them in. The
 * catalogue has no delete call (REFERENCE §3.10), so neither has the sandbox.
 */
const PHONE = /^\+?[0-9][0-9 -]{4,19}$/;

function checkPhone(field: string, phone: string): string {
  const trimmed = phone.trim();
  if (!PHONE.test(trimmed)) throw badInput(`${field}: not a phone number (5–20 digits).`);
  return trimmed;
}

const text = (value: string | null | undefined) => (value ?? '').trim();

function required(field: string, value: string | null | undefined): string {
  const trimmed = text(value);
  if (!trimmed) throw badInput(`${field} is required.`);
  return trimmed;
}

function fromSaved(saved: AddressState): OrderAddressState {
  return {
    name: saved.name,
    phone: saved.phone,
    province: saved.province,
    city: saved.city,
    district: saved.district,
    town: null,
    address: saved.address,
    zip: null,
  };
}

/** With no address in the call, the account's first saved address is used, if there is one. */
function savedOrRefuse(account: AccountState, field: string): OrderAddressState {
  const first = account.addresses[0];
  if (!first) throw badInput(`${field} is required (the account has no saved address).`);
  return fromSaved(first);
}

export function orderAddressFromFast(
  account: AccountState,
  given: FastAddress | null | undefined,
): OrderAddressState {
  if (!given) return savedOrRefuse(account, 'addressParam');
  const phone = text(given.mobile) || text(given.phone);
  return {
    name: required('addressParam.fullName', given.fullName),
    phone: checkPhone('addressParam.mobile', required('addressParam.mobile', phone)),
    province: required('addressParam.provinceText', given.provinceText),
    city: required('addressParam.cityText', given.cityText),
    district: text(given.areaText) || null,
    town: text(given.townText) || null,
    address: required('addressParam.address', given.address),
    zip: text(given.postCode) || null,
  };
}

export function orderAddressFromTaobao(
  account: AccountState,
  given: TaobaoOrderAddress | null | undefined,
): OrderAddressState {
  if (!given) return savedOrRefuse(account, 'orderAddress');
  const phone = text(given.mobile_phone) || text(given.phone);
  return {
    name: required('orderAddress.name', given.name),
    phone: checkPhone('orderAddress.mobile_phone', required('orderAddress.mobile_phone', phone)),
    province: required('orderAddress.state', given.state),
    city: required('orderAddress.city', given.city),
    district: text(given.district) || null,
    town: null,
    address: required('orderAddress.address', given.address),
    zip: text(given.zip) || null,
  };
}

/** For previews: the province decides freight; no address means the first saved one, or none. */
export function provinceForPreview(account: AccountState, province: string | null | undefined) {
  return text(province) || account.addresses[0]?.province || null;
}

export function addressRoutes(context: CommerceContext): RouteTable {
  return {
    'basis.address.get': (call) => context.account(call).addresses.map((saved) => ({ ...saved })),

    'basis.address.addOrUpdate': (call) => {
      const input = parseInput('basis.address.addOrUpdate', call);
      const account = context.account(call);
      const fields = {
        name: required('name', input.name),
        phone: checkPhone('phone', input.phone),
        province: required('province', input.province),
        city: required('city', input.city),
        district: text(input.district) || null,
        address: required('address', input.address),
      };
      if (input.id) {
        const saved = account.addresses.find((candidate) => candidate.id === input.id);
        if (!saved) throw notFound(`No saved address ${input.id}.`);
        Object.assign(saved, fields);
      } else {
        account.addresses.push({ id: context.nextId(), ...fields });
      }
      // PandaPon's example answers with no data (REFERENCE §3.10.1); so does the sandbox.
      return null;
    },
  };
}
