import type { Catalogue } from '../generator/types';
import type { RouteTable } from '../routes';
import { alibabaGoodsRoutes } from './alibaba';
import { buildGoodsIndex, type GoodsIndex } from './catalogue-index';
import { taobaoGoodsRoutes } from './taobao';

export { taobaoMpId } from './shapes';

/** The goods part of the sandbox: every read of products, categories and recommendations. */
export interface GoodsPart {
  readonly routes: RouteTable;
  readonly index: GoodsIndex;
}

export function createGoodsPart(catalogue: Catalogue, origin: () => string): GoodsPart {
  const index = buildGoodsIndex(catalogue);
  const context = { catalogue, origin };
  return {
    index,
    routes: { ...alibabaGoodsRoutes(context, index), ...taobaoGoodsRoutes(context, index) },
  };
}
