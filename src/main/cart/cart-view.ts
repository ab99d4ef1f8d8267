import type { CartLine, CartSellerGroup, CartView } from '../../shared/bridge/calls/cart';
import { fenOf } from '../../shared/pandapon/money';
import type { AlibabaCart, AlibabaCartLine } from '../../shared/pandapon/shapes-alibaba';
import type { TaobaoCartLine } from '../../shared/pandapon/shapes-taobao';

/** Turns PandaPon's two cart answers into the one shape the renderer shows. */

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/**
 * Cart `properties` arrive as a JSON string of `{propName, valueName}` pairs (Taobao, v1 example)
 * or as plain text (1688); either way the user reads "颜色: 红色 · 尺码: XL".
 */
export function propertiesText(raw: unknown): string {
  const value = text(raw).trim();
  if (!value.startsWith('[')) return value;
  try {
    const pairs = JSON.parse(value) as unknown;
    if (!Array.isArray(pairs)) return value;
    return pairs
      .map((pair: Record<string, unknown>) =>
        [text(pair.propName ?? pair.attributeName), text(pair.valueName ?? pair.value)]
          .filter(Boolean)
          .join(': '),
      )
      .filter(Boolean)
      .join(' · ');
  } catch {
    return value;
  }
}

function alibabaLine(line: AlibabaCartLine, enabled: boolean): CartLine | null {
  const id = text(line.id);
  if (!id) return null;
  return {
    id,
    productId: text(line.offerMapId),
    variantId: text(line.specId) || null,
    title: text(line.itemTitle),
    imageUrl: text(line.itemPic) || null,
    properties: propertiesText(line.properties),
    priceFen: line.price ?? 0,
    quantity: line.quantity ?? 0,
    stock: line.amountOnSale ?? null,
    enabled,
    disabledReason: enabled ? null : line.amountOnSale === 0 ? 'sold_out' : 'unavailable',
  };
}

export function alibabaCartView(cart: AlibabaCart): CartView {
  const groups = (list: AlibabaCart['enableList'], enabled: boolean): CartSellerGroup[] =>
    (list ?? [])
      .map((shop) => ({
        sellerId: text(shop.sellerOpenId),
        sellerName: text(shop.sellerNickName) || text(shop.sellerOpenId),
        lines: (shop.cartItemInfos ?? [])
          .map((line) => alibabaLine(line, enabled))
          .filter((line): line is CartLine => line !== null),
      }))
      .filter((group) => group.lines.length > 0);
  return {
    platform: '1688',
    sellers: groups(cart.enableList, true),
    disabled: groups(cart.disableList, false),
  };
}

function taobaoLine(line: TaobaoCartLine, enabled: boolean): CartLine | null {
  const id = text(line.id);
  if (!id) return null;
  const price = line.promotionPrice ?? line.price;
  return {
    id,
    productId: text(line.itemMapId),
    variantId: text(line.skuId) || null,
    title: text(line.itemTitle),
    imageUrl: text(line.itemPic) || null,
    properties: propertiesText(line.properties),
    priceFen: price == null ? 0 : fenOf(price),
    quantity: line.quantity ?? 0,
    stock: null,
    enabled,
    disabledReason: enabled ? null : 'unavailable',
  };
}

/** Taobao lines come flat (or split like 1688); they are grouped by shop here. */
export function taobaoCartView(
  answer:
    | TaobaoCartLine[]
    | { enableList?: TaobaoCartLine[] | null; disableList?: TaobaoCartLine[] | null },
): CartView {
  const enabled = Array.isArray(answer) ? answer : (answer.enableList ?? []);
  const disabled = Array.isArray(answer) ? [] : (answer.disableList ?? []);
  const group = (lines: TaobaoCartLine[], isEnabled: boolean): CartSellerGroup[] => {
    const bySeller = new Map<string, { sellerName: string; lines: CartLine[] }>();
    for (const raw of lines) {
      const line = taobaoLine(raw, isEnabled);
      if (!line) continue;
      const sellerId = text(raw.shopId) || text(raw.shopName);
      const entry = bySeller.get(sellerId) ?? {
        sellerName: text(raw.shopName) || sellerId,
        lines: [],
      };
      entry.lines.push(line);
      bySeller.set(sellerId, entry);
    }
    return [...bySeller].map(([sellerId, entry]) => ({ sellerId, ...entry }));
  };
  return { platform: 'taobao', sellers: group(enabled, true), disabled: group(disabled, false) };
}

/** Every line of a cart view, purchasable first. */
export function allLines(view: CartView): CartLine[] {
  return [...view.sellers, ...view.disabled].flatMap((group) => group.lines);
}

/** Which seller a line belongs to. */
export function sellerOfLine(view: CartView, lineId: string): CartSellerGroup | null {
  return (
    [...view.sellers, ...view.disabled].find((group) =>
      group.lines.some((line) => line.id === lineId),
    ) ?? null
  );
}
