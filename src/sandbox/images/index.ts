import type { Catalogue, Product } from '../generator/types';

export { productPng } from './png';
export { decodePicture, UnreadablePicture } from './decode';

/**
 * Where the sandbox serves a product's pictures: `/_img/<platform>/<mapId>/<variant>.png`, with
 * variant 0 the main picture and n the picture of the product's n-th colour (its specs/SKUs).
 * Pictures need no signature, like PandaPon's CDN links.
 */
export function productImageUrl(origin: string, product: Product, variant = 0): string {
  return `${origin}/_img/${product.platform}/${product.mapId}/${variant}.png`;
}

const IMAGE_PATH = /^\/_img\/(1688|taobao)\/([A-Za-z0-9_-]+)\/(\d{1,2})\.png$/;

export function productOfImagePath(
  catalogue: Catalogue,
  path: string,
): { product: Product; variant: number } | null {
  const match = IMAGE_PATH.exec(path);
  if (!match) return null;
  const product =
    match[1] === '1688' ? catalogue.findOffer(match[2]!) : catalogue.findItem(match[2]!);
  const variant = Number(match[3]);
  if (!product || variant > product.colourIndexes.length) return null;
  return { product, variant };
}
