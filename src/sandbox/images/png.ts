import { PNG } from 'pngjs';
import type { Product } from '../generator/types';
import { drawingOf, IMAGE_SIZE, pixelColour } from './draw';

/**
 * Encodes a product picture as PNG. Pictures are drawn on demand and the last few hundred are
 * kept, so a results page of 50 costs 50 small encodes once and nothing afterwards.
 */
const CACHE_LIMIT = 600;
const cache = new Map<string, Buffer>();

export function productPng(product: Product, variant: number): Buffer {
  const key = `${product.platform}/${product.mapId}/${variant}`;
  const known = cache.get(key);
  if (known) return known;

  const drawing = drawingOf(product, variant);
  const png = new PNG({ width: IMAGE_SIZE, height: IMAGE_SIZE });
  for (let y = 0; y < IMAGE_SIZE; y += 1) {
    for (let x = 0; x < IMAGE_SIZE; x += 1) {
      const rgb = pixelColour(drawing, x, y);
      const at = (y * IMAGE_SIZE + x) * 4;
      png.data[at] = rgb[0];
      png.data[at + 1] = rgb[1];
      png.data[at + 2] = rgb[2];
      png.data[at + 3] = 255;
    }
  }
  const encoded = PNG.sync.write(png, { colorType: 2 });
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, encoded);
  return encoded;
}
