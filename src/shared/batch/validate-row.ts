import { z } from 'zod';
import type { BatchColumn, ColumnMapping } from './columns';

/** One spreadsheet row after mapping: the user's words, not yet resolved against PandaPon. */
export interface BatchRowDraft {
  readonly rowNumber: number;
  readonly product: string;
  readonly sku: string;
  readonly quantity: number;
  readonly customerRef: string;
  readonly note: string;
  readonly address: LineAddress | null;
}

export interface LineAddress {
  readonly fullName: string;
  readonly mobile: string;
  readonly provinceText: string;
  readonly cityText: string;
  readonly areaText: string;
  readonly address: string;
}

export const lineAddressSchema = z.object({
  fullName: z.string().trim().min(1).max(64),
  mobile: z.string().trim().min(5).max(32),
  provinceText: z.string().trim().max(64),
  cityText: z.string().trim().max(64),
  areaText: z.string().trim().max(64),
  address: z.string().trim().min(1).max(256),
});

export interface RowProblem {
  readonly rowNumber: number;
  readonly column: BatchColumn | null;
  readonly message: string;
}

export const MAX_BATCH_LINES = 5_000;
const MAX_QUANTITY = 100_000;

function cell(row: readonly string[], mapping: ColumnMapping, column: BatchColumn): string {
  const index = mapping[column];
  if (index === undefined) return '';
  return String(row[index] ?? '').trim();
}

/** Parses "1,000", "２" and "3件" the way people type quantities. */
export function parseQuantity(text: string): number | null {
  const cleaned = text
    .normalize('NFKC')
    .replace(/[,\s]/g, '')
    .replace(/(件|个|pcs?|x)$/i, '');
  if (!/^\d+(\.0+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * Turns one mapped row into a draft, or says what is wrong with it (row and column named). A bad
 * row never throws: the caller keeps it as a "needs attention" line so nothing is lost.
 */
export function validateRow(
  row: readonly string[],
  rowNumber: number,
  mapping: ColumnMapping,
): { draft: BatchRowDraft; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const product = cell(row, mapping, 'product');
  const quantityText = cell(row, mapping, 'quantity');
  const quantity = parseQuantity(quantityText);

  if (!product) problems.push({ rowNumber, column: 'product', message: 'no product link or id' });
  if (quantity === null || quantity < 1 || quantity > MAX_QUANTITY) {
    problems.push({
      rowNumber,
      column: 'quantity',
      message: quantityText
        ? `quantity "${quantityText.slice(0, 20)}" is not a whole number from 1 to ${MAX_QUANTITY}`
        : 'no quantity',
    });
  }

  const address = rowAddress(row, mapping, rowNumber, problems);
  const customerRef = cell(row, mapping, 'customerRef').slice(0, 64);
  return {
    draft: {
      rowNumber,
      product: product.slice(0, 2048),
      sku: cell(row, mapping, 'sku').slice(0, 512),
      quantity: quantity ?? 0,
      customerRef,
      note: cell(row, mapping, 'note').slice(0, 500),
      address,
    },
    problems,
  };
}

function rowAddress(
  row: readonly string[],
  mapping: ColumnMapping,
  rowNumber: number,
  problems: RowProblem[],
): LineAddress | null {
  const fields = {
    fullName: cell(row, mapping, 'recipient'),
    mobile: cell(row, mapping, 'phone'),
    provinceText: cell(row, mapping, 'province'),
    cityText: cell(row, mapping, 'city'),
    areaText: cell(row, mapping, 'district'),
    address: cell(row, mapping, 'address'),
  };
  if (Object.values(fields).every((value) => !value)) return null;
  const parsed = lineAddressSchema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? 'address');
  const column: BatchColumn =
    key === 'fullName' ? 'recipient' : key === 'mobile' ? 'phone' : 'address';
  problems.push({ rowNumber, column, message: 'the shipping address is incomplete' });
  return null;
}
