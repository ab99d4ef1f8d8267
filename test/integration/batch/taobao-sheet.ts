import type { PandaponClient } from '../../../src/main/pandapon';
import { matchSku } from '../../../src/shared/batch/match-sku';
import { DEFAULT_SEED, generateCatalogue } from '../../../src/sandbox/generator/catalogue';
import { skuProperties, skusOf } from '../../../src/sandbox/generator/skus';
import type { Product, Sku } from '../../../src/sandbox/generator/types';
import { TEST_CATALOGUE } from '../../fixtures/batch/harness';

/**
 * Taobao lines for the batch tests, from the same catalogue the test sandbox generates: item links
 * the way agents paste them, SKUs by id or by property text in Chinese or English, and a few lines
 * wrong the ways customers get them wrong.
 */
export interface TaobaoLine {
  readonly row: string[];
  readonly item: Product;
  readonly sku: Sku;
  readonly quantity: number;
}

function specText(sku: Sku, english: boolean): string {
  return skuProperties(sku)
    .map((property) =>
      english
        ? `${property.nameTrans}: ${property.valueTrans}`
        : `${property.name}:${property.value}`,
    )
    .join(english ? ', ' : ';');
}

/** English text only where it names this SKU alone (two colours may translate alike). */
function fitsOnly(sku: Sku, text: string): boolean {
  const options = skusOf(sku.product).map((option) => ({
    skuId: option.skuId,
    properties: skuProperties(option),
  }));
  const match = matchSku(options, text);
  return match.kind === 'matched' && match.skuId === sku.skuId;
}

function orderable(item: Product): boolean {
  return item.moq <= 3 && skusOf(item).every((sku) => sku.stock >= 40);
}

/**
 * `lines` rows over `shops` shops, each naming a different SKU (so every line can be found in the
 * order it went into). `refPrefix` starts each customer reference.
 */
export function taobaoLines(
  lines: number,
  shops: number,
  refPrefix = 'T',
): { lines: TaobaoLine[]; bad: string[][] } {
  const catalogue = generateCatalogue(DEFAULT_SEED, TEST_CATALOGUE);
  const byShop = new Map<number, Product[]>();
  for (const item of catalogue.items.filter(orderable)) {
    byShop.set(item.sellerIndex, [...(byShop.get(item.sellerIndex) ?? []), item]);
  }
  const chosen = [...byShop.values()].filter((items) => items.length >= 2).slice(0, shops);
  if (chosen.length < shops) throw new Error(`only ${chosen.length} Taobao shops fit`);

  const result: TaobaoLine[] = [];
  for (let index = 0; index < lines; index++) {
    const items = chosen[index % shops]!;
    const round = Math.floor(index / shops);
    const item = items[round % items.length]!;
    const sku = skusOf(item)[Math.floor(round / items.length) % skusOf(item).length]!;
    const quantity = item.moq + (index % 2);
    const link = [
      `https://item.taobao.com/item.htm?id=${item.numericId}`,
      `https://detail.tmall.com/item.htm?spm=a1z10.1-b&id=${item.numericId}`,
      `taobao:${item.mapId}`,
    ][index % 3]!;
    const english = specText(sku, true);
    const spec = [specText(sku, false), fitsOnly(sku, english) ? english : sku.skuId, sku.skuId][
      index % 3
    ]!;
    result.push({
      row: [link, spec, String(quantity), `${refPrefix}${String(index).padStart(4, '0')}`, 'tb'],
      item,
      sku,
      quantity,
    });
  }
  const first = chosen[0]![0]!;
  const bad = [
    // A colour the item does not come in.
    [`https://item.taobao.com/item.htm?id=${first.numericId}`, '颜色:不存在的颜色', '1'],
    // No such item.
    ['https://item.taobao.com/item.htm?id=99999999999', '', '1'],
  ].map((row, index) => [...row, `${refPrefix}BAD${index}`, 'tb']);
  return { lines: result, bad };
}

export interface SandboxTaobaoOrder {
  readonly id: string;
  readonly remark: string;
  readonly status: number;
  readonly subOrders: { itemMapId: string; skuId: string; quantity: number }[];
}

/** Every Taobao order the sandbox holds for the account (its own order list). */
export async function sandboxTaobaoOrders(client: PandaponClient): Promise<SandboxTaobaoOrder[]> {
  const orders: SandboxTaobaoOrder[] = [];
  for (let page = 1; ; page++) {
    const answer = (await client.call('taobao.order.page', { pageNo: page, pageSize: 100 })) as {
      data?: {
        purchaseOrderId: string;
        remark: string | null;
        orderStatus: number;
        subOrders: { itemMapId: string; skuId: string; quantity: number }[];
      }[];
    };
    const list = answer.data ?? [];
    orders.push(
      ...list.map((order) => ({
        id: order.purchaseOrderId,
        remark: order.remark ?? '',
        status: order.orderStatus,
        subOrders: order.subOrders,
      })),
    );
    if (list.length < 100) return orders;
  }
}

/** The Taobao cart as the account holds it: `itemMapId|skuId` → quantity. */
export async function taobaoCart(client: PandaponClient): Promise<Map<string, number>> {
  const answer = (await client.call('taobao.cart.list', {})) as {
    enableList?: { itemMapId: string; skuId: string; quantity: number }[];
    disableList?: { itemMapId: string; skuId: string; quantity: number }[];
  };
  return new Map(
    [...(answer.enableList ?? []), ...(answer.disableList ?? [])].map((line) => [
      `${line.itemMapId}|${line.skuId}`,
      line.quantity,
    ]),
  );
}

export function csvOf(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n');
}
