import type {
  Platform,
  PriceTier,
  ProductDetail,
  ProductVariant,
  VariantAxis,
} from '../../shared/bridge/calls/catalog';
import { BridgeError } from '../../shared/bridge/errors';
import { toCount, toFen } from './money';
import { imageUrl, pick, summaryFromRaw, text, type RawRecord } from './normalise-summary';

/**
 * Product detail, read leniently from the 1688 shape (`productSkuInfos`, `productSaleInfo`) and
 * the Taobao shape (`skuList`, `picUrls`, `mpId`). Only the id and title are required; every other
 * part may be missing and the page shows what there is.
 */
function records(value: unknown): RawRecord[] {
  return Array.isArray(value)
    ? value.filter((row): row is RawRecord => Boolean(row) && typeof row === 'object')
    : [];
}

function object(value: unknown): RawRecord {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as RawRecord) : {};
}

function images(raw: RawRecord): string[] {
  const productImage = object(raw.productImage);
  const candidates = [
    ...(Array.isArray(productImage.images) ? productImage.images : []),
    ...(Array.isArray(raw.images) ? raw.images : []),
    ...(Array.isArray(raw.picUrls) ? raw.picUrls : []),
    pick(raw, 'imageUrl', 'picUrl', 'mainImage'),
  ];
  const urls = candidates.map(imageUrl).filter((url): url is string => url !== null);
  return [...new Set(urls)];
}

function variantFromRaw(
  platform: Platform,
  raw: RawRecord,
  fallbackFen: number,
): ProductVariant | null {
  const id = text(
    platform === '1688' ? pick(raw, 'specId', 'skuId') : pick(raw, 'skuId', 'specId'),
  );
  if (!id) return null;
  const attributeRows = records(pick(raw, 'skuAttributes', 'attributes', 'properties'));
  const attributes = attributeRows
    .map((row) => ({
      name: text(pick(row, 'attributeNameTrans', 'attributeName', 'propName', 'name')) ?? '',
      value: text(pick(row, 'valueTrans', 'value', 'valueName', 'attributeValue')) ?? '',
      imageUrl: imageUrl(pick(row, 'skuImageUrl', 'imageUrl', 'picUrl')),
    }))
    .filter((row) => row.value !== '');
  return {
    id,
    altId: text(platform === '1688' ? pick(raw, 'skuId') : pick(raw, 'mpSkuId', 'mpSkuld')),
    attributes: attributes.map(({ name, value }) => ({ name, value })),
    priceFen:
      toFen(pick(raw, 'priceFen', 'price', 'promotionPrice', 'consignPrice')) ?? fallbackFen,
    stock: toCount(pick(raw, 'amountOnSale', 'quantity', 'stock')),
    imageUrl:
      imageUrl(pick(raw, 'picUrl', 'imageUrl')) ??
      attributes.find((attribute) => attribute.imageUrl)?.imageUrl ??
      null,
  };
}

/** Axes in the order their values first appear, so the picker reads like the 1688 page. */
function axesOf(variants: readonly ProductVariant[], rawVariants: RawRecord[]): VariantAxis[] {
  const axes = new Map<string, Map<string, string | null>>();
  variants.forEach((variant, index) => {
    const rawAttributes = records(
      pick(rawVariants[index] ?? {}, 'skuAttributes', 'attributes', 'properties'),
    );
    for (const [position, attribute] of variant.attributes.entries()) {
      const values = axes.get(attribute.name) ?? new Map<string, string | null>();
      const image = imageUrl(
        pick(rawAttributes[position] ?? {}, 'skuImageUrl', 'imageUrl', 'picUrl'),
      );
      if (!values.has(attribute.value) || (image && !values.get(attribute.value))) {
        values.set(attribute.value, image);
      }
      axes.set(attribute.name, values);
    }
  });
  return [...axes].map(([name, values]) => ({
    name,
    values: [...values].map(([value, url]) => ({ value, imageUrl: url })),
  }));
}

function priceTiers(raw: RawRecord): PriceTier[] {
  const saleInfo = object(raw.productSaleInfo);
  const rows = records(
    pick(saleInfo, 'priceRangeList', 'priceRanges') ?? pick(raw, 'priceRanges', 'priceRangeList'),
  );
  return rows
    .map((row) => ({
      startQuantity: toCount(pick(row, 'startQuantity', 'beginAmount')) ?? 1,
      priceFen: toFen(pick(row, 'priceFen', 'price')),
    }))
    .filter((tier): tier is PriceTier => tier.priceFen !== null)
    .sort((a, b) => a.startQuantity - b.startQuantity);
}

export function detailFromRaw(platform: Platform, raw: unknown): ProductDetail {
  const record = object(raw);
  const summary = summaryFromRaw(platform, record);
  if (!summary) {
    throw new BridgeError({
      code: 'schema_mismatch',
      message: 'PandaPon answered the product detail without an id or a title.',
    });
  }
  const saleInfo = object(record.productSaleInfo);
  const tiers = priceTiers(record);
  const rawVariants = records(pick(record, 'productSkuInfos', 'skuInfos', 'skuList', 'skus'));
  const fallbackFen = summary.priceFen ?? tiers[0]?.priceFen ?? 0;
  const variants = rawVariants
    .map((row) => variantFromRaw(platform, row, fallbackFen))
    .filter((variant): variant is ProductVariant => variant !== null);
  const variantStock = variants.every((variant) => variant.stock !== null)
    ? variants.reduce((sum, variant) => sum + (variant.stock ?? 0), 0)
    : null;
  const lowestFen = Math.min(
    ...[
      summary.priceFen,
      ...variants.map((v) => v.priceFen),
      ...tiers.map((t) => t.priceFen),
    ].filter((fen): fen is number => fen !== null && fen > 0),
  );
  const allImages = images(record);
  const seller = summary.seller ?? null;

  return {
    ...summary,
    imageUrl: summary.imageUrl ?? allImages[0] ?? null,
    priceFen: Number.isFinite(lowestFen) ? lowestFen : summary.priceFen,
    seller: seller
      ? { id: seller.id, name: seller.name ?? text(pick(record, 'companyName')) }
      : null,
    images: allImages,
    categoryId: text(pick(record, 'categoryId')),
    categoryName: text(pick(record, 'categoryNameTrans', 'categoryName')),
    unit: text(
      pick(object(saleInfo.unitInfo), 'unit', 'transUnit') ?? pick(record, 'productUnit', 'unit'),
    ),
    minOrderQuantity: Math.max(
      1,
      toCount(
        pick(record, 'minOrderQuantity', 'beginAmount') ?? pick(saleInfo, 'minOrderQuantity'),
      ) ?? 1,
      tiers[0]?.startQuantity ?? 1,
    ),
    stock:
      toCount(pick(saleInfo, 'amountOnSale') ?? pick(record, 'amountOnSale', 'quantity')) ??
      variantStock,
    priceTiers: tiers,
    axes: axesOf(variants, rawVariants),
    variants,
    mpId: text(pick(record, 'mpId')),
    offerId: platform === '1688' ? text(pick(record, 'offerId')) : null,
  };
}
