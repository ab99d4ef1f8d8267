import type { DatabaseSync } from 'node:sqlite';
import type { MainContext } from '../context';
import { shopSessionOf, type ShopSession } from '../orders/session-port';
import { ReverseLedger } from './ledger';

/**
 * What after-sales and shipments need from the active profile: the shop session's cached reads
 * and single calls, plus the local record of requests filed from this machine.
 */
export interface AftersalesSession extends Pick<ShopSession, 'profileId' | 'read' | 'call'> {
  readonly ledger: ReverseLedger;
}

const ledgers = new WeakMap<DatabaseSync, ReverseLedger>();

export async function aftersalesSessionOf(ctx: MainContext): Promise<AftersalesSession> {
  const shop = await shopSessionOf(ctx);
  const { db } = (await ctx.session()).store;
  let ledger = ledgers.get(db);
  if (!ledger) {
    ledger = new ReverseLedger(db);
    ledgers.set(db, ledger);
  }
  return { profileId: shop.profileId, read: shop.read, call: shop.call, ledger };
}
