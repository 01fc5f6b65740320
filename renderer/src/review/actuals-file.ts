/**
 * A chosen or dropped actuals file -> the tables the previewActuals / importActuals operations take. Only the
 * reading happens here (a workbook's sheets with exceljs, loaded on first use; a CSV file with d3-dsv): every
 * rule about columns, months, values and codes is the service's, shared with `hoshin actual --from`.
 *
 * The renderer may not import core/, so this mirrors the importer's readers (core/import/read-tables.ts): the
 * format from the content ("PK\x03\x04" is a workbook), UTF-8 else Windows-1252 text, the delimiter the first line
 * uses most of `,` `;` tab, and a cell's value as exceljs gives it (rich text joined, a formula's result, a date as
 * its YYYY-MM-DD text). Keep the two in step.
 */
import { dsvFormat } from 'd3-dsv';
import type { OperationInput } from '../../../contract/api.ts';
import { t } from '../i18n/intl.ts';

export type ActualsFile = OperationInput<'previewActuals'>;
type TableCell = string | number | boolean | null;

/** Larger than any year of actuals: refused before it is read. */
const MAX_BYTES = 20 * 1024 * 1024;

export class ActualsFileError extends Error {}

export async function readActualsFile(file: File): Promise<ActualsFile> {
  if (file.size > MAX_BYTES) {
    throw new ActualsFileError(t('actuals.tooLarge', { file: file.name }));
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isWorkbook = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isWorkbook) return { source: file.name, tables: await workbookTables(bytes, file.name) };
  if (/\.(xlsx|xlsm|xls)$/i.test(file.name)) {
    throw new ActualsFileError(t('actuals.notXlsx', { file: file.name }));
  }
  const head = bytes.subarray(0, 8192);
  if (head.some((b) => b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c))) {
    throw new ActualsFileError(t('actuals.notCsv', { file: file.name }));
  }
  return { source: file.name, tables: [{ name: file.name, rows: csvRows(decodeText(bytes)) }] };
}

function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function csvRows(text: string): TableCell[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  const delimiter = [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
  return dsvFormat(delimiter)
    .parseRows(text)
    .map((row) => row.map((v) => (v.trim() === '' ? null : v)));
}

async function workbookTables(bytes: Uint8Array, name: string): Promise<ActualsFile['tables']> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ActualsFileError(t('actuals.damaged', { file: name }));
  }
  return book.worksheets
    .filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden')
    .map((sheet) => {
      const rows: TableCell[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row, n) => {
        // Array.from, not map: a row's cells never written are holes, which must travel as null.
        rows[n - 1] = Array.from((row.values as unknown[]).slice(1), cellOf);
      });
      for (let i = 0; i < rows.length; i++) rows[i] ??= [];
      return { name: sheet.name, rows };
    });
}

function cellOf(value: unknown): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
    if ('result' in v) return cellOf(v.result);
    if ('text' in v) return cellOf(v.text);
    if ('error' in v) return null;
  }
  return String(value);
}
