import { fenToYuan } from '../../shared/pandapon/money';
import type { CommerceContext } from './context';
import type { Lifecycle } from './lifecycle';
import { totalFen } from './order-build';
import type { AccountState, OrderState } from './state';

/**
 * The sandbox's own web pages that PandaPon answers point to: the cashier behind a 1688 pay URL
 * (`/_pay/<orderId>?token=…`, paying takes a click, never a bare GET) and a seller chat stand-in
 * (`/_chat/<seller>`). They show no address or phone.
 */
export interface PageRequest {
  readonly method: string;
  /** Path and query, e.g. `/_pay/3000000000000017?token=ab12`. */
  readonly url: string;
}

export interface PageAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function html(status: number, title: string, body: string): PageAnswer {
  return {
    status,
    contentType: 'text/html; charset=utf-8',
    body:
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>` +
      `<meta name="viewport" content="width=device-width"></head><body style="font-family:sans-serif;` +
      `max-width:32rem;margin:2rem auto"><h1>${escape(title)}</h1>${body}</body></html>`,
  };
}

function findByToken(context: CommerceContext, id: string, token: string) {
  for (const account of Object.values(context.state().accounts)) {
    const order = account.orders.find(
      (candidate) => candidate.id === id && candidate.payToken === token,
    );
    if (order) return { account, order };
  }
  return null;
}

function payPage(order: OrderState, url: string): PageAnswer {
  const amount = `¥${fenToYuan(totalFen(order))}`;
  const lines = order.lines
    .map((line) => `<li>${escape(line.title)} × ${line.quantity}</li>`)
    .join('');
  if (order.stage !== 'unpaid') {
    return html(
      200,
      'Order paid',
      `<p role="status">Order ${order.id} is paid or closed; nothing to pay.</p>`,
    );
  }
  return html(
    200,
    'PandaPon sandbox cashier',
    `<p>Order ${order.id} from ${escape(order.sellerName)}</p><ul>${lines}</ul>` +
      `<p>Total <strong>${amount}</strong> (sandbox money, nothing is charged)</p>` +
      `<form method="post" action="${escape(url)}"><button type="submit">Pay ${amount}</button></form>`,
  );
}

export function handlePage(
  context: CommerceContext,
  lifecycle: Lifecycle,
  settle: (account: AccountState) => void,
  request: PageRequest,
): PageAnswer | null {
  const parsed = new URL(request.url, 'http://sandbox.invalid');
  const pay = /^\/_pay\/(\d+)$/.exec(parsed.pathname);
  if (pay) {
    const found = findByToken(context, pay[1]!, parsed.searchParams.get('token') ?? '');
    if (!found) return html(404, 'Not found', '<p>No such order, or the link has expired.</p>');
    settle(found.account);
    if (request.method === 'POST' && found.order.stage === 'unpaid') {
      lifecycle.pay(found.account, found.order);
      return html(200, 'Payment received', `<p role="status">Order ${found.order.id} is paid.</p>`);
    }
    return payPage(found.order, `${parsed.pathname}${parsed.search}`);
  }
  const chat = /^\/_chat\/([\w-]+)$/.exec(parsed.pathname);
  if (chat && request.method === 'GET') {
    const seller = context.deps.catalogue.findSeller(chat[1]!);
    if (!seller) return html(404, 'Not found', '<p>No such seller.</p>');
    return html(
      200,
      `Chat with ${seller.name}`,
      '<p>This is the sandbox: sellers here do not answer messages.</p>',
    );
  }
  return null;
}
