import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { BatchLineView, BatchSummary } from '../../shared/batch/types';
import { fenToYuan } from '../../shared/pandapon/money';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportedFile {
  readonly filename: string;
  readonly mime: string;
  readonly base64: string;
}

const HEADERS = [
  'line',
  'row',
  'customer_ref',
  'product',
  'spec',
  'quantity',
  'state',
  'reason',
  'order_id',
  'error',
  'seller',
  'unit_price_cny',
  'platform',
];

function cells(line: BatchLineView): (string | number)[] {
  return [
    line.lineNo,
    line.rowNumber,
    line.customerRef,
    line.productId ?? line.productText,
    line.skuLabel ?? line.skuText,
    line.quantity,
    line.state,
    line.reasonDetail ?? line.reason ?? '',
    line.orderId ?? '',
    line.error ?? '',
    line.sellerName ?? '',
    line.unitPriceFen === null ? '' : fenToYuan(line.unitPriceFen),
    line.platform ?? '',
  ];
}

/** The per-line results as a file the user keeps or sends back to the customer. */
export async function exportResults(
  batch: BatchSummary,
  lines: readonly BatchLineView[],
  format: ExportFormat,
): Promise<ExportedFile> {
  const stem = `batch-${batch.clientRef}-results`;
  if (format === 'csv') {
    // The BOM makes Excel read the Chinese text as UTF-8.
    const text = `\uFEFF${Papa.unparse([HEADERS, ...lines.map(cells)])}`;
    return {
      filename: `${stem}.csv`,
      mime: 'text/csv',
      base64: Buffer.from(text, 'utf8').toString('base64'),
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('results');
  sheet.addRow(HEADERS).font = { bold: true };
  for (const line of lines) sheet.addRow(cells(line));
  const bytes = await workbook.xlsx.writeBuffer();
  return {
    filename: `${stem}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: Buffer.from(bytes as ArrayBuffer).toString('base64'),
  };
}
