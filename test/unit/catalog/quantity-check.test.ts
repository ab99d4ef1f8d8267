import { describe, expect, it } from 'vitest';
import type { ProductDetail, ProductVariant } from '../../../src/shared/bridge/calls/catalog';
import {
  checkQuantity,
  unitPriceFen,
  variantFor,
} from '../../../src/renderer/src/components/product/quantity-check';

const red: ProductVariant = {
  id: 'spec-red',
  altId: null,
  attributes: [
    { name: '颜色', value: '红色' },
    { name: '尺码', value: 'M' },
  ],
  priceFen: 350,
  stock: 40,
  imageUrl: null,
};
const blue: ProductVariant = {
  ...red,
  id: 'spec-blue',
  attributes: [
    { name: '颜色', value: '蓝色' },
    { name: '尺码', value: 'M' },
  ],
  stock: 0,
};

const product: Pick<
  ProductDetail,
  'minOrderQuantity' | 'stock' | 'variants' | 'axes' | 'priceTiers' | 'priceFen'
> = {
  minOrderQuantity: 3,
  stock: 40,
  variants: [red, blue],
  axes: [
    {
      name: '颜色',
      values: [
        { value: '红色', imageUrl: null },
        { value: '蓝色', imageUrl: null },
      ],
    },
    { name: '尺码', values: [{ value: 'M', imageUrl: null }] },
  ],
  priceTiers: [
    { startQuantity: 3, priceFen: 350 },
    { startQuantity: 50, priceFen: 300 },
  ],
  priceFen: 300,
};

describe('adding to the cart', () => {
  it('asks for every option before anything else', () => {
    expect(checkQuantity(product, null, 5)).toEqual({ key: 'errors.chooseVariant' });
  });

  it('refuses fewer than the seller’s minimum order', () => {
    expect(checkQuantity(product, red, 2)).toEqual({ key: 'errors.belowMoq', count: 3 });
  });

  it('refuses more than the chosen option has in stock', () => {
    expect(checkQuantity(product, red, 41)).toEqual({ key: 'errors.aboveStock', count: 40 });
  });

  it('says a sold-out option is sold out', () => {
    expect(checkQuantity(product, blue, 3)).toEqual({ key: 'errors.soldOut' });
  });

  it('accepts a quantity between the minimum and the stock', () => {
    expect(checkQuantity(product, red, 3)).toBeNull();
  });

  it('refuses half a piece', () => {
    expect(checkQuantity(product, red, 3.5)).toEqual({ key: 'errors.wholeNumber' });
  });

  it('finds the variant once every axis has a choice', () => {
    expect(variantFor(product, { 颜色: '红色' })).toBeNull();
    expect(variantFor(product, { 颜色: '红色', 尺码: 'M' })?.id).toBe('spec-red');
  });

  it('charges the wholesale tier the quantity reaches', () => {
    expect(unitPriceFen(product, red, 10)).toBe(350);
    expect(unitPriceFen(product, red, 60)).toBe(300);
  });
});
