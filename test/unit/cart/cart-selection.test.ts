import { describe, expect, it } from 'vitest';
import type { CartLine, CartView } from '../../../src/shared/bridge/calls/cart';
import {
  groupSelection,
  pruneSelection,
  quantityProblem,
  selectionTotals,
  toggleLines,
} from '../../../src/renderer/src/pages/cart/cart-selection';

const line = (
  id: string,
  priceFen: number,
  quantity: number,
  stock: number | null = 100,
): CartLine => ({
  id,
  productId: `p-${id}`,
  variantId: null,
  title: `Line ${id}`,
  imageUrl: null,
  properties: '',
  priceFen,
  quantity,
  stock,
  enabled: true,
  disabledReason: null,
});

const cart: CartView = {
  platform: '1688',
  sellers: [
    { sellerId: 's1', sellerName: 'Seller one', lines: [line('1', 1250, 2), line('2', 990, 1)] },
    { sellerId: 's2', sellerName: 'Seller two', lines: [line('3', 5000, 3)] },
  ],
  disabled: [
    {
      sellerId: 's3',
      sellerName: 'Seller three',
      lines: [{ ...line('9', 100, 1, 0), enabled: false, disabledReason: 'sold_out' }],
    },
  ],
};

describe('the cart selection', () => {
  it('totals the ticked lines: lines, units, sellers and goods in fen', () => {
    expect(selectionTotals(cart, ['1', '3'])).toEqual({
      lineCount: 2,
      units: 5,
      sellerCount: 2,
      goodsFen: 1250 * 2 + 5000 * 3,
    });
    expect(selectionTotals(cart, [])).toEqual({
      lineCount: 0,
      units: 0,
      sellerCount: 0,
      goodsFen: 0,
    });
  });

  it('never selects a line that can no longer be bought', () => {
    expect(toggleLines(cart, [], ['1', '9'], true)).toEqual(['1']);
    expect(selectionTotals(cart, ['9']).lineCount).toBe(0);
  });

  it('drops lines that left the cart after a refresh', () => {
    const after: CartView = { ...cart, sellers: [cart.sellers[1]!] };
    expect(pruneSelection(['1', '2', '3'], after)).toEqual(['3']);
  });

  it('keeps the order the user sees, whatever the order of ticking', () => {
    expect(toggleLines(cart, ['3'], ['2', '1'], true)).toEqual(['1', '2', '3']);
    expect(toggleLines(cart, ['1', '2', '3'], ['2'], false)).toEqual(['1', '3']);
  });

  it('says whether a seller is wholly, partly or not ticked', () => {
    const seller = cart.sellers[0]!;
    expect(groupSelection(seller, ['1', '2'])).toBe('all');
    expect(groupSelection(seller, ['2'])).toBe('some');
    expect(groupSelection(seller, ['3'])).toBe('none');
  });

  it('refuses a quantity that is not a whole number of at least 1, or above stock', () => {
    const limited = line('5', 100, 1, 7);
    expect(quantityProblem(limited, 0)).toEqual({ key: 'wholeNumber' });
    expect(quantityProblem(limited, 2.5)).toEqual({ key: 'wholeNumber' });
    expect(quantityProblem(limited, Number.NaN)).toEqual({ key: 'wholeNumber' });
    expect(quantityProblem(limited, 8)).toEqual({ key: 'aboveStock', count: 7 });
    expect(quantityProblem(limited, 7)).toBeNull();
    expect(quantityProblem(line('6', 100, 1, null), 10_000)).toBeNull();
  });
});
