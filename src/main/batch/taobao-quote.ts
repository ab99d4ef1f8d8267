import type { LineAddress } from '../../shared/batch/validate-row';
import type { Logger } from '../log';
import type { CargoLine, SellerQuote } from './ports';

/**
 * A Taobao shop's quote. The catalogue has no preview for a direct Taobao order (the order
 * endpoints create, they do not quote); the only answer with PandaPon's freight is the cart
 * preview, which takes cart line ids. So the shop's goods are put in the Taobao cart for the
 * moment of the preview and taken out again:
 *
 * - a SKU the user already keeps in the cart is set to the batch's quantity and set back after,
 *   so the quote is for exactly the batch's goods and the user's cart ends as it began;
 * - every write is checked by reading the cart again rather than repeated blindly (the client
 *   never retries a write, and adding twice would double a quantity);
 * - a refusal (sold out, not enough stock, below the minimum) is the shop's answer (`ok: false`);
 *   anything else (offline, busy) throws: there is no quote, and the caller decides.
 *
 * Nothing here moves money: the order itself is created from the lines, not from the cart.
 */
export interface CartDoors {
  readonly log: Logger;
  /** A fresh read (never from the cache). */
  read(endpoint: string, input: unknown): Promise<unknown>;
  /** A write, sent once. */
  call(endpoint: string, input: unknown): Promise<unknown>;
}

type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string =>
  typeof value === 'string' ? value : value == null ? '' : String(value);

/** Taobao money is fen (REFERENCE §3.1), as a number or a digit string. */
export function taobaoFen(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return 0;
}

export function taobaoAddress(address: LineAddress) {
  return {
    name: address.fullName,
    mobile_phone: address.mobile,
    phone: address.mobile,
    country: '中国',
    state: address.provinceText,
    city: address.cityText,
    district: address.areaText || null,
    address: address.address,
  };
}

/** PandaPon refused (an answer, not a failure to ask): a 5xx after retries is no refusal. */
export function isRefusal(error: unknown): boolean {
  const coded = obj(error);
  const status = typeof coded.httpStatus === 'number' ? coded.httpStatus : 0;
  return coded.code === 'business' && status < 500;
}

interface CartEntry {
  readonly id: number;
  readonly key: string;
  readonly quantity: number;
}

interface Wanted {
  readonly key: string;
  readonly cargo: CargoLine;
  readonly quantity: number;
}

const keyOf = (itemMapId: string, skuId: string) => `${itemMapId}|${skuId}`;
/** Rounds of "write what is out of place, read the cart again", a little apart (429s pass). */
const ROUNDS = 5;
const pause = (round: number) => new Promise((resolve) => setTimeout(resolve, 50 * round));

async function cartEntries(doors: CartDoors): Promise<Map<string, CartEntry>> {
  const answer = await doors.read('taobao.cart.list', {});
  const raw = Array.isArray(answer)
    ? answer
    : [...list(obj(answer).enableList), ...list(obj(answer).disableList)];
  const entries = new Map<string, CartEntry>();
  for (const line of raw.map(obj)) {
    const id = Number(line.id);
    if (!Number.isSafeInteger(id)) continue;
    const key = keyOf(text(line.itemMapId), text(line.skuId));
    entries.set(key, { id, key, quantity: Number(line.quantity) || 0 });
  }
  return entries;
}

class Refused extends Error {}

/** One write; a refusal ends the quote, any other failure is checked by the next cart read. */
async function tryWrite(doors: CartDoors, endpoint: string, input: unknown): Promise<void> {
  try {
    await doors.call(endpoint, input);
  } catch (error) {
    if (isRefusal(error)) throw new Refused(error instanceof Error ? error.message : 'refused');
    doors.log.warn('taobao cart write failed; checking the cart', {
      endpoint,
      code: text(obj(error).code),
    });
  }
}

function addInput(wanted: Wanted) {
  return {
    itemMapId: wanted.cargo.productId,
    skuId: wanted.cargo.skuId,
    mpId: wanted.cargo.mpId ?? '',
    mpSkuId: wanted.cargo.mpSkuId ?? '',
    quantity: wanted.quantity,
  };
}

/** Puts the goods in the cart at exactly the wanted quantities; returns the cart line ids. */
async function placeInCart(
  doors: CartDoors,
  wanted: readonly Wanted[],
  first: Map<string, CartEntry>,
): Promise<number[]> {
  let cart = first;
  for (let round = 1; ; round++) {
    const misplaced = wanted.filter((item) => cart.get(item.key)?.quantity !== item.quantity);
    if (misplaced.length === 0) return wanted.map((item) => cart.get(item.key)!.id);
    if (round > ROUNDS) throw new Error('The Taobao cart did not take the goods to quote them.');
    if (round > 1) await pause(round);
    for (const item of misplaced) {
      const entry = cart.get(item.key);
      if (entry) {
        await tryWrite(doors, 'taobao.cart.editQuantity', {
          id: entry.id,
          quantity: item.quantity,
        });
      } else {
        await tryWrite(doors, 'taobao.cart.add', addInput(item));
      }
    }
    cart = await cartEntries(doors);
  }
}

/** Takes the batch's goods out again and gives the user's own lines their quantities back. */
async function restoreCart(
  doors: CartDoors,
  wanted: readonly Wanted[],
  before: Map<string, CartEntry>,
): Promise<void> {
  for (let round = 1; round <= ROUNDS; round++) {
    if (round > 1) await pause(round);
    let cart: Map<string, CartEntry>;
    try {
      cart = await cartEntries(doors);
    } catch {
      continue;
    }
    const added = wanted
      .filter((item) => !before.has(item.key) && cart.has(item.key))
      .map((item) => cart.get(item.key)!.id);
    const changed = wanted.filter((item) => {
      const kept = before.get(item.key);
      return kept && cart.get(item.key) && cart.get(item.key)!.quantity !== kept.quantity;
    });
    if (added.length === 0 && changed.length === 0) return;
    try {
      if (added.length) await doors.call('taobao.cart.delete', { ids: [...new Set(added)] });
      for (const item of changed) {
        const kept = before.get(item.key)!;
        await doors.call('taobao.cart.editQuantity', { id: kept.id, quantity: kept.quantity });
      }
    } catch {
      // Read the cart again and redo what is still out of place.
    }
  }
  doors.log.warn('taobao cart not restored after a quote', { lines: wanted.length });
}

export async function quoteTaobaoShop(
  doors: CartDoors,
  address: LineAddress,
  cargo: readonly CargoLine[],
): Promise<SellerQuote> {
  // Two lines of one SKU are one cart line: the cart adds them up.
  const byKey = new Map<string, Wanted>();
  for (const line of cargo) {
    const key = keyOf(line.productId, line.skuId);
    const quantity = (byKey.get(key)?.quantity ?? 0) + line.quantity;
    byKey.set(key, { key, cargo: line, quantity });
  }
  const wanted = [...byKey.values()];
  const before = await cartEntries(doors);

  try {
    const ids = await placeInCart(doors, wanted, before);
    let answer: Loose;
    try {
      answer = obj(
        await doors.read('taobao.cart.preview', { ids, orderAddress: taobaoAddress(address) }),
      );
    } catch (error) {
      if (isRefusal(error)) throw new Refused(error instanceof Error ? error.message : 'refused');
      throw error;
    }
    const goodsFen = taobaoFen(answer.productAmount);
    const freightFen = taobaoFen(answer.shippingFee);
    return { ok: true, goodsFen, freightFen, warnings: [] };
  } catch (error) {
    if (error instanceof Refused) {
      return { ok: false, goodsFen: 0, freightFen: 0, warnings: [error.message.slice(0, 300)] };
    }
    throw error;
  } finally {
    await restoreCart(doors, wanted, before);
  }
}
