import { z } from 'zod';
import type { CommerceState } from './state';

/**
 * Reading a saved state back. The file may be old, hand-edited or from another version, so its
 * outline is checked before it replaces the running state; a bad file leaves the state as it was.
 */
const list = z.array(z.looseObject({}));
const accountOutline = z.looseObject({
  accessKey: z.string(),
  userId: z.string(),
  alibabaCart: list,
  taobaoCart: list,
  orders: list,
  refunds: list,
  addresses: list,
  freightRenders: list,
  logisticsOrders: list,
  stockTaken: z.record(z.string(), z.number()),
});
const stateOutline = z.looseObject({
  version: z.literal(1),
  sequence: z.number().int().min(0),
  accounts: z.record(z.string(), accountOutline),
});

export function restoredState(saved: unknown): CommerceState {
  const result = stateOutline.safeParse(saved);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `The saved commerce state is not usable (${issue?.path.join('.') || 'root'}: ${issue?.message}).`,
    );
  }
  return structuredClone(result.data) as unknown as CommerceState;
}
