import type { Product } from '../generator/types';
import { colours } from '../generator/vocab-common';

/**
 * Product pictures, drawn from the product itself so every product has its own: the main colour
 * (shifted by the product's tint), a pattern in a second colour, and two rows of blocks at the
 * bottom that spell the product's number in binary, which keeps any two pictures apart.
 *
 * The picture is a grid of 8-pixel blocks, so its colour signature (see signature.ts) can be
 * computed from one sample per block without drawing the picture.
 */
export const IMAGE_SIZE = 96;
export const BLOCK = 8;
export const BLOCKS = IMAGE_SIZE / BLOCK;
const CODE_ROWS = 2;

export type Rgb = readonly [number, number, number];

const clamp = (value: number) => Math.max(0, Math.min(255, Math.round(value)));

function shade(rgb: Rgb, tint: Rgb): Rgb {
  return [clamp(rgb[0] + tint[0]), clamp(rgb[1] + tint[1]), clamp(rgb[2] + tint[2])];
}

/** A second colour that stands out from the first when the product has only one. */
function contrastOf(rgb: Rgb): Rgb {
  const light = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] > 140;
  return light
    ? [clamp(rgb[0] * 0.45), clamp(rgb[1] * 0.45), clamp(rgb[2] * 0.45)]
    : [
        clamp(rgb[0] + (255 - rgb[0]) * 0.6),
        clamp(rgb[1] + (255 - rgb[1]) * 0.6),
        clamp(rgb[2] + (255 - rgb[2]) * 0.6),
      ];
}

export interface Drawing {
  readonly base: Rgb;
  readonly accent: Rgb;
  readonly pattern: number;
  readonly code: number;
}

/**
 * What one picture of a product shows. `variant` 0 is the main picture; variant n (1…) is the
 * picture of the product's n-th colour, used for its specs/SKUs.
 */
export function drawingOf(product: Product, variant: number): Drawing {
  const count = product.colourIndexes.length;
  const position = variant === 0 ? 0 : (variant - 1) % count;
  const main = colours[product.colourIndexes[position] ?? 0]!.rgb;
  const base = shade(main, product.tint);
  const second = count > 1 ? colours[product.colourIndexes[(position + 1) % count]!]!.rgb : null;
  const accent = second ? shade(second, product.tint) : contrastOf(base);
  const code =
    (product.platform === '1688' ? 0 : 1 << 23) + product.index * 4 + Math.min(variant, 3);
  return { base, accent, pattern: product.pattern, code };
}

const DARK: Rgb = [28, 28, 30];
const LIGHT: Rgb = [236, 236, 232];

/** Dots repeat every 3×3 blocks; the share of each block's pixels that lies inside a dot. */
const DOT_SHARE: number[] = [];
for (let by = 0; by < 3; by += 1) {
  for (let bx = 0; bx < 3; bx += 1) {
    let inside = 0;
    for (let y = by * BLOCK; y < (by + 1) * BLOCK; y += 1) {
      for (let x = bx * BLOCK; x < (bx + 1) * BLOCK; x += 1) {
        if ((x - 12) * (x - 12) + (y - 12) * (y - 12) < 64) inside += 1;
      }
    }
    DOT_SHARE.push(inside / (BLOCK * BLOCK));
  }
}

/**
 * The mean colour of block (bx, by): exact without drawing its 64 pixels, because every pattern
 * but the dots is uniform within a block and the dots' share per block is known.
 */
export function blockColour(drawing: Drawing, bx: number, by: number): Rgb {
  if (by >= BLOCKS - CODE_ROWS) {
    const bit = (by - (BLOCKS - CODE_ROWS)) * BLOCKS + bx;
    return (drawing.code >>> bit) & 1 ? DARK : LIGHT;
  }
  if (drawing.pattern === 3) {
    const share = DOT_SHARE[(by % 3) * 3 + (bx % 3)] as number;
    const { base, accent } = drawing;
    return [
      base[0] + (accent[0] - base[0]) * share,
      base[1] + (accent[1] - base[1]) * share,
      base[2] + (accent[2] - base[2]) * share,
    ];
  }
  return pixelColour(drawing, bx * BLOCK + BLOCK / 2, by * BLOCK + BLOCK / 2);
}

/** The colour of one pixel. */
export function pixelColour(drawing: Drawing, x: number, y: number): Rgb {
  const bx = Math.floor(x / BLOCK);
  const by = Math.floor(y / BLOCK);
  if (by >= BLOCKS - CODE_ROWS) return blockColour(drawing, bx, by);
  const { base, accent } = drawing;
  switch (drawing.pattern) {
    case 1: // stripes, one block high
      return by % 2 ? accent : base;
    case 2: // checks, two blocks wide
      return ((bx >> 1) + (by >> 1)) % 2 ? accent : base;
    case 3: {
      // dots, one in every 3×3 blocks
      const dx = (x % 24) - 12;
      const dy = (y % 24) - 12;
      return dx * dx + dy * dy < 64 ? accent : base;
    }
    default: // solid with a square in the middle
      return bx >= 3 && bx < 9 && by >= 2 && by < 8 ? accent : base;
  }
}
