import { SandboxCode } from '../auth/codes';
import type { Product } from '../generator/types';
import { SandboxError, type RouteTable, type SandboxCall } from '../routes';
import { categoryById, categoryIdOf, userShuffle, type GoodsIndex } from './catalogue-index';
import { productFilterOf } from './filters';
import { searchByImage } from './image-search';
import { alibabaPage, pageRequest, pageSlice } from './paging';
import { offerDetail, offerSummary, type ShapeContext } from './shapes';
import { categories } from '../generator/vocab-categories';

/**
 * The 1688 goods endpoints (src/shared/pandapon/alibaba-goods.ts): keyword, strictly selected,
 * image and store searches, offer detail, categories, recommendations, related offers and the
 * hot list.
 */
const RECOMMEND_POOL = 600;
const RECOMMEND_LIMIT = 200;
const HOT_LIMIT = 100;

/** "Strictly selected" (严选) offers: proven sellers of goods people buy again. */
const isSelected = (p: Product) => p.repurchaseRate >= 25 && p.monthSold >= 200 && p.stock > 0;
/** The global selection also ships in small quantities, for cross-border buyers. */
const isGlobalSelected = (p: Product) => isSelected(p) && p.moq <= 2;

export function alibabaGoodsRoutes(context: ShapeContext, index: GoodsIndex): RouteTable {
  const { catalogue } = context;
  const offers = index.offers;
  const summaries = (hits: number[]) =>
    hits.map((at) => offerSummary(context, offers.products[at] as Product));

  function findOffer(id: unknown): Product {
    const product = catalogue.findOffer(String(id));
    if (!product) {
      throw new SandboxError(SandboxCode.notFound, `No 1688 offer with id ${String(id)}.`);
    }
    return product;
  }

  function keywordPage(call: SandboxCall, keep?: (product: Product) => boolean) {
    const { input } = call;
    const request = pageRequest(input.beginPage, input.pageSize);
    let hits: ArrayLike<number> = offers.keywords.search(productFilterOf(input));
    if (keep) hits = Int32Array.prototype.filter.call(hits, (at) => keep(offers.products[at]!));
    return alibabaPage(hits.length, request, summaries(pageSlice(hits, request)));
  }

  function listPage(call: SandboxCall, hits: ArrayLike<number>, maxSize = 50) {
    const request = pageRequest(call.input.pageNo, call.input.pageSize, maxSize);
    return alibabaPage(hits.length, request, summaries(pageSlice(hits, request)));
  }

  return {
    'alibaba.product.keywordSearch': (call) => keywordPage(call),
    'alibaba.product.selectedKeywordSearch': (call) => keywordPage(call, isSelected),
    'alibaba.product.globalSelectedKeywordSearch': (call) => keywordPage(call, isGlobalSelected),

    'alibaba.product.sellerOfferSearch': (call) => {
      const seller = catalogue.findSeller(String(call.input.sellerOpenId));
      const request = pageRequest(call.input.beginPage, call.input.pageSize);
      if (!seller || seller.platform !== '1688') return alibabaPage(0, request, []);
      const hits = offers.keywords.search({
        ...productFilterOf(call.input),
        sellerIndex: seller.index,
      });
      return alibabaPage(hits.length, request, summaries(pageSlice(hits, request)));
    },

    'alibaba.product.imageSearch': (call) => {
      const { input } = call;
      const request = pageRequest(input.beginPage, input.pageSize);
      const filter = productFilterOf(input);
      const hits = searchByImage(
        catalogue,
        offers,
        {
          imageBase64: input.imageBase64 as string,
          imageUrl: typeof input.imageAddress === 'string' ? input.imageAddress : null,
        },
        filter,
      );
      return alibabaPage(hits.length, request, summaries(pageSlice(hits, request)));
    },

    'alibaba.product.detail': (call) => offerDetail(context, findOffer(call.input.offerId)),

    'alibaba.category.get': (call) => {
      const id = categoryIdOf(call.input.categoryId) ?? 0;
      if (id === 0) {
        return {
          categoryId: 0,
          chineseName: '全部类目',
          translatedName: 'All categories',
          leaf: false,
          parentCateId: null,
          childCategorys: categories.map((category) => ({
            categoryId: category.id,
            name: category.zh,
            chineseName: category.zh,
            translatedName: category.en,
            leaf: true,
          })),
        };
      }
      const category = categoryById(id);
      if (!category) throw new SandboxError(SandboxCode.notFound, `No category with id ${id}.`);
      return {
        categoryId: category.id,
        chineseName: category.zh,
        translatedName: category.en,
        leaf: true,
        parentCateId: 0,
        childCategorys: [],
      };
    },

    'alibaba.product.recommend': (call) => {
      const pool = offers.byPopularity().subarray(0, RECOMMEND_POOL);
      const order = userShuffle(call.userId, offers.products, pool).slice(0, RECOMMEND_LIMIT);
      return listPage(call, order);
    },

    'alibaba.product.relatedRecommend': (call) => {
      const product = findOffer(call.input.offerId);
      return listPage(call, relatedTo(offers.products, product));
    },

    'alibaba.product.hotList': (call) => {
      const categoryId = categoryIdOf(call.input.categoryId);
      const category = categoryId === null ? null : categoryById(categoryId);
      if (categoryId !== null && !category) {
        throw new SandboxError(SandboxCode.notFound, `No category with id ${categoryId}.`);
      }
      const hits: number[] = [];
      for (const at of offers.byPopularity()) {
        if (category && offers.products[at]!.categoryIndex !== categories.indexOf(category))
          continue;
        hits.push(at);
        if (hits.length === HOT_LIMIT) break;
      }
      return listPage(call, hits);
    },
  };
}

/**
 * Offers like the given one: same category, most shared title words, then the closest price.
 * The offer itself is left out.
 */
export function relatedTo(products: readonly Product[], product: Product): number[] {
  const words = new Set(product.subjectTrans.toLowerCase().split(' '));
  const scored: { at: number; score: number }[] = [];
  products.forEach((candidate, at) => {
    if (candidate === product || candidate.categoryIndex !== product.categoryIndex) return;
    let shared = 0;
    for (const word of candidate.subjectTrans.toLowerCase().split(' '))
      if (words.has(word)) shared += 1;
    const priceGap = Math.abs(Math.log(candidate.priceFen / product.priceFen));
    scored.push({ at, score: shared - priceGap });
  });
  scored.sort((a, b) => b.score - a.score || a.at - b.at);
  return scored.slice(0, 100).map((entry) => entry.at);
}
