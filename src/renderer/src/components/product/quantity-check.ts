import type { ProductDetail, ProductVariant } from '../../../../shared/bridge/calls/catalog';

/** Why a quantity cannot go to the cart, as a `product:errors.*` key with its values. */
export type QuantityProblem =
  | { readonly key: 'errors.wholeNumber' }
  | { readonly key: 'errors.chooseVariant' }
  | { readonly key: 'errors.soldOut' }
  | { readonly key: 'errors.belowMoq'; readonly count: number }
  | { readonly key: 'errors.aboveStock'; readonly count: number };

/**
 * Checks a quantity the way the seller will: a whole number, every option chosen when the
 * product has options, at least the minimum order, at most the stock of the chosen option.
 */
export function checkQuantity(
  product: Pick<ProductDetail, 'minOrderQuantity' | 'stock' | 'variants'>,
  variant: ProductVariant | null,
  quantity: number,
): QuantityProblem | null {
  if (!Number.isInteger(quantity) || quantity < 1) return { key: 'errors.wholeNumber' };
  if (product.variants.length > 0 && !variant) return { key: 'errors.chooseVariant' };
  const stock = variant ? variant.stock : product.stock;
  if (stock === 0) return { key: 'errors.soldOut' };
  if (quantity < product.minOrderQuantity) {
    return { key: 'errors.belowMoq', count: product.minOrderQuantity };
  }
  if (stock !== null && quantity > stock) return { key: 'errors.aboveStock', count: stock };
  return null;
}

/** The unit price for a quantity: the chosen option's price, or the tier the quantity reaches. */
export function unitPriceFen(
  product: Pick<ProductDetail, 'priceTiers' | 'priceFen'>,
  variant: ProductVariant | null,
  quantity: number,
): number | null {
  const tier = [...product.priceTiers].reverse().find((row) => quantity >= row.startQuantity);
  if (variant && product.priceTiers.length === 0) return variant.priceFen;
  return tier?.priceFen ?? variant?.priceFen ?? product.priceFen;
}

/** The variant whose attributes match every chosen value, when all axes have a choice. */
export function variantFor(
  product: Pick<ProductDetail, 'axes' | 'variants'>,
  chosen: Readonly<Record<string, string>>,
): ProductVariant | null {
  if (product.variants.length === 0) return null;
  if (product.axes.length === 0) return product.variants[0] ?? null;
  if (product.axes.some((axis) => !chosen[axis.name])) return null;
  return (
    product.variants.find((variant) =>
      variant.attributes.every((attribute) => chosen[attribute.name] === attribute.value),
    ) ?? null
  );
}
