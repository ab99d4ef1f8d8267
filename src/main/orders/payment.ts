import type { Platform } from '../../shared/bridge/calls/catalog';
import type { PayOutcome } from '../../shared/bridge/calls/orders';
import type { ShopSession } from './session-port';
import { intentStatusOf } from './checkout';

/**
 * Paying. One 1688 order: its pay URL is read (one call, never retried) and opened in the system
 * browser. Several 1688 orders, or any Taobao payment: a money-moving submission through the
 * outbox, once per client reference.
 */
type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const urlOf = (value: unknown): string | null => {
  const text = typeof value === 'string' ? value : null;
  return text && /^https?:\/\//.test(text) ? text : null;
};

export async function payOrders(
  session: ShopSession,
  input: { platform: Platform; orderIds: readonly string[]; clientRef: string },
  openExternal: (url: string) => Promise<boolean>,
): Promise<PayOutcome> {
  if (input.platform === '1688' && input.orderIds.length === 1) {
    const answer = obj(await session.call('alibaba.order.payUrl', { orderId: input.orderIds[0] }));
    const payUrl = urlOf(answer.payUrl);
    const paid = answer.protocolPaySuccess === true;
    const opened = payUrl && !paid ? await openExternal(payUrl) : false;
    return { mode: 'url', payUrl, opened, intent: null, paid };
  }

  const record =
    input.platform === '1688'
      ? await session.outbox.submit({
          clientRef: input.clientRef,
          endpoint: 'alibaba.order.batchSubmitToPay',
          input: { orderIds: [...input.orderIds] },
        })
      : await session.outbox.submit({
          clientRef: input.clientRef,
          endpoint: 'taobao.order.pay',
          input: { purchaseOrderIds: [...input.orderIds] },
        });
  const payUrl = urlOf(obj(record.result).payUrl);
  // Opening the cashier page again on a repeated click is harmless: it moves no money.
  const opened = payUrl && record.state === 'done' ? await openExternal(payUrl) : false;
  return {
    mode: input.orderIds.length === 1 ? 'url' : 'batch',
    payUrl,
    opened,
    intent: intentStatusOf(record),
    paid: record.state === 'done' && !payUrl,
  };
}
