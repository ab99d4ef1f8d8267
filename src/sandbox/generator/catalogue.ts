import { generateProduct } from './products';
import { createRng } from './rng';
import { generateSellers } from './sellers';
import type { Catalogue, Product, Seller } from './types';

/** The whole catalogue from one seed; the same seed always gives the same catalogue. */
export const DEFAULT_SEED = 1688;

export interface CatalogueSize {
  readonly offers: number;
  readonly items: number;
}

export const FULL_CATALOGUE: CatalogueSize = { offers: 20_000, items: 10_000 };

function indexProducts(products: readonly Product[]): Map<string, Product> {
  const byId = new Map<string, Product>();
  for (const product of products) {
    byId.set(product.mapId, product);
    byId.set(String(product.numericId), product);
  }
  return byId;
}

export function generateCatalogue(
  seed = DEFAULT_SEED,
  size: CatalogueSize = FULL_CATALOGUE,
): Catalogue {
  const rng = createRng(seed);
  const sellers1688 = generateSellers(rng, '1688', Math.max(12, Math.round(size.offers / 16)));
  const shopsTaobao = generateSellers(rng, 'taobao', Math.max(12, Math.round(size.items / 16)));
  const offers: Product[] = [];
  for (let index = 0; index < size.offers; index += 1) {
    offers.push(generateProduct(rng, '1688', index, sellers1688));
  }
  const items: Product[] = [];
  for (let index = 0; index < size.items; index += 1) {
    items.push(generateProduct(rng, 'taobao', index, shopsTaobao));
  }

  const offerById = indexProducts(offers);
  const itemById = indexProducts(items);
  const sellerById = new Map<string, Seller>();
  for (const seller of [...sellers1688, ...shopsTaobao]) {
    sellerById.set(seller.openId, seller);
    sellerById.set(String(seller.shopId), seller);
  }

  return {
    seed,
    offers,
    items,
    sellers1688,
    shopsTaobao,
    findOffer: (id) => offerById.get(String(id)),
    findItem: (id) => itemById.get(String(id)),
    findSeller: (openId) => sellerById.get(openId),
    sellerOf: (product) =>
      (product.platform === '1688' ? sellers1688 : shopsTaobao)[product.sellerIndex] as Seller,
  };
}
