import { fenToYuan } from '../../shared/pandapon/money';
import { skuProperties, skusOf } from '../generator/skus';
import type { Catalogue, Product, Seller, Sku } from '../generator/types';
import { categories, type CategoryVocab } from '../generator/vocab-categories';
import { productImageUrl } from '../images';

/**
 * Products in PandaPon's answer shapes (src/shared/pandapon/shapes-*.ts). 1688 amounts are yuan
 * strings with two decimals ("12.50"), Taobao amounts integer fen, as PandaPon's examples show
 * them. Fields PandaPon never showed follow 1688's and Taobao's own answers (inferred).
 */
export interface ShapeContext {
  readonly catalogue: Catalogue;
  readonly origin: () => string;
}

export function categoryOf(product: Product): CategoryVocab {
  return categories[product.categoryIndex] as CategoryVocab;
}

/** The Taobao distribution id of an item (`mpId`); its SKUs carry `mpSkuId` from the generator. */
export function taobaoMpId(product: Product): string {
  return String(2_048_000_000_000_000 + product.numericId);
}

/** 1688's dropshipping price (代发价): a little above the wholesale price. */
function consignFen(product: Product): number {
  return Math.round((product.priceFen * 11) / 100) * 10;
}

const percent = (value: number) => `${value}%`;

export function offerSummary(context: ShapeContext, product: Product) {
  const seller = context.catalogue.sellerOf(product);
  return {
    offerId: product.numericId,
    offerMapId: product.mapId,
    subject: product.subject,
    subjectTrans: product.subjectTrans,
    imageUrl: productImageUrl(context.origin(), product),
    sellerOpenId: seller.openId,
    companyName: seller.companyName,
    sellerName: seller.name,
    priceInfo: { price: fenToYuan(product.priceFen), consignPrice: fenToYuan(consignFen(product)) },
    monthSold: product.monthSold,
    repurchaseRate: percent(product.repurchaseRate),
    categoryId: categoryOf(product).id,
    minOrderQuantity: product.moq,
  };
}

const ATTRIBUTE_IDS: Record<string, number> = { 颜色: 3216, 尺码: 450, 规格: 1627 };

function specOf(context: ShapeContext, sku: Sku) {
  const product = sku.product;
  return {
    specId: sku.specId,
    skuId: Number(sku.skuId),
    price: fenToYuan(sku.priceFen),
    consignPrice: fenToYuan(consignFen(product)),
    amountOnSale: sku.stock,
    cargoNumber: `${product.numericId % 100_000}-${sku.position + 1}`,
    skuAttributes: skuProperties(sku).map((property, index) => ({
      attributeId: ATTRIBUTE_IDS[property.name] ?? 100,
      attributeName: property.name,
      attributeNameTrans: property.nameTrans,
      value: property.value,
      valueTrans: property.valueTrans,
      skuImageUrl:
        index === 0
          ? productImageUrl(
              context.origin(),
              product,
              product.colourIndexes.indexOf(sku.colourIndex) + 1,
            )
          : null,
    })),
  };
}

function pictureUrls(context: ShapeContext, product: Product): string[] {
  const origin = context.origin();
  return [0, ...product.colourIndexes.map((_, position) => position + 1)].map((variant) =>
    productImageUrl(origin, product, variant),
  );
}

function placeOf(seller: Seller): string {
  return seller.companyName.split('市')[0] ?? '';
}

export function offerDetail(context: ShapeContext, product: Product) {
  const seller = context.catalogue.sellerOf(product);
  const category = categoryOf(product);
  const images = pictureUrls(context, product);
  return {
    offerId: product.numericId,
    offerMapId: product.mapId,
    categoryId: category.id,
    categoryName: category.zh,
    categoryNameTrans: category.en,
    subject: product.subject,
    subjectTrans: product.subjectTrans,
    description: `<div><p>${product.subject}</p><img src="${images[0]}"/></div>`,
    mainVideo: null,
    detailVideo: null,
    productImage: { images },
    productAttribute: [
      {
        attributeId: 2176,
        attributeName: '品牌',
        attributeNameTrans: 'Brand',
        value: '其他',
        valueTrans: 'Other',
      },
      {
        attributeId: 1398,
        attributeName: '货源类别',
        attributeNameTrans: 'Source',
        value: '现货',
        valueTrans: 'In stock',
      },
      {
        attributeId: 2900,
        attributeName: '产地',
        attributeNameTrans: 'Origin',
        value: placeOf(seller),
        valueTrans: seller.nameTrans.split(' ')[0] ?? '',
      },
    ],
    productSkuInfos: skusOf(product).map((sku) => specOf(context, sku)),
    productSaleInfo: {
      amountOnSale: product.stock,
      priceRangeList: product.tiers.map((tier) => ({
        startQuantity: tier.startQuantity,
        price: fenToYuan(tier.priceFen),
      })),
      quoteType: product.tiers.length > 1 ? 1 : 0,
      unitInfo: { unit: category.unit[0], transUnit: category.unit[1] },
    },
    productShippingInfo: {
      sendGoodsAddressText: `${placeOf(seller)}`,
      weight: 0.3,
      shippingTimeGuarantee: 'shipIn48Hours',
    },
    sellerOpenId: seller.openId,
    minOrderQuantity: product.moq,
    batchNumber: 1,
    status: 'published',
    companyName: seller.companyName,
    sellerName: seller.name,
    shopUrl: null,
    monthSold: product.monthSold,
    repurchaseRate: percent(product.repurchaseRate),
  };
}

const PROP_IDS: Record<string, number> = { 颜色: 1627207, 尺码: 20509, 规格: 122216343 };

export function taobaoSearchItem(context: ShapeContext, product: Product) {
  const shop = context.catalogue.sellerOf(product);
  return {
    itemId: product.mapId,
    title: product.subject,
    titleTrans: product.subjectTrans,
    picUrl: productImageUrl(context.origin(), product),
    price: product.priceFen,
    promotionPrice: product.priceFen,
    shopName: shop.name,
    shopId: shop.shopId,
    monthSold: product.monthSold,
    categoryId: categoryOf(product).id,
  };
}

export function taobaoItem(context: ShapeContext, product: Product) {
  const shop = context.catalogue.sellerOf(product);
  const category = categoryOf(product);
  const images = pictureUrls(context, product);
  return {
    itemId: product.mapId,
    title: product.subject,
    titleTrans: product.subjectTrans,
    description: `<p>${product.subject}</p>`,
    picUrls: images,
    price: product.priceFen,
    promotionPrice: product.priceFen,
    quantity: product.stock,
    beginAmount: product.moq,
    status: 'active',
    itemType: 'HAVE_MATERIAL',
    productUnit: category.unit[0],
    mpId: taobaoMpId(product),
    shopId: shop.shopId,
    shopName: shop.name,
    userNick: shop.openId,
    categoryId: String(category.id),
    categoryName: category.zh,
    categoryPath: `${category.zh}->${category.zh}`,
    monthSold: product.monthSold,
    skuList: skusOf(product).map((sku) => ({
      skuId: sku.skuId,
      picUrl: images[product.colourIndexes.indexOf(sku.colourIndex) + 1] ?? images[0],
      quantity: sku.stock,
      price: sku.priceFen,
      promotionPrice: sku.priceFen,
      postFee: 0,
      status: 'active',
      mpSkuld: sku.mpSkuId,
      mpSkuId: sku.mpSkuId,
      properties: skuProperties(sku).map((property, index) => ({
        propId: PROP_IDS[property.name] ?? 1,
        propName: property.name,
        propNameTrans: property.nameTrans,
        valueId:
          (PROP_IDS[property.name] ?? 1) * 10 +
          (index === 0 ? sku.colourIndex : product.sizes.indexOf(sku.size!)),
        valueName: property.value,
        valueNameTrans: property.valueTrans,
      })),
    })),
  };
}
