import type { Platform } from '../../shared/bridge/calls/catalog';
import type { CartView } from '../../shared/bridge/calls/cart';
import { BridgeError } from '../../shared/bridge/errors';
import type { Sourced } from '../../shared/bridge/sourced';
import { alibabaCartSchema, type AlibabaCart } from '../../shared/pandapon/shapes-alibaba';
import { taobaoCartLineSchema, type TaobaoCartLine } from '../../shared/pandapon/shapes-taobao';
import type { ShopSession } from '../orders/session-port';
import { addCartLine, type CartAddInput } from './add-line';
import { allLines, alibabaCartView, taobaoCartView } from './cart-view';
import { minimumQuantityOf } from './minimum';
import { z } from 'zod';

/** The two PandaPon carts behind one set of operations. */

const endpointsOf = {
  '1688': {
    list: 'alibaba.cart.list',
    editQuantity: 'alibaba.cart.editQuantity',
    delete: 'alibaba.cart.delete',
  },
  taobao: {
    list: 'taobao.cart.list',
    editQuantity: 'taobao.cart.editQuantity',
    delete: 'taobao.cart.delete',
  },
} as const;

const taobaoCartAnswer = z.union([
  z.array(taobaoCartLineSchema),
  z.looseObject({
    enableList: z.array(taobaoCartLineSchema).nullish(),
    disableList: z.array(taobaoCartLineSchema).nullish(),
  }),
]);

function viewOf(platform: Platform, data: unknown): CartView {
  if (platform === '1688') return alibabaCartView(alibabaCartSchema.parse(data) as AlibabaCart);
  const answer = taobaoCartAnswer.parse(data);
  return taobaoCartView(
    answer as TaobaoCartLine[] | { enableList?: TaobaoCartLine[]; disableList?: TaobaoCartLine[] },
  );
}

/** Cart record ids are integers on PandaPon's side; the bridge carries them as text. */
export function cartRecordIds(lineIds: readonly string[]): number[] {
  return lineIds.map((id) => {
    if (!/^\d+$/.test(id)) {
      throw new BridgeError({ code: 'bad_input', message: `"${id}" is not a cart line id.` });
    }
    return Number(id);
  });
}

export async function listCart(
  session: ShopSession,
  platform: Platform,
  fresh = false,
): Promise<Sourced<CartView>> {
  const answer = await session.read(endpointsOf[platform].list, {}, { fresh });
  return { ...answer, data: viewOf(platform, answer.data) };
}

/** After a change the cart is read again from PandaPon, so totals match what it will charge. */
async function freshCart(session: ShopSession, platform: Platform): Promise<CartView> {
  return (await listCart(session, platform, true)).data;
}

export async function addToCart(session: ShopSession, input: CartAddInput): Promise<CartView> {
  await addCartLine(session, input);
  return freshCart(session, input.platform);
}

export async function setLineQuantity(
  session: ShopSession,
  platform: Platform,
  lineId: string,
  quantity: number,
): Promise<CartView> {
  const current = await freshCart(session, platform);
  const line = allLines(current).find((candidate) => candidate.id === lineId);
  if (!line) throw new BridgeError({ code: 'not_found', message: 'This cart line is gone.' });
  const min = await minimumQuantityOf(session, platform, line.productId);
  if (quantity < min) {
    throw new BridgeError({
      code: 'bad_input',
      message: `The seller sells at least ${min} at a time.`,
      details: { reason: 'below_minimum', min },
    });
  }
  if (line.stock !== null && quantity > line.stock) {
    throw new BridgeError({
      code: 'bad_input',
      message: `Only ${line.stock} are in stock.`,
      details: { reason: 'above_stock', stock: line.stock },
    });
  }
  const [id] = cartRecordIds([lineId]);
  await session.call(endpointsOf[platform].editQuantity, { id, quantity });
  return freshCart(session, platform);
}

export async function removeLines(
  session: ShopSession,
  platform: Platform,
  lineIds: readonly string[],
): Promise<CartView> {
  await session.call(endpointsOf[platform].delete, { ids: cartRecordIds(lineIds) });
  return freshCart(session, platform);
}
