import type {
  ReverseAction,
  ReverseFilter,
  ReverseKind,
  ReverseStatus,
} from '../../shared/bridge/calls/aftersales';
import type { Platform } from '../../shared/bridge/calls/catalog';

/**
 * Reverse-order vocabulary of both platforms. None of these values is documented by PandaPon
 * (REFERENCE §4.3 q9, q11): Taobao numbers follow xportcn's enum (a white-label copy), 1688 words
 * are 1688's own refund statuses as a mirror of its docs lists them. A wrong guess shows as
 * "other" with the raw value beside it, never as a wrong status.
 */
const TAOBAO_STATUS: Record<string, ReverseStatus> = {
  '10': 'awaiting_seller',
  '20': 'awaiting_return',
  '30': 'returning',
  '100': 'refunded',
  '-10': 'refused',
  '-20': 'closed',
};

const ALIBABA_STATUS: Record<string, ReverseStatus> = {
  waitselleragree: 'awaiting_seller',
  waitbuyermodify: 'needs_changes',
  waitbuyersend: 'awaiting_return',
  waitsellerreceive: 'returning',
  refundsuccess: 'refunded',
  refundclose: 'closed',
};

export function reverseStatusOf(platform: Platform, raw: string, kind: ReverseKind | null) {
  const status = (platform === '1688' ? ALIBABA_STATUS : TAOBAO_STATUS)[raw] ?? 'other';
  // Taobao's "seller agreed" means "send the goods back" only for a return; for a refund-only
  // case the money is on its way.
  if (platform === 'taobao' && status === 'awaiting_return' && kind === 'refund') {
    return 'awaiting_seller';
  }
  return status;
}

/** Taobao `refundType`: 1 refund only, 3 return and refund (inferred from a Taobao API page). */
export const TAOBAO_REFUND_TYPE: Record<ReverseKind, number> = { refund: 1, return: 3 };
/** Taobao `goodsStatus`: never documented; 1 not received, 2 received is this app's guess. */
export const TAOBAO_GOODS_STATUS = { notReceived: 1, received: 2 } as const;
/** 1688 `disputeRequest` and `goodsStatus`: 1688's own API words, not stated by PandaPon. */
export const ALIBABA_DISPUTE: Record<ReverseKind, string> = {
  refund: 'refund',
  return: 'returnRefund',
};
export const ALIBABA_GOODS_STATUS = {
  notReceived: 'refundWaitBuyerReceive',
  received: 'refundBuyerReceived',
} as const;

export function reverseKindOf(platform: Platform, raw: unknown): ReverseKind | null {
  if (platform === 'taobao') {
    if (raw === 1 || raw === '1') return 'refund';
    if (raw === 3 || raw === '3') return 'return';
    return null;
  }
  if (raw === 'refund') return 'refund';
  if (raw === 'returnRefund') return 'return';
  return null;
}

const FINISHED: ReadonlySet<ReverseStatus> = new Set(['refunded', 'closed']);
const BUYER_MUST_ACT: ReadonlySet<ReverseStatus> = new Set([
  'needs_changes',
  'awaiting_return',
  'refused',
  'unconfirmed',
]);

export function matchesFilter(status: ReverseStatus, filter: ReverseFilter): boolean {
  if (filter === 'finished') return FINISHED.has(status);
  if (filter === 'action') return BUYER_MUST_ACT.has(status);
  if (filter === 'open') return !FINISHED.has(status);
  return true;
}

/**
 * What the user may do now. 1688 has no cancel, modify or message call in the v2 navigation, so
 * a 1688 case is withdrawn or discussed on 1688 itself.
 */
export function reverseActionsFor(platform: Platform, status: ReverseStatus): ReverseAction[] {
  const actions: ReverseAction[] = [];
  if (status === 'awaiting_return') actions.push('returnShipping');
  if (platform === '1688' || FINISHED.has(status) || status === 'unconfirmed') return actions;
  // A status this app cannot read offers no step that could be the wrong one; a message is safe.
  if (status !== 'returning' && status !== 'other') actions.push('cancel');
  if (['awaiting_seller', 'needs_changes', 'refused'].includes(status)) actions.push('modify');
  actions.push('message');
  return actions;
}
