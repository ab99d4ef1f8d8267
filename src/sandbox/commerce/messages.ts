import { messages as messageSpecs } from '../../shared/pandapon';
import type { SandboxMessage } from '../routes';
import { totalFen } from './order-build';
import { ALIBABA_REFUND_STATUS, renderAlibabaOrder } from './render-alibaba';
import { renderTaobaoSubOrders, TAOBAO_REFUND_STATUS, taobaoStatusOf } from './render-taobao';
import type { AccountState, OrderState, RefundState } from './state';

/**
 * The pushed messages (REFERENCE §2.8, §3.9) for an order's status or price and a reverse order's
 * progress. Types and bodies come from the catalogue's message declarations; the status and refund
 * types there are inferred (their pages were never read).
 */
const typeOf = (name: string): string => {
  const spec = messageSpecs[name];
  if (!spec) throw new Error(`No message ${name} in the catalogue`);
  return spec.messageType;
};

/** `messagePlatform`: 0 = Taobao, 1 = 1688 (sent as a number by the callback queue). */
const platformOf = (platform: OrderState['platform']) => (platform === '1688' ? '1' : '0');

export function orderStatusMessage(
  account: AccountState,
  order: OrderState,
  now: Date,
): SandboxMessage {
  if (order.platform === '1688') {
    return {
      messageType: typeOf('alibaba.callback.statusModify'),
      messagePlatform: platformOf(order.platform),
      messageBody: renderAlibabaOrder(account, order, now),
    };
  }
  return {
    messageType: typeOf('taobao.callback.statusModify'),
    messagePlatform: platformOf(order.platform),
    messageBody: {
      salesOrderId: order.salesOrderId,
      purchaseOrderId: order.id,
      orderStatus: taobaoStatusOf(order),
      subOrders: renderTaobaoSubOrders(account, order),
    },
  };
}

export function orderPriceMessage(
  account: AccountState,
  order: OrderState,
  now: Date,
): SandboxMessage {
  if (order.platform === '1688') {
    return {
      messageType: typeOf('alibaba.callback.priceModify'),
      messagePlatform: platformOf(order.platform),
      messageBody: renderAlibabaOrder(account, order, now),
    };
  }
  // The v1 example spells sub-orders in snake_case; the price DTO's fields were never shown.
  return {
    messageType: typeOf('taobao.callback.priceModify'),
    messagePlatform: platformOf(order.platform),
    messageBody: {
      salesOrderId: order.salesOrderId,
      subOrders: order.lines.map((line) => ({
        purchase_order_outer_id: order.id,
        purchase_order_line_outer_id: String(line.entryId),
        product_amount: line.unitFen * line.quantity,
        quantity: line.quantity,
        logistic_company_name: order.carrier,
        logistic_number: order.waybill,
      })),
      purchaseOrderPriceDTO: {
        purchaseOrderId: order.id,
        totalAmount: totalFen(order),
        productAmount: order.goodsFen,
        shippingFee: order.freightFen,
      },
    },
  };
}

export function refundMessage(refund: RefundState): SandboxMessage {
  const alibaba = refund.platform === '1688';
  return {
    messageType: typeOf(alibaba ? 'alibaba.callback.refund' : 'taobao.callback.refund'),
    messagePlatform: platformOf(refund.platform),
    messageBody: {
      refundId: refund.id,
      orderId: refund.orderId,
      orderEntryIds: refund.entryIds,
      refundStatus: alibaba
        ? ALIBABA_REFUND_STATUS[refund.stage]
        : TAOBAO_REFUND_STATUS[refund.stage],
      refundAmount: refund.amountFen + refund.carriageFen,
    },
  };
}
