import { SandboxError } from '../routes';
import { SandboxCode } from '../auth/codes';
import type { Catalogue, Product, SandboxPlatform } from '../generator/types';
import { categories } from '../generator/vocab-categories';
import { hashString } from '../generator/rng';
import { productSignature, SIGNATURE_LENGTH } from '../images/signature';
import { buildKeywordIndex, type KeywordIndex } from '../search/keyword-index';

/**
 * What the goods endpoints search: a keyword index per platform (built at startup), and, built on
 * first use, the products by popularity and the colour signatures of their main pictures.
 */
export interface PlatformIndex {
  readonly platform: SandboxPlatform;
  readonly products: readonly Product[];
  readonly keywords: KeywordIndex;
  /** Indexes into `products`, best sellers (monthly sales) first. */
  byPopularity(): Int32Array;
  /** SIGNATURE_LENGTH numbers per product, in product order. */
  signatures(): Float32Array;
}

export interface GoodsIndex {
  readonly offers: PlatformIndex;
  readonly items: PlatformIndex;
}

function platformIndex(platform: SandboxPlatform, products: readonly Product[]): PlatformIndex {
  const keywords = buildKeywordIndex(products);
  let popular: Int32Array | null = null;
  let signatures: Float32Array | null = null;
  return {
    platform,
    products,
    keywords,
    byPopularity() {
      if (!popular) {
        popular = Int32Array.from(products.keys()).sort(
          (a, b) => products[b]!.monthSold - products[a]!.monthSold || a - b,
        );
      }
      return popular;
    },
    signatures() {
      if (!signatures) {
        signatures = new Float32Array(products.length * SIGNATURE_LENGTH);
        products.forEach((product, index) =>
          productSignature(product, signatures!, index * SIGNATURE_LENGTH),
        );
      }
      return signatures;
    },
  };
}

export function buildGoodsIndex(catalogue: Catalogue): GoodsIndex {
  return {
    offers: platformIndex('1688', catalogue.offers),
    items: platformIndex('taobao', catalogue.items),
  };
}

/** A category id as the searches send it (a string in one, an integer in another). */
export function categoryIdOf(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const text = String(value).trim();
  if (!/^\d+$/.test(text)) {
    throw new SandboxError(
      SandboxCode.invalidParameter,
      `categoryId: "${text}" is not a category id (a whole number).`,
      400,
    );
  }
  return Number(text);
}

export function categoryById(id: number) {
  return categories.find((category) => category.id === id);
}

/** A stable order of products for one user, so recommendations differ between sub-accounts. */
export function userShuffle(
  userId: string,
  products: readonly Product[],
  pool: Int32Array,
): number[] {
  const salt = hashString(userId);
  return [...pool].sort(
    (a, b) =>
      ((hashString(products[a]!.mapId) ^ salt) >>> 0) -
        ((hashString(products[b]!.mapId) ^ salt) >>> 0) || a - b,
  );
}
