import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { MAX_BATCH_LINES } from '../../shared/batch/validate-row';
import { dropEmptyRows, parseTabSeparated } from '../../shared/batch/table';
import { BridgeError } from '../../shared/bridge/errors';

export interface TableSource {
  readonly name: string;
  /** File bytes (CSV or XLSX), base64 over the bridge. */
  readonly base64?: string;
  /** Pasted spreadsheet text (tab-separated). */
  readonly text?: string;
}

export interface Table {
  readonly headers: string[];
  readonly rows: string[][];
}

const ZIP_MAGIC = 'PK';

function badFile(message: string, row?: number, column?: number): BridgeError {
  const where =
    row === undefined ? '' : ` (row ${row}${column === undefined ? '' : `, column ${column}`})`;
  return new BridgeError({
    code: 'bad_input',
    message: `${message}${where}`,
    issues:
      row === undefined
        ? []
        : [{ path: `row ${row}${column === undefined ? '' : `.column ${column}`}`, message }],
  });
}

/** Reads CSV, XLSX or pasted text into a header row and data rows of plain strings. */
export async function readTable(source: TableSource): Promise<Table> {
  let rows: string[][];
  if (source.text !== undefined) rows = parseTabSeparated(source.text);
  else if (source.base64 !== undefined) {
    const bytes = Buffer.from(source.base64, 'base64');
    const looksZip = bytes.subarray(0, 2).toString('latin1') === ZIP_MAGIC;
    rows = looksZip || /\.xlsx$/i.test(source.name) ? await readXlsx(bytes) : readCsv(bytes);
  } else throw badFile('Nothing to import: choose a file or paste spreadsheet cells.');

  if (rows.length === 0) throw badFile('The file has no rows.');
  const [headerRow, ...data] = rows;
  const headers = headerRow!.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  if (data.length === 0) throw badFile('The file has a header row but no lines below it.');
  if (data.length > MAX_BATCH_LINES) {
    throw badFile(`The file has ${data.length} lines; a batch takes at most ${MAX_BATCH_LINES}.`);
  }
  return { headers, rows: data };
}

function readCsv(bytes: Buffer): string[][] {
  let text = bytes.toString('utf8');
  // Excel on Chinese Windows saves CSV as GB18030; decoding it as UTF-8 gives replacement marks.
  if (text.includes('\uFFFD')) {
    try {
      text = new TextDecoder('gb18030').decode(bytes);
    } catch {
      // No GB18030 decoder in this runtime: keep the UTF-8 reading.
    }
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) throw badFile(`The CSV file is damaged: ${fatal.message}`, (fatal.row ?? 0) + 1);
  return dropEmptyRows(parsed.data.map((row) => row.map((cell) => String(cell ?? ''))));
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's own Buffer type predates Node's generic Buffer; the bytes are the same.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badFile('The file is not a readable XLSX workbook. Save it again from Excel, or as CSV.');
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) throw badFile('The workbook has no sheet with rows.');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.actualColumnCount; column++) {
      cells.push(cellText(row.getCell(column).value));
    }
    rows.push(cells);
  });
  return dropEmptyRows(rows);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if (value instanceof Date) return value.toISOString();
    // A linked cell often shows "点击查看" while the link holds the product.
    if ('hyperlink' in value && typeof value.hyperlink === 'string') return value.hyperlink;
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return value.result === undefined ? '' : String(value.result);
    return '';
  }
  return String(value);
}
