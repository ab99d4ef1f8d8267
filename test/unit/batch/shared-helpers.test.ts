import { describe, expect, it } from 'vitest';
import { orderIdsOfText, orderIdsText } from '../../../src/main/batch/batch-repo';
import { guessColumnMapping, headerSignature } from '../../../src/shared/batch/columns';
import { matchSku, type SkuOption } from '../../../src/shared/batch/match-sku';
import { parseQuantity, validateRow } from '../../../src/shared/batch/validate-row';
import { parseTabSeparated } from '../../../src/shared/batch/table';

const tshirt: SkuOption[] = [
  ['s1', '红色', 'Red', 'M'],
  ['s2', '红色', 'Red', 'L'],
  ['s3', '蓝色', 'Blue', 'M'],
].map(([skuId, colour, colourEn, size]) => ({
  skuId: skuId!,
  properties: [
    { name: '颜色', nameTrans: 'Color', value: colour!, valueTrans: colourEn },
    { name: '尺码', nameTrans: 'Size', value: size!, valueTrans: size },
  ],
}));

describe('column mapping guess', () => {
  it('maps Chinese headers', () => {
    const mapping = guessColumnMapping(['商品链接', '规格', '数量', '客户单号', '备注']);
    expect(mapping).toEqual({ product: 0, sku: 1, quantity: 2, customerRef: 3, note: 4 });
  });

  it('maps English headers in any order and leaves unknown columns out', () => {
    const mapping = guessColumnMapping(['Qty', 'Weight', 'Product URL', 'Order No.', 'SKU']);
    expect(mapping).toEqual({ quantity: 0, product: 2, customerRef: 3, sku: 4 });
  });

  it('gives the same signature to the same layout whatever the spacing or case', () => {
    expect(headerSignature(['Product ', 'QTY'])).toBe(headerSignature(['product', 'qty']));
    expect(headerSignature(['product', 'qty'])).not.toBe(headerSignature(['qty', 'product']));
  });
});

describe('SKU matching', () => {
  it('matches Chinese property text', () => {
    expect(matchSku(tshirt, '颜色:红色;尺码:M')).toEqual({ kind: 'matched', skuId: 's1' });
  });

  it('matches English property text and bare values', () => {
    expect(matchSku(tshirt, 'Color: Blue, Size: M')).toEqual({ kind: 'matched', skuId: 's3' });
    expect(matchSku(tshirt, 'red L')).toEqual({ kind: 'matched', skuId: 's2' });
  });

  it('matches by spec id', () => {
    expect(matchSku(tshirt, 's2')).toEqual({ kind: 'matched', skuId: 's2' });
  });

  it('says ambiguous when the text fits several specs', () => {
    expect(matchSku(tshirt, '颜色:红色')).toEqual({ kind: 'ambiguous', candidates: ['s1', 's2'] });
    expect(matchSku(tshirt, '')).toMatchObject({ kind: 'ambiguous' });
  });

  it('says none when nothing fits', () => {
    expect(matchSku(tshirt, '颜色:绿色')).toEqual({ kind: 'none' });
  });
});

describe('row validation', () => {
  const mapping = { product: 0, quantity: 1, customerRef: 2 };

  it('reads quantities the way people type them', () => {
    expect(parseQuantity('1,000')).toBe(1000);
    expect(parseQuantity('３件')).toBe(3);
    expect(parseQuantity('2.5')).toBeNull();
  });

  it('names the row and column of a bad quantity', () => {
    const { problems } = validateRow(
      ['https://detail.1688.com/offer/1.html', 'many', 'C1'],
      7,
      mapping,
    );
    expect(problems).toEqual([expect.objectContaining({ rowNumber: 7, column: 'quantity' })]);
  });

  it('keeps a good row as a draft', () => {
    const { draft, problems } = validateRow(['abc', '3', 'C1'], 2, mapping);
    expect(problems).toEqual([]);
    expect(draft).toMatchObject({ product: 'abc', quantity: 3, customerRef: 'C1', address: null });
  });
});

describe('pasted spreadsheet text', () => {
  it('splits tabs and lines and keeps quoted line breaks', () => {
    const rows = parseTabSeparated('a\tb\r\n"x\ny"\t2\n\n');
    expect(rows).toEqual([
      ['a', 'b'],
      ['x\ny', '2'],
    ]);
  });
});

describe("a line's order ids", () => {
  it('round-trip one order, or every order of a request PandaPon split', () => {
    expect(orderIdsOfText(orderIdsText(['3100000000000001']))).toEqual(['3100000000000001']);
    expect(orderIdsOfText(orderIdsText(['31', '32']))).toEqual(['31', '32']);
    expect(orderIdsOfText(null)).toEqual([]);
  });
});
