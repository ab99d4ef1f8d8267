import { HOUR, addMs } from './time-format';
import type { OrderState } from './state';

/**
 * A parcel's journey, revealed step by step as the sandbox clock passes each step's time. The
 * steps are the sandbox's own script: collected, left the origin hub, reached the buyer's city,
 * out for delivery, signed for.
 */
export interface TraceStep {
  readonly at: string;
  readonly status: string;
  readonly action: string;
  readonly text: string;
  readonly city: string;
  readonly facility: string;
}

const ORIGIN_CITY = '义乌市';

const SCRIPT = [
  { after: 0, status: 'ACCEPT', action: 'GOT', text: '快件已揽收 (parcel collected)' },
  {
    after: 6 * HOUR,
    status: 'TRANSPORT',
    action: 'DEPARTURE',
    text: '快件已从始发地分拨中心发出 (left the origin hub)',
  },
  {
    after: 20 * HOUR,
    status: 'TRANSPORT',
    action: 'ARRIVAL',
    text: '快件已到达目的地城市 (reached the destination city)',
  },
  {
    after: 30 * HOUR,
    status: 'DELIVERING',
    action: 'SENT_SCAN',
    text: '快件正在派送中 (out for delivery)',
  },
  { after: 34 * HOUR, status: 'SIGN', action: 'SIGNED', text: '快件已签收 (signed for)' },
] as const;

/** How long after shipping the parcel is signed for. */
export const DELIVERED_AFTER_MS = SCRIPT[SCRIPT.length - 1]!.after;

export function traceSteps(order: OrderState, now: Date): TraceStep[] {
  if (!order.shippedAt) return [];
  const shippedAt = order.shippedAt;
  return SCRIPT.map((step, index) => {
    const atDestination = index >= 2;
    return {
      at: addMs(shippedAt, step.after),
      status: step.status,
      action: step.action,
      text: step.text,
      city: atDestination ? order.address.city : ORIGIN_CITY,
      facility: atDestination ? `${order.address.city}转运中心` : `${ORIGIN_CITY}分拨中心`,
    };
  }).filter((step) => new Date(step.at).getTime() <= now.getTime());
}

const CARRIERS = [
  { name: '中通快递', code: 'ZTO', prefix: '7' },
  { name: '圆通速递', code: 'YTO', prefix: 'YT' },
  { name: '韵达快递', code: 'YUNDA', prefix: '43' },
  { name: '顺丰速运', code: 'SF', prefix: 'SF' },
] as const;

export function carrierFor(sequence: number) {
  const carrier = CARRIERS[sequence % CARRIERS.length]!;
  return { ...carrier, waybill: `${carrier.prefix}${String(7_300_000_000_000 + sequence * 7919)}` };
}

export function carrierCodeOf(name: string | null): string | null {
  return CARRIERS.find((carrier) => carrier.name === name)?.code ?? null;
}
