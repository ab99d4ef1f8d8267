import { categories, type CategoryVocab, type Word } from './vocab-categories';
import {
  capacities,
  clothingSizes,
  colours,
  models,
  prefixes,
  shoeSizes,
  styles,
} from './vocab-common';
import { opaqueId, type Rng } from './rng';
import type { PriceTier, Product, SandboxPlatform, Seller } from './types';

/** One generated product: a bilingual title from the category words, prices, stock and sales. */

const clothing: readonly Word[] = clothingSizes.map((size) => [size, size] as const);
const shoes: readonly Word[] = shoeSizes.map((size) => [size, `EU ${size}`] as const);

function sizesFor(category: CategoryVocab, rng: Rng): readonly Word[] {
  switch (category.sizes) {
    case 'clothing':
      return clothing.slice(rng.int(0, 1), rng.int(3, clothing.length));
    case 'shoes':
      return shoes.slice(rng.int(0, 3), rng.int(6, shoes.length));
    case 'capacity':
      return capacities.slice(0, rng.int(1, capacities.length));
    case 'model':
      return models.slice(0, rng.int(1, models.length));
    case 'none':
      return [];
  }
}

function titleOf(category: CategoryVocab, rng: Rng): { subject: string; subjectTrans: string } {
  const parts: Word[] = [
    rng.pick(prefixes),
    rng.pick(styles),
    rng.pick(category.materials),
    rng.pick(category.nouns),
    rng.pick(category.audiences),
  ];
  const zh = parts.map((part) => part[0]).join('');
  const en = parts
    .map((part) => part[1])
    .filter(Boolean)
    .join(' ');
  return { subject: zh, subjectTrans: en };
}

/** Roughly log-uniform, so cheap goods are more common than dear ones. */
function basePrice(category: CategoryVocab, rng: Rng): number {
  const [min, max] = category.priceFen;
  const value = Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min)));
  return Math.max(10, Math.round(value / 10) * 10);
}

function tiersOf(priceFen: number, moq: number, rng: Rng): PriceTier[] {
  const count = rng.int(1, 3);
  const tiers: PriceTier[] = [{ startQuantity: moq, priceFen }];
  let quantity = moq;
  let price = priceFen;
  for (let step = 1; step < count; step += 1) {
    quantity = quantity * rng.int(3, 10);
    price = Math.max(10, Math.round((price * rng.int(85, 95)) / 100));
    tiers.push({ startQuantity: quantity, priceFen: price });
  }
  return tiers;
}

function pickColours(rng: Rng): number[] {
  const count = rng.int(1, 5);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(rng.int(0, colours.length - 1));
  return [...chosen];
}

export function generateProduct(
  rng: Rng,
  platform: SandboxPlatform,
  index: number,
  sellers: readonly Seller[],
): Product {
  const seller = sellers[rng.int(0, sellers.length - 1)] as Seller;
  // Most products belong to their seller's category; a few are off-category, as in real shops.
  const categoryIndex = rng.chance(0.85) ? seller.categoryIndex : rng.int(0, categories.length - 1);
  const category = categories[categoryIndex] as CategoryVocab;
  const priceFen = basePrice(category, rng);
  const moq = platform === '1688' ? rng.pick([1, 1, 2, 2, 3, 5, 10, 20, 50]) : 1;
  const numericId =
    platform === '1688' ? 600_000_000_000 + index * 7_919 : 670_000_000_000 + index * 6_007;
  const monthSold = Math.floor(Math.pow(rng.next(), 3) * 20_000);
  return {
    platform,
    index,
    numericId,
    mapId: opaqueId(`${platform}-product-${numericId}`),
    categoryIndex,
    ...titleOf(category, rng),
    sellerIndex: seller.index,
    priceFen,
    tiers: platform === '1688' ? tiersOf(priceFen, moq, rng) : [{ startQuantity: 1, priceFen }],
    moq,
    stock: rng.int(0, 20) === 0 ? 0 : rng.int(50, 99_999),
    monthSold,
    repurchaseRate: rng.int(0, 60),
    colourIndexes: pickColours(rng),
    sizes: sizesFor(category, rng),
    pattern: rng.int(0, 3),
    tint: [rng.int(-28, 28), rng.int(-28, 28), rng.int(-28, 28)],
  };
}
