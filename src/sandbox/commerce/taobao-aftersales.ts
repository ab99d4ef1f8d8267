import type { RouteTable } from '../routes';
import type { CommerceContext } from './context';
import { badInput, notFound, parseInput, wrongStatus } from './errors';
import type { Lifecycle } from './lifecycle';
import { TIMINGS } from './lifecycle';
import { pageOf, pageRequest } from './paging';
import {
  carrierByCode,
  checkCanApply,
  closeByBuyer,
  entryBusy,
  canApply,
  findRefund,
  openRefund,
  RETURN_CARRIERS,
  returnSent,
} from './refunds';
import { renderTaobaoRefund, TAOBAO_REFUND_STATUS } from './render-taobao';
import type { AccountState, OrderLineState, OrderState, RefundKind, RefundState } from './state';
import { addMs, chinaTime } from './time-format';

/**
 * Taobao reverse orders (REFERENCE §3.4). `refundType` 1 = refund only, 3 = return and refund;
 * `goodsStatus` 1 = not received, 2 = received. Both enums are inferred (Taobao's own render API);
 * PandaPon never listed them.
 */
const REASONS = [
  { reasonId: 101, reasonDesc: '不想要了 (no longer wanted)', tips: null, forReturn: false },
  { reasonId: 102, reasonDesc: '拍错/多拍 (ordered by mistake)', tips: null, forReturn: false },
  {
    reasonId: 103,
    reasonDesc: '未按约定时间发货 (not shipped in time)',
    tips: null,
    forReturn: false,
  },
  {
    reasonId: 201,
    reasonDesc: '商品质量问题 (quality problem)',
    tips: '请上传照片',
    forReturn: true,
  },
  {
    reasonId: 202,
    reasonDesc: '与商品描述不符 (not as described)',
    tips: '请上传照片',
    forReturn: true,
  },
  { reasonId: 203, reasonDesc: '少件/漏发 (missing pieces)', tips: null, forReturn: true },
] as const;

const TYPES: Record<number, RefundKind> = { 1: 'refund', 3: 'return' };

function kindOf(refundType: number): RefundKind {
  const kind = TYPES[refundType];
  if (!kind)
    throw badInput(
      `refundType must be 1 (refund only) or 3 (return and refund); got ${refundType}.`,
    );
  return kind;
}

function checkGoodsStatus(goodsStatus: number): void {
  if (goodsStatus !== 1 && goodsStatus !== 2) {
    throw badInput(`goodsStatus must be 1 (not received) or 2 (received); got ${goodsStatus}.`);
  }
}

function reasonsFor(kind: RefundKind) {
  return REASONS.filter((reason) => kind === 'refund' || reason.forReturn);
}

function subOrder(account: AccountState, subOrderId: string | null | undefined) {
  if (!subOrderId) throw badInput('subOrderId is required.');
  for (const order of account.orders) {
    if (order.platform !== 'taobao') continue;
    const line = order.lines.find((candidate) => String(candidate.entryId) === subOrderId);
    if (line) return { order, line };
  }
  throw notFound(`No Taobao sub-order ${subOrderId}.`);
}

const lineFee = (line: OrderLineState) => line.unitFen * line.quantity;

function aggregate(account: AccountState, refund: RefundState, now: Date) {
  const order = account.orders.find((candidate) => candidate.id === refund.orderId) as OrderState;
  const line = order.lines.find((candidate) => candidate.entryId === refund.entryIds[0])!;
  return {
    distributorId: account.userId,
    currency: 'CNY',
    refundOrderAggregate: {
      logistics: {
        logisticsCompany: refund.returnCompanyCode
          ? {
              logisticsCompanyCode: refund.returnCompanyCode,
              logisticsCompanyName: refund.returnCompanyName,
            }
          : null,
        logisticsNo: refund.returnWaybill,
        returnGoodsDesc:
          refund.kind === 'return' ? '请将商品寄回卖家仓库 (send the goods to the seller)' : null,
        sellerAgreeReturnDescribe: refund.stage === 'waiting_buyer_return' ? '同意退货' : null,
        receiverAddress:
          refund.kind === 'return'
            ? { receiver: order.sellerName, detailAddress: '义乌市国际商贸城退货仓' }
            : null,
      },
      refundOrder: renderTaobaoRefund(refund, now),
      purchaseOrderLine: {
        purchaseOrderId: order.id,
        salesOrderId: order.salesOrderId,
        purchaseOrderLineId: line.entryId,
        itemTitle: line.title,
        itemImageUrl: line.imageUrl,
        quantity: line.quantity,
        price: line.unitFen,
        productFee: lineFee(line),
        postFee: order.freightFen,
        totalPrice: lineFee(line),
        createTime: new Date(order.createdAt).getTime(),
        currency: 'CNY',
      },
    },
  };
}

export function taobaoAftersalesRoutes(context: CommerceContext, lifecycle: Lifecycle): RouteTable {
  const now = () => context.deps.now();
  const refundOf = (account: AccountState, id: string) => findRefund(account, 'taobao', id);

  return {
    'taobao.refund.render': (call) => {
      const input = parseInput('taobao.refund.render', call);
      const account = context.account(call);
      const kind = kindOf(input.refundType);
      checkGoodsStatus(input.goodsStatus);
      const { order, line } = subOrder(account, input.subOrderId);
      const saleFlag =
        canApply(order) &&
        !entryBusy(account, order, line.entryId) &&
        !(kind === 'return' && order.stage === 'awaiting_shipment');
      return {
        distributorId: account.userId,
        currency: 'CNY',
        saleFlag,
        refundOrderTemplate: {
          refundReasons: reasonsFor(kind).map(({ reasonId, reasonDesc, tips }) => ({
            reasonId,
            reasonDesc,
            tips,
          })),
          goodsStatusList: order.stage === 'awaiting_shipment' ? ['1'] : ['1', '2'],
          refundOrder: {
            refundType: input.refundType,
            goodsStatus: input.goodsStatus,
            refundFee: lineFee(line),
            payOrderId: order.id,
            canEditFee: true,
          },
          maxRefundFee: {
            refundFee: lineFee(line),
            minRefundFee: 1,
            canEditRefundFee: true,
            feeTips: `最多可退 ${(lineFee(line) / 100).toFixed(2)} 元`,
          },
        },
      };
    },

    'taobao.refund.submit': (call) => {
      const input = parseInput('taobao.refund.submit', call);
      const account = context.account(call);
      const kind = kindOf(input.refundType);
      checkGoodsStatus(input.goodsStatus);
      const { order, line } = subOrder(account, input.subOrderId);
      const reason = reasonsFor(kind).find((candidate) => candidate.reasonId === input.reasonId);
      if (!reason)
        throw badInput(`reasonId ${input.reasonId} is not a reason for this kind of case.`);
      if (input.refundFee < 1 || input.refundFee > lineFee(line)) {
        throw badInput(
          `refundFee must be 1–${lineFee(line)} fen (the line's amount); got ${input.refundFee}.`,
        );
      }
      checkCanApply(account, order, [line], kind);

      const refund = openRefund(context, account, {
        platform: 'taobao',
        id: String(1_100_002_350_000 + context.nextId()),
        orderId: order.id,
        entryIds: [line.entryId],
        kind,
        goodsStatus: input.goodsStatus,
        reasonId: reason.reasonId,
        reasonText: reason.reasonDesc,
        description: input.refundDesc ?? '',
        amountFen: input.refundFee,
        carriageFen: 0,
        vouchers: [],
        messages: input.refundDesc
          ? [{ from: 'buyer', content: input.refundDesc, images: [], at: context.nowIso() }]
          : [],
      });
      lifecycle.refundChanged(account, refund);
      return { refundId: refund.id };
    },

    'taobao.refund.modify': (call) => {
      const input = parseInput('taobao.refund.modify', call);
      const account = context.account(call);
      const refund = refundOf(account, input.refundId);
      if (refund.stage !== 'waiting_seller') {
        throw wrongStatus(
          `Reverse order ${refund.id} can only change while the seller has not answered.`,
        );
      }
      const order = account.orders.find((candidate) => candidate.id === refund.orderId)!;
      const line = order.lines.find((candidate) => candidate.entryId === refund.entryIds[0])!;
      const reason =
        input.reasonId == null
          ? null
          : reasonsFor(refund.kind).find((candidate) => candidate.reasonId === input.reasonId);
      if (input.reasonId != null && !reason)
        throw badInput(`reasonId ${input.reasonId} is not a reason for this case.`);
      if (input.refundFee != null && (input.refundFee < 1 || input.refundFee > lineFee(line))) {
        throw badInput(`refundFee must be 1–${lineFee(line)} fen; got ${input.refundFee}.`);
      }
      if (reason) {
        refund.reasonId = reason.reasonId;
        refund.reasonText = reason.reasonDesc;
      }
      if (input.refundFee != null) refund.amountFen = input.refundFee;
      if (input.refundDesc != null) refund.description = input.refundDesc;
      refund.updatedAt = context.nowIso();
      // A changed case goes back to the seller, who answers an hour later.
      refund.dueAt = addMs(refund.updatedAt, TIMINGS.sellerAnswers);
      lifecycle.refundChanged(account, refund);
      return { refundId: refund.id };
    },

    'taobao.refund.cancel': (call) => {
      const input = parseInput('taobao.refund.cancel', call);
      const account = context.account(call);
      const refund = refundOf(account, input.refundId);
      closeByBuyer(context, refund);
      lifecycle.refundChanged(account, refund);
      return { ...aggregate(account, refund, now()), cancelSuccess: true };
    },

    'taobao.refund.detail': (call) => {
      const input = parseInput('taobao.refund.detail', call);
      const account = context.account(call);
      return aggregate(account, refundOf(account, input.refundId), now());
    },

    'taobao.refund.list': (call) => {
      const input = parseInput('taobao.refund.list', call);
      const account = context.account(call);
      const salesOrderOf = (refund: RefundState) =>
        account.orders.find((order) => order.id === refund.orderId)?.salesOrderId;
      const created = (refund: RefundState) => new Date(refund.createdAt).getTime();
      const refunds = account.refunds
        .filter((refund) => refund.platform === 'taobao')
        .filter((refund) => !input.refundId || refund.id === input.refundId)
        .filter((refund) => !input.purchaseOrderId || refund.orderId === input.purchaseOrderId)
        .filter((refund) => !input.salesOrderId || salesOrderOf(refund) === input.salesOrderId)
        .filter(
          (refund) =>
            input.refundStatus == null || TAOBAO_REFUND_STATUS[refund.stage] === input.refundStatus,
        )
        .filter(
          (refund) => input.refundStartTime == null || created(refund) >= input.refundStartTime,
        )
        .filter((refund) => input.refundEndTime == null || created(refund) <= input.refundEndTime)
        .reverse();
      const page = pageRequest(input.pageNo, input.pageSize);
      const found = pageOf(refunds, page);
      return {
        pageNo: page.number,
        pageSize: page.size,
        total: found.total,
        totalPage: found.totalPage,
        data: found.items.map((refund) => renderTaobaoRefund(refund, now())),
      };
    },

    'taobao.refund.submitMessage': (call) => {
      const input = parseInput('taobao.refund.submitMessage', call);
      const account = context.account(call);
      const refund = refundOf(account, input.refundId);
      const images = (input.refundImages ?? '')
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean);
      refund.messages.push({
        from: 'buyer',
        content: input.refundMessage,
        images,
        at: context.nowIso(),
      });
      return true;
    },

    'taobao.refund.messageList': (call) => {
      const input = parseInput('taobao.refund.messageList', call);
      const refund = refundOf(context.account(call), input.refundId);
      return refund.messages.map((message) => ({
        content: message.content,
        images: message.images,
        createTime: chinaTime(message.at),
        role: message.from,
      }));
    },

    'taobao.refund.returnLogisticsRender': (call) => {
      const input = parseInput('taobao.refund.returnLogisticsRender', call);
      refundOf(context.account(call), input.refundId);
      return {
        logisticsCompanies: RETURN_CARRIERS.map((carrier) => ({
          logisticsCompanyCode: carrier.code,
          logisticsCompanyName: carrier.name,
        })),
      };
    },

    'taobao.refund.returnLogisticsSubmit': (call) => {
      const input = parseInput('taobao.refund.returnLogisticsSubmit', call);
      const account = context.account(call);
      const refund = refundOf(account, input.refundId);
      const carrier = carrierByCode('logisticsCompanyCode', input.logisticsCompanyCode);
      returnSent(context, refund, carrier, input.logisticsNo.trim());
      lifecycle.refundChanged(account, refund);
      return true;
    },
  };
}
