import type { Product } from '../generator/types';
import { BLOCK, BLOCKS, blockColour, drawingOf, IMAGE_SIZE } from './draw';

/**
 * A small colour signature of a picture: the mean colour of each cell of a 4×4 grid (48 numbers).
 * Image search compares the signature of the upload with each product's, so a product's own
 * picture, or one close to it in colour and layout, ranks first.
 */
export const GRID = 4;
export const SIGNATURE_LENGTH = GRID * GRID * 3;
const BLOCKS_PER_CELL = BLOCKS / GRID;

/** The signature of a product's main picture, from one sample per 8-pixel block. */
export function productSignature(product: Product, into: Float32Array, offset = 0): void {
  const drawing = drawingOf(product, 0);
  into.fill(0, offset, offset + SIGNATURE_LENGTH);
  for (let by = 0; by < BLOCKS; by += 1) {
    for (let bx = 0; bx < BLOCKS; bx += 1) {
      const cell = Math.floor(by / BLOCKS_PER_CELL) * GRID + Math.floor(bx / BLOCKS_PER_CELL);
      const rgb = blockColour(drawing, bx, by);
      const at = offset + cell * 3;
      into[at] = (into[at] as number) + rgb[0];
      into[at + 1] = (into[at + 1] as number) + rgb[1];
      into[at + 2] = (into[at + 2] as number) + rgb[2];
    }
  }
  const perCell = BLOCKS_PER_CELL * BLOCKS_PER_CELL;
  for (let index = offset; index < offset + SIGNATURE_LENGTH; index += 1) {
    into[index] = (into[index] as number) / perCell;
  }
}

/** The signature of decoded RGBA pixels (any size; transparent parts count as white). */
export function pixelSignature(width: number, height: number, rgba: Uint8Array): Float32Array {
  const sums = new Float64Array(SIGNATURE_LENGTH);
  const counts = new Float64Array(GRID * GRID);
  // Large uploads are sampled on a grid of about 96×96 points; enough for 16 cell means.
  const step = Math.max(1, Math.floor(Math.min(width, height) / IMAGE_SIZE));
  for (let y = Math.floor(step / 2); y < height; y += step) {
    const row = Math.min(GRID - 1, Math.floor((y * GRID) / height));
    for (let x = Math.floor(step / 2); x < width; x += step) {
      const cell = row * GRID + Math.min(GRID - 1, Math.floor((x * GRID) / width));
      const at = (y * width + x) * 4;
      const alpha = (rgba[at + 3] ?? 255) / 255;
      for (let channel = 0; channel < 3; channel += 1) {
        const value = (rgba[at + channel] ?? 0) * alpha + 255 * (1 - alpha);
        sums[cell * 3 + channel] = (sums[cell * 3 + channel] as number) + value;
      }
      counts[cell] = (counts[cell] as number) + 1;
    }
  }
  const signature = new Float32Array(SIGNATURE_LENGTH);
  for (let index = 0; index < SIGNATURE_LENGTH; index += 1) {
    signature[index] =
      (sums[index] as number) / Math.max(1, counts[Math.floor(index / 3)] as number);
  }
  return signature;
}

/** Squared distance between a signature and the one stored at `offset` of a table. */
export function signatureDistance(a: Float32Array, table: Float32Array, offset: number): number {
  let total = 0;
  for (let index = 0; index < SIGNATURE_LENGTH; index += 1) {
    const diff = (a[index] as number) - (table[offset + index] as number);
    total += diff * diff;
  }
  return total;
}

export { BLOCK };
