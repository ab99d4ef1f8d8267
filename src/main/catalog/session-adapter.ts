import { BridgeError } from '../../shared/bridge/errors';
import type { ProductSummary } from '../../shared/bridge/calls/catalog';
import type {
  LocalSearchInput,
  LocalSearchPage,
  LocalProduct,
} from '../../shared/bridge/calls/store';
import type { Sourced } from '../../shared/bridge/sourced';
import type { MainContext } from '../context';
import type { CatalogSession, LocalAnswer, LocalQuery, ReadOptions } from './session-port';

/**
 * The shape of `ctx.session()` the catalog relies on (src/main/session.ts). Declared here
 * structurally so the catalog builds before and after the session lands; once it has, this
 * adapter is the only place that knows its names.
 */
interface ProfileSessionLike {
  read(
    endpoint: string,
    input: Record<string, unknown>,
    options?: ReadOptions,
  ): Promise<Sourced<unknown>>;
  readonly store?: { searchLocal?(input: LocalSearchInput): LocalSearchPage };
}

type ContextWithSession = MainContext & { session?: () => Promise<ProfileSessionLike> };

export async function catalogSessionOf(ctx: MainContext): Promise<CatalogSession> {
  const open = (ctx as ContextWithSession).session;
  if (!open) {
    throw new BridgeError({ code: 'no_profile', message: 'No PandaPon profile is active.' });
  }
  const session = await open.call(ctx);
  return {
    read: (endpoint, input, options) => session.read(endpoint, input, options),
    searchLocal: (query) => localAnswer(session.store?.searchLocal?.(localInput(query)) ?? null),
  };
}

function localInput(query: LocalQuery): LocalSearchInput {
  return {
    query: query.text,
    platform: query.platform,
    ...(query.sellerId ? { sellerId: query.sellerId } : {}),
    page: Math.floor(query.offset / query.limit) + 1,
    pageSize: query.limit,
  };
}

function localAnswer(page: LocalSearchPage | null): LocalAnswer {
  if (!page) return { items: [], total: 0, newestSeenAt: null };
  const items = page.hits.map((hit) => summaryOfLocal(hit.product));
  const newest =
    page.hits
      .map((hit) => hit.product.seenAt)
      .sort()
      .at(-1) ?? null;
  return { items, total: page.total, newestSeenAt: newest };
}

export function summaryOfLocal(product: LocalProduct): ProductSummary {
  return {
    platform: product.platform,
    id: product.id,
    title: product.title,
    titleTranslated:
      product.titleTrans && product.titleTrans !== product.title ? product.titleTrans : null,
    imageUrl: product.imageUrl,
    priceFen: product.priceFen,
    monthlySales: product.monthlySales,
    repurchaseRate: product.repurchaseRate,
    seller:
      product.sellerId || product.sellerName
        ? { id: product.sellerId ?? '', name: product.sellerName || null }
        : null,
  };
}
