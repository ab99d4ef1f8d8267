import { SandboxCode } from '../auth/codes';
import { findSku } from '../generator/skus';
import type { Product } from '../generator/types';
import { SandboxError, type RouteTable } from '../routes';
import { parseSort } from '../search/sort';
import type { GoodsIndex } from './catalogue-index';
import { searchByImage } from './image-search';
import { pageRequest, pageSlice, taobaoPage } from './paging';
import { taobaoItem, taobaoMpId, taobaoSearchItem, type ShapeContext } from './shapes';

/** The Taobao goods endpoints (src/shared/pandapon/taobao-goods.ts). */
const TAOBAO_MAX_PAGE = 40;

interface BatchLine {
  readonly itemId: string;
  readonly skuIds: readonly string[];
}

/** `params` is a JSON string of `[{itemId, skuIds}]` (sic, REFERENCE §3.1.2). */
function batchLinesOf(params: string): BatchLine[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(params);
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed)) {
    throw new SandboxError(
      SandboxCode.invalidParameter,
      'params: must be a JSON-encoded array of {itemId, skuIds}.',
      400,
    );
  }
  return parsed.map((entry: unknown, at) => {
    const line = entry as { itemId?: unknown; skuIds?: unknown };
    if (!line || (typeof line.itemId !== 'string' && typeof line.itemId !== 'number')) {
      throw new SandboxError(SandboxCode.invalidParameter, `params.${at}.itemId: missing.`, 400);
    }
    const skuIds = Array.isArray(line.skuIds) ? line.skuIds.map(String) : [];
    return { itemId: String(line.itemId), skuIds };
  });
}

export function taobaoGoodsRoutes(context: ShapeContext, index: GoodsIndex): RouteTable {
  const { catalogue } = context;
  const items = index.items;
  const summaries = (hits: number[]) =>
    hits.map((at) => taobaoSearchItem(context, items.products[at] as Product));

  return {
    'taobao.product.get': (call) => {
      const product = catalogue.findItem(String(call.input.itemId));
      if (!product) {
        throw new SandboxError(
          SandboxCode.notFound,
          `No Taobao item with id ${String(call.input.itemId)}.`,
        );
      }
      return taobaoItem(context, product);
    },

    'taobao.product.keywordSearch': (call) => {
      const { input } = call;
      const request = pageRequest(input.pageNo, input.pageSize, TAOBAO_MAX_PAGE);
      const hits = items.keywords.search({
        keyword: typeof input.keyword === 'string' ? input.keyword : null,
        sort: parseSort(typeof input.sort === 'string' ? input.sort : null),
      });
      return taobaoPage(hits.length, request, summaries(pageSlice(hits, request)));
    },

    'taobao.product.imageSearch': (call) => {
      const { input } = call;
      const request = pageRequest(input.pageNo, input.pageSize, TAOBAO_MAX_PAGE);
      const hits = searchByImage(
        catalogue,
        items,
        {
          imageBase64: typeof input.imageBase64 === 'string' ? input.imageBase64 : null,
          imageUrl: typeof input.imageUrl === 'string' ? input.imageUrl : null,
        },
        {},
      );
      return taobaoPage(hits.length, request, summaries(pageSlice(hits, request)));
    },

    'taobao.product.batchQuery': (call) => {
      const mpProducts: unknown[] = [];
      const noMpProductItemIds: string[] = [];
      const noMpReasonList: unknown[] = [];
      for (const line of batchLinesOf(String(call.input.params))) {
        const product = catalogue.findItem(line.itemId);
        if (!product) {
          noMpProductItemIds.push(line.itemId);
          noMpReasonList.push({ itemId: line.itemId, reason: 'No such Taobao item.' });
          continue;
        }
        const skus = line.skuIds.map((skuId) => findSku(product, skuId));
        const missing = line.skuIds.filter((_, at) => !skus[at]);
        if (missing.length) {
          noMpProductItemIds.push(line.itemId);
          noMpReasonList.push({ itemId: line.itemId, reason: `No SKU ${missing.join(', ')}.` });
          continue;
        }
        mpProducts.push({
          itemId: product.mapId,
          mpId: taobaoMpId(product),
          mpSkus: skus.map((sku) => ({
            skuId: sku!.skuId,
            mpSkuId: sku!.mpSkuId,
            quantity: sku!.stock,
            price: sku!.priceFen,
          })),
        });
      }
      return { mpProducts, noMpProductItemIds, noMpReasonList };
    },
  };
}
