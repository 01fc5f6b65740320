/**
 * Bytes -> tables: an Excel workbook (exceljs) or a CSV file (d3-dsv), the format told by the content (a
 * workbook is a zip: "PK\x03\x04"; plan JSON starts with "{") and, failing that, by the file's extension.
 */
import { Readable } from 'node:stream';
import { dsvFormat } from 'd3-dsv';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { HoshinError } from '../../contract/errors.ts';
import type { Cell, SourceTable } from './types.ts';

export type SourceFormat = 'json' | 'xlsx' | 'csv';

export function detectFormat(data: Uint8Array, fileName: string): SourceFormat {
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return 'xlsx';
  const ext = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase();
  let start = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (start < data.length && [0x20, 0x09, 0x0a, 0x0d].includes(data[start]!)) start++;
  if (data[start] === 0x7b) return 'json';
  if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls') {
    throw new HoshinError(
      'invalid_input',
      `${fileName} is not an Excel workbook (.xlsx): save it from Excel as "Excel Workbook" and import that`,
    );
  }
  if (ext === 'json') return 'json';
  // A CSV file is text: a NUL byte (or a control character other than tab and line ends) near the start means
  // a picture, a PDF, an old binary .xls or some other file that is no table at all.
  const head = data.subarray(0, 8192);
  if (head.some((b) => b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c))) {
    throw new HoshinError(
      'invalid_input',
      `${fileName} is not a plan JSON, Excel workbook (.xlsx) or CSV file, so it cannot be imported`,
    );
  }
  return 'csv';
}

/** Text of a CSV file: UTF-8 (with or without a byte-order mark), else Windows-1252 as Excel writes it. */
export function decodeText(data: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    text = new TextDecoder('windows-1252').decode(data);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A CSV (or semicolon- or tab-separated) file as one table, named after the file. */
export function readCsv(text: string, name: string): SourceTable {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  const delimiter = [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
  const rows: Cell[][] = dsvFormat(delimiter)
    .parseRows(text)
    .map((row) => row.map((v) => (v.trim() === '' ? null : v)));
  return { name, rows };
}

export interface Workbook {
  title: string | null;
  tables: SourceTable[];
}

export interface ReadWorkbookOptions {
  /**
   * Sheets whose rows are not needed (an import's ignored sheets: our export's Links and Gaps, half of its
   * cells): they come back as empty tables, unread. Default: read every sheet.
   */
  skipSheet?: (name: string) => boolean;
}

const unreadable = (fileName: string) =>
  new HoshinError(
    'invalid_input',
    `${fileName} could not be read as an Excel workbook: the file is damaged or is no workbook (open it in Excel and save it again)`,
  );

/**
 * The workbook's visible sheets, in tab order, each as rows of plain cells. Read with exceljs's streaming reader,
 * row by row, without building the whole workbook model (half the time and memory of a full load); a workbook
 * the streaming reader cannot read is tried once more with the full load before it is refused.
 */
export async function readWorkbook(
  data: Uint8Array,
  fileName: string,
  options: ReadWorkbookOptions = {},
): Promise<Workbook> {
  // The zip is checked whole first, every entry against its CRC: exceljs's streaming reader stalls (its promise
  // never settles) on some damaged deflate data instead of failing, and a damaged file must be refused in words.
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: true });
  } catch {
    throw unreadable(fileName);
  }
  let tables: SourceTable[];
  try {
    tables = await streamSheets(data, options.skipSheet ?? (() => false));
  } catch {
    return loadWorkbook(data, fileName);
  }
  return { title: await workbookTitle(zip), tables };
}

interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string;
  state?: string;
}

async function streamSheets(data: Uint8Array, skip: (name: string) => boolean): Promise<SourceTable[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(data)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell dates from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const read: SourceTable[] = [];
  for await (const sheet of reader as unknown as AsyncIterable<SheetReader>) {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') continue;
    const rows: Cell[][] = [];
    // A sheet not iterated is passed over unparsed.
    if (!skip(sheet.name)) {
      for await (const row of sheet) rows[row.number - 1] = (row.values as unknown[]).slice(1).map(cellValue);
      for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    }
    read.push({ name: sheet.name, rows });
  }
  // The reader gives sheets in the file's order; the tabs' order is the workbook's list.
  const order = ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map(
    (s) => s.name,
  );
  const at = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return read.sort((a, b) => at(a.name) - at(b.name));
}

/** The workbook's title property (File > Properties), from docProps/core.xml; null when it has none. */
async function workbookTitle(zip: JSZip): Promise<string | null> {
  try {
    const core = await zip.file('docProps/core.xml')?.async('string');
    const m = core ? /<dc:title>([^<]*)<\/dc:title>/.exec(core) : null;
    return m ? decodeXml(m[1]!).trim() || null : null;
  } catch {
    return null;
  }
}

const decodeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (all, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : all;
  });

/** The full load (exceljs's whole workbook model): the fallback for a workbook the streaming reader refuses. */
async function loadWorkbook(data: Uint8Array, fileName: string): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw unreadable(fileName);
  }
  const tables = book.worksheets
    .filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden')
    .map((sheet) => {
      const rows: Cell[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row, n) => {
        const values = row.values as unknown[];
        rows[n - 1] = values.slice(1).map(cellValue);
      });
      for (let i = 0; i < rows.length; i++) rows[i] ??= [];
      return { name: sheet.name, rows };
    });
  return { title: book.title || null, tables };
}

/** An exceljs cell value as a plain cell: rich text joined, a formula's cached result, a hyperlink's text. */
function cellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
    if ('result' in v) return cellValue(v.result);
    if ('text' in v) return cellValue(v.text);
    if ('error' in v) return null;
  }
  return String(value);
}
