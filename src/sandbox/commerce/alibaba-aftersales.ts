import { createHash } from 'node:crypto';
import type { RouteTable } from '../routes';
import { findOrder } from './alibaba-orders';
import type { CommerceContext } from './context';
import { badInput, parseInput } from './errors';
import type { Lifecycle } from './lifecycle';
import {
  amountOf,
  carrierByCode,
  checkCanApply,
  findRefund,
  openRefund,
  RETURN_CARRIERS,
  returnSent,
} from './refunds';
import { renderAlibabaRefund } from './render-alibaba';
import type { RefundKind } from './state';

/**
 * 1688 reverse orders (REFERENCE §3.8). The enums are 1688's own (PandaPon never listed them):
 * `disputeRequest` refund | returnRefund, `goodsStatus` as below. Amounts are fen, as in 1688's
 * own refund API; PandaPon does not state the unit.
 */
const DISPUTES: Record<string, RefundKind> = { refund: 'refund', returnRefund: 'return' };
const GOODS_STATUSES = [
  'refundWaitSellerSend',
  'refundWaitBuyerReceive',
  'refundBuyerReceived',
  'aftersaleBuyerNotReceived',
  'aftersaleBuyerReceived',
];
const REASONS = [
  { id: 20001, name: '不想要了 (no longer wanted)', needVoucher: false, forReturn: false },
  {
    id: 20002,
    name: '未按约定时间发货 (not shipped in time)',
    needVoucher: false,
    forReturn: false,
  },
  { id: 20011, name: '质量问题 (quality problem)', needVoucher: true, forReturn: true },
  { id: 20012, name: '货物与描述不符 (not as described)', needVoucher: true, forReturn: true },
  { id: 20013, name: '少件/漏发 (missing pieces)', needVoucher: false, forReturn: true },
] as const;
/** Decoded voucher pictures above this are refused, as an upload limit would. */
const VOUCHER_MAX_BYTES = 5 * 1024 * 1024;

function checkGoodsStatus(value: string): void {
  if (!GOODS_STATUSES.includes(value)) {
    throw badInput(`goodsStatus must be one of ${GOODS_STATUSES.join(', ')}; got "${value}".`);
  }
}

export function alibabaAftersalesRoutes(
  context: CommerceContext,
  lifecycle: Lifecycle,
): RouteTable {
  return {
    'alibaba.refund.reasons': (call) => {
      const input = parseInput('alibaba.refund.reasons', call);
      const account = context.account(call);
      const order = findOrder(account, '1688', input.orderId);
      if (input.goodsStatus) checkGoodsStatus(input.goodsStatus);
      const received = input.goodsStatus
        ? /Received$/.test(input.goodsStatus)
        : order.stage !== 'awaiting_shipment';
      return REASONS.filter((reason) => received || !reason.forReturn).map(
        ({ id, name, needVoucher }) => ({
          id,
          name,
          needVoucher,
        }),
      );
    },

    'alibaba.refund.uploadVoucher': (call) => {
      const input = parseInput('alibaba.refund.uploadVoucher', call);
      context.account(call);
      const base64 = input.imageBase64.replace(/^data:image\/[a-z]+;base64,/, '');
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw badInput('imageBase64 is not base64 text.');
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.length > VOUCHER_MAX_BYTES)
        throw badInput('The voucher picture is larger than 5 MB.');
      const name = createHash('sha1').update(bytes).digest('hex').slice(0, 20);
      return { imageDomain: context.deps.origin(), imageRelativeUrl: `/_voucher/${name}.jpg` };
    },

    'alibaba.refund.create': (call) => {
      const input = parseInput('alibaba.refund.create', call);
      const account = context.account(call);
      const order = findOrder(account, '1688', input.orderId);
      const kind = DISPUTES[input.disputeRequest];
      if (!kind)
        throw badInput(
          `disputeRequest must be refund or returnRefund; got "${input.disputeRequest}".`,
        );
      checkGoodsStatus(input.goodsStatus);
      const wanted = input.orderEntryIds?.length
        ? input.orderEntryIds
        : order.lines.map((line) => line.entryId);
      const lines = wanted.map((id) => {
        const line = order.lines.find((candidate) => candidate.entryId === id);
        if (!line) throw badInput(`orderEntryIds: ${id} is not a line of order ${order.id}.`);
        return line;
      });
      const reason = REASONS.find((candidate) => candidate.id === input.applyReasonId);
      if (!reason)
        throw badInput(
          `applyReasonId ${input.applyReasonId} is not a refund reason (see the reasons call).`,
        );
      if (reason.needVoucher && !input.vouchers?.length) {
        throw badInput(`The reason "${reason.name}" needs at least one voucher picture.`);
      }
      const most = amountOf(lines);
      if (input.applyPayment > most) {
        throw badInput(
          `applyPayment is at most ${most} fen (the lines' amount); got ${input.applyPayment}.`,
        );
      }
      if (input.applyCarriage > order.freightFen) {
        throw badInput(`applyCarriage is at most ${order.freightFen} fen (the freight paid).`);
      }
      if (input.applyPayment + input.applyCarriage < 1) throw badInput('Ask for at least 1 fen.');
      checkCanApply(account, order, lines, kind);

      const refund = openRefund(context, account, {
        platform: '1688',
        id: `TQ${String(30_000_000_000_000 + context.nextId() * 11)}`,
        orderId: order.id,
        entryIds: lines.map((line) => line.entryId),
        kind,
        goodsStatus: input.goodsStatus,
        reasonId: reason.id,
        reasonText: reason.name,
        description: input.description,
        amountFen: input.applyPayment,
        carriageFen: input.applyCarriage,
        vouchers: input.vouchers ?? [],
        messages: [
          {
            from: 'buyer',
            content: input.description,
            images: input.vouchers ?? [],
            at: context.nowIso(),
          },
        ],
      });
      lifecycle.refundChanged(account, refund);
      return { refundId: refund.id };
    },

    'alibaba.refund.submitReturn': (call) => {
      const input = parseInput('alibaba.refund.submitReturn', call);
      const account = context.account(call);
      const refund = findRefund(account, '1688', input.refundId);
      const carrier = carrierByCode('logisticsCompanyNo', input.logisticsCompanyNo);
      returnSent(context, refund, carrier, input.freightBill.trim());
      if (input.description) {
        refund.messages.push({
          from: 'buyer',
          content: input.description,
          images: input.vouchers ?? [],
          at: context.nowIso(),
        });
      }
      lifecycle.refundChanged(account, refund);
      return true;
    },

    'alibaba.refund.logisticsCompanies': (call) => {
      context.account(call);
      return RETURN_CARRIERS.map((carrier) => ({
        id: carrier.id,
        companyNo: carrier.code,
        companyName: carrier.name,
      }));
    },

    'alibaba.refund.detail': (call) => {
      const input = parseInput('alibaba.refund.detail', call);
      return renderAlibabaRefund(findRefund(context.account(call), '1688', input.refundId));
    },
  };
}
