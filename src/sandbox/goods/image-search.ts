import { SandboxCode } from '../auth/codes';
import type { Catalogue, Product } from '../generator/types';
import { decodePicture, productOfImagePath, UnreadablePicture } from '../images';
import {
  SIGNATURE_LENGTH,
  pixelSignature,
  productSignature,
  signatureDistance,
} from '../images/signature';
import { SandboxError } from '../routes';
import type { ProductFilter } from '../search/keyword-index';
import { categories } from '../generator/vocab-categories';
import type { PlatformIndex } from './catalogue-index';

/**
 * Image search: the upload's colour signature against every product's, nearest first. A link to
 * one of the sandbox's own pictures is read without downloading it; other links are refused,
 * because the sandbox never fetches from the internet.
 */
export const IMAGE_SEARCH_LIMIT = 200;
/** More than any platform's product count; distances (< 4e6 × 16) times this stay exact. */
const POSITIONS = 1 << 20;

export interface PictureSource {
  readonly imageBase64?: string | null;
  readonly imageUrl?: string | null;
}

function signatureOfSource(catalogue: Catalogue, source: PictureSource): Float32Array {
  const base64 = source.imageBase64?.trim();
  if (base64) {
    try {
      const picture = decodePicture(base64);
      return pixelSignature(picture.width, picture.height, picture.rgba);
    } catch (error) {
      if (error instanceof UnreadablePicture) {
        throw new SandboxError(SandboxCode.unreadablePicture, error.message);
      }
      throw error;
    }
  }
  const url = source.imageUrl?.trim();
  if (url) {
    let own: { product: Product; variant: number } | null;
    try {
      own = productOfImagePath(catalogue, new URL(url).pathname);
    } catch {
      own = null;
    }
    if (!own) {
      throw new SandboxError(
        SandboxCode.unreadablePicture,
        'The sandbox reads only pictures sent as imageBase64 or its own /_img/ links; it does ' +
          'not download pictures from the internet.',
      );
    }
    const signature = new Float32Array(SIGNATURE_LENGTH);
    productSignature(own.product, signature);
    return signature;
  }
  throw new SandboxError(
    SandboxCode.invalidParameter,
    'Send the picture as imageBase64 (PNG or JPEG).',
    400,
  );
}

export function searchByImage(
  catalogue: Catalogue,
  index: PlatformIndex,
  source: PictureSource,
  filter: Omit<ProductFilter, 'keyword' | 'sort'>,
): Int32Array {
  const wanted = signatureOfSource(catalogue, source);
  const table = index.signatures();
  const { products } = index;
  const categoryIndex =
    filter.categoryId == null ? -1 : categories.findIndex((c) => c.id === filter.categoryId);
  // Distance and position packed in one number, so a native numeric sort orders both at once
  // (distance first, then catalogue order for ties): a few ms for 20,000 offers.
  const keys = new Float64Array(products.length);
  let count = 0;
  for (let at = 0; at < products.length; at += 1) {
    const product = products[at] as Product;
    if (filter.categoryId != null && product.categoryIndex !== categoryIndex) continue;
    if (filter.priceMinFen != null && product.priceFen < filter.priceMinFen) continue;
    if (filter.priceMaxFen != null && product.priceFen > filter.priceMaxFen) continue;
    const distance = signatureDistance(wanted, table, at * SIGNATURE_LENGTH);
    keys[count] = Math.round(distance * 16) * POSITIONS + at;
    count += 1;
  }
  const ranked = keys.subarray(0, count).sort();
  const hits = new Int32Array(Math.min(count, IMAGE_SEARCH_LIMIT));
  for (let rank = 0; rank < hits.length; rank += 1)
    hits[rank] = (ranked[rank] as number) % POSITIONS;
  return hits;
}
