import type { CartLine, CartSellerGroup, CartView } from '../../../../shared/bridge/calls/cart';

/**
 * What the cart page computes from a cart and the lines the user ticked. Only purchasable lines
 * can be selected; a selection outlives a refresh only for lines that are still purchasable.
 */

export type GroupSelection = 'all' | 'some' | 'none';

export interface SelectionTotals {
  readonly lineCount: number;
  readonly units: number;
  readonly sellerCount: number;
  /** Unit price times quantity, summed, in fen; freight is known only at checkout. */
  readonly goodsFen: number;
}

export function purchasableIds(view: CartView): string[] {
  return view.sellers.flatMap((group) => group.lines.map((line) => line.id));
}

/** The selection, without lines that left the cart or can no longer be bought. */
export function pruneSelection(selected: readonly string[], view: CartView): string[] {
  const still = new Set(purchasableIds(view));
  return selected.filter((id) => still.has(id));
}

export function groupSelection(
  group: CartSellerGroup,
  selected: readonly string[],
): GroupSelection {
  const chosen = group.lines.filter((line) => selected.includes(line.id)).length;
  if (chosen === 0) return 'none';
  return chosen === group.lines.length ? 'all' : 'some';
}

/** Ticks or unticks some lines, keeping the order the user saw them in. */
export function toggleLines(
  view: CartView,
  selected: readonly string[],
  lineIds: readonly string[],
  on: boolean,
): string[] {
  const next = new Set(selected);
  for (const id of lineIds) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return purchasableIds(view).filter((id) => next.has(id));
}

export function lineTotalFen(line: CartLine): number {
  return line.priceFen * line.quantity;
}

export function selectionTotals(view: CartView, selected: readonly string[]): SelectionTotals {
  const chosen = new Set(selected);
  let lineCount = 0;
  let units = 0;
  let goodsFen = 0;
  let sellerCount = 0;
  for (const group of view.sellers) {
    const lines = group.lines.filter((line) => chosen.has(line.id));
    if (lines.length) sellerCount += 1;
    for (const line of lines) {
      lineCount += 1;
      units += line.quantity;
      goodsFen += lineTotalFen(line);
    }
  }
  return { lineCount, units, sellerCount, goodsFen };
}

export type QuantityProblem =
  { readonly key: 'wholeNumber' } | { readonly key: 'aboveStock'; readonly count: number };

/**
 * The checks the page can make before asking main: a whole number of at least 1, within stock.
 * The minimum order is the product's, not the line's: main checks it and says so.
 */
export function quantityProblem(line: CartLine, quantity: number): QuantityProblem | null {
  if (!Number.isInteger(quantity) || quantity < 1) return { key: 'wholeNumber' };
  if (line.stock !== null && quantity > line.stock) return { key: 'aboveStock', count: line.stock };
  return null;
}

/** How many lines a cart holds, purchasable or not (the tab's count). */
export function lineCount(view: CartView): number {
  return [...view.sellers, ...view.disabled].reduce(
    (total, group) => total + group.lines.length,
    0,
  );
}
