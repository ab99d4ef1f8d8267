import { colours } from './vocab-common';
import { hexId } from './rng';
import type { Product, Sku } from './types';

/**
 * The SKUs (1688 specs) of a product: every colour in every size. Built on demand from the
 * product, so startup does not pay for 100,000+ SKU objects that most runs never read.
 */
const cache = new WeakMap<Product, readonly Sku[]>();

export function skusOf(product: Product): readonly Sku[] {
  const known = cache.get(product);
  if (known) return known;
  const sizes = product.sizes.length ? product.sizes : [null];
  const skus: Sku[] = [];
  const share = Math.floor(product.stock / (product.colourIndexes.length * sizes.length));
  product.colourIndexes.forEach((colourIndex, colourPosition) => {
    sizes.forEach((size, sizePosition) => {
      const position = skus.length;
      // 1688 specs share the tiered price; Taobao charges a little more for larger sizes.
      const step = product.platform === 'taobao' ? Math.round(product.priceFen * 0.03) : 0;
      const priceFen = product.priceFen + sizePosition * step;
      skus.push({
        product,
        position,
        specId: hexId(`${product.mapId}-${colourPosition}-${sizePosition}`),
        skuId: String(product.numericId * 100 + position + 1),
        mpSkuId: `mps${product.numericId * 100 + position + 1}`,
        colourIndex,
        size,
        priceFen,
        stock: share,
      });
    });
  });
  cache.set(product, skus);
  return skus;
}

export function findSku(product: Product, id: string): Sku | undefined {
  return skusOf(product).find((sku) => sku.specId === id || sku.skuId === id);
}

/** The sale properties of a SKU as PandaPon's cart lines spell them: 颜色 and 尺码/规格. */
export interface SkuProperty {
  readonly name: string;
  readonly nameTrans: string;
  readonly value: string;
  readonly valueTrans: string;
}

export function skuProperties(sku: Sku): SkuProperty[] {
  const colour = colours[sku.colourIndex]!;
  const list: SkuProperty[] = [
    { name: '颜色', nameTrans: 'Color', value: colour.zh, valueTrans: colour.en },
  ];
  if (sku.size) {
    const sizeName = /^[0-9SMLX]/.test(sku.size[0]) ? '尺码' : '规格';
    list.push({
      name: sizeName,
      nameTrans: sizeName === '尺码' ? 'Size' : 'Specification',
      value: sku.size[0],
      valueTrans: sku.size[1],
    });
  }
  return list;
}
