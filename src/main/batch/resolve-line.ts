import { describeSku, matchSku } from '../../shared/batch/match-sku';
import type { SkuChoice } from '../../shared/batch/types';
import { parseProductLink } from '../../shared/links/parse-product-link';
import type { LinePatch } from './batch-repo';
import { ProductLookupError, type BatchPorts, type BatchProduct } from './ports';

/** The words a line carries that resolution reads. */
export interface LineWords {
  readonly productText: string;
  readonly skuText: string;
  readonly quantity: number;
  /** A spec the user chose from the "ambiguous: choose" list. */
  readonly chosenSkuId?: string | null;
}

/** v2 ids are encrypted strings (`L0PTnwSnx_dWNZWCtgK7Gg`) no link parser can place on a platform. */
const OPAQUE_ID = /^[A-Za-z0-9_-]{6,64}$/;

/** "taobao:<id>" (or 淘宝/天猫/tmall/tb): a bare id is read as 1688's unless it says otherwise. */
const TAOBAO_ID = /^(?:taobao|tmall|tb|淘宝|天猫)\s*[:：]\s*([A-Za-z0-9_-]{6,64})$/i;

export function productRefOf(text: string): { platform: '1688' | 'taobao'; id: string } | null {
  const taobao = TAOBAO_ID.exec(text.trim());
  if (taobao) return { platform: 'taobao', id: taobao[1]! };
  const parsed = parseProductLink(text);
  if (parsed.kind === 'product') return { platform: parsed.platform ?? '1688', id: parsed.id };
  const trimmed = text.trim();
  if (parsed.kind === 'none' && OPAQUE_ID.test(trimmed)) return { platform: '1688', id: trimmed };
  return null;
}

function attention(reason: NonNullable<LinePatch['reason']>, detail: string): LinePatch {
  return { state: 'needs_attention', reason, reason_detail: detail };
}

/**
 * Resolves one line against PandaPon (a 1688 offer or a Taobao item, both read through the
 * cache): product, spec or SKU, MOQ, stock and unit price. It never throws
 * for a bad line; it returns the patch that parks the line with its reason.
 */
export async function resolveLine(ports: BatchPorts, words: LineWords): Promise<LinePatch> {
  const ref = productRefOf(words.productText);
  if (!ref) return attention('bad_link', 'not a 1688 or Taobao product link or id');

  let product: BatchProduct;
  try {
    product = await ports.readProduct(ref.platform, ref.id);
  } catch (error) {
    if (error instanceof ProductLookupError) return attention(error.reason, error.message);
    return attention(
      'lookup_failed',
      error instanceof Error ? error.message.slice(0, 200) : 'lookup failed',
    );
  }

  const known: LinePatch = {
    platform: product.platform,
    product_id: product.productId,
    seller_id: product.sellerId,
    seller_name: product.sellerName,
    title: product.title.slice(0, 200),
    title_trans: product.titleTranslated?.slice(0, 200) ?? null,
    mp_id: product.mpId ?? null,
    candidates_json: null,
  };
  const wanted = words.chosenSkuId || words.skuText;
  const match = matchSku(product.skus, wanted);
  if (match.kind === 'none') {
    return { ...known, ...attention('sku_not_found', `no spec fits "${wanted.slice(0, 80)}"`) };
  }
  if (match.kind === 'ambiguous') {
    const candidates: SkuChoice[] = product.skus
      .filter((sku) => match.candidates.includes(sku.skuId))
      .slice(0, 50)
      .map((sku) => ({
        skuId: sku.skuId,
        label: describeSku(sku),
        priceFen: sku.priceFen,
        stock: sku.stock,
      }));
    return {
      ...known,
      ...attention('sku_ambiguous', `${match.candidates.length} specs fit; choose one`),
      candidates_json: JSON.stringify(candidates),
    };
  }

  const sku = product.skus.find((item) => item.skuId === match.skuId)!;
  const chosen: LinePatch = {
    ...known,
    sku_id: sku.skuId,
    sku_label: describeSku(sku),
    mp_sku_id: sku.mpSkuId ?? null,
    unit_price_fen: sku.priceFen,
  };
  if (words.quantity < product.minOrderQuantity) {
    return { ...chosen, ...attention('below_moq', `minimum order is ${product.minOrderQuantity}`) };
  }
  if (sku.stock < words.quantity) {
    return { ...chosen, ...attention('out_of_stock', `only ${sku.stock} in stock`) };
  }
  return { ...chosen, state: 'ready', reason: null, reason_detail: null };
}
