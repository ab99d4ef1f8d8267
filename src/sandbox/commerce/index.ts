import type { CommerceDeps, RouteTable } from '../routes';
import { addressRoutes } from './addresses';
import { alibabaAftersalesRoutes } from './alibaba-aftersales';
import { alibabaCartRoutes } from './alibaba-cart';
import { alibabaOrderRoutes } from './alibaba-orders';
import { createContext } from './context';
import { createLifecycle } from './lifecycle';
import { handlePage, type PageAnswer, type PageRequest } from './pages';
import { restoredState } from './snapshot';
import { emptyState, type AccountState, type CommerceState } from './state';
import { taobaoAftersalesRoutes } from './taobao-aftersales';
import { taobaoCartRoutes } from './taobao-cart';
import { taobaoOrderRoutes } from './taobao-orders';
import { warehouseRoutes } from './warehouse';

export type { PageAnswer, PageRequest } from './pages';
export { CommerceCode } from './errors';
export { TIMINGS } from './lifecycle';

/**
 * The sandbox's commerce part: carts, previews, orders, payment, logistics, after-sales,
 * addresses and warehouse logistics, kept per access key and user-id, moved by the sandbox clock.
 */
export interface CommercePart {
  readonly routes: RouteTable;
  /** Moves time-driven state (shipping, traces, refunds) to deps.now(); sends callbacks. */
  tick(): void;
  /** Whole state as JSON-safe data, and back (the sandbox's optional state file). */
  snapshot(): unknown;
  restore(state: unknown): void;
  reset(): void;
  /** The cashier and chat pages PandaPon answers link to (`/_pay/…`, `/_chat/…`); null if not one. */
  page(request: PageRequest): PageAnswer | null;
}

export function createCommercePart(deps: CommerceDeps): CommercePart {
  const holder: { state: CommerceState } = { state: emptyState() };
  // The lifecycle needs the context and the context settles through the lifecycle.
  let settle: (account: AccountState) => void = () => undefined;
  const context = createContext(deps, holder, (account) => settle(account));
  const lifecycle = createLifecycle(context);
  settle = lifecycle.settle;

  const routes: RouteTable = {
    ...addressRoutes(context),
    ...alibabaCartRoutes(context, lifecycle),
    ...alibabaOrderRoutes(context, lifecycle),
    ...alibabaAftersalesRoutes(context, lifecycle),
    ...taobaoCartRoutes(context, lifecycle),
    ...taobaoOrderRoutes(context, lifecycle),
    ...taobaoAftersalesRoutes(context, lifecycle),
    ...warehouseRoutes(context),
  };

  return {
    routes,
    tick() {
      for (const account of Object.values(holder.state.accounts)) lifecycle.settle(account);
    },
    snapshot: () => structuredClone(holder.state),
    restore(state) {
      holder.state = restoredState(state);
    },
    reset() {
      holder.state = emptyState();
    },
    page: (request) => handlePage(context, lifecycle, lifecycle.settle, request),
  };
}
