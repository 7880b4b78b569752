import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll } from 'vitest';
import * as XLSX from 'xlsx';
import { readExchangeText } from '../../shared/exchange/read';
import type { PdfMakeLike } from '../../shared/export/pdf/render-pdf';
import type { ExcelJsModule } from '../../shared/export/xlsx/render-workbook';
import type { AssessmentRecord } from '../../shared/types/record';
import { loadExcelJs } from '../../src-cli/exceljs';

/** Test support for the export suites: the fixture, the libraries, the command-line tools. */

export const SAMPLE = new URL('../fixtures/sample-record.json', import.meta.url).pathname;
export const GENERATED_AT = '2025-05-01T09:30:00Z';
export const INITIAL = 'stage-ia-2015';

export const run = promisify(execFile);

export function sampleRecord(): AssessmentRecord {
  const read = readExchangeText(readFileSync(SAMPLE, 'utf8'));
  if (!read.ok)
    throw new Error(`fixture does not read: ${JSON.stringify(read.errors.slice(0, 3))}`);
  return read.value.record;
}

export async function excel(): Promise<ExcelJsModule> {
  return loadExcelJs();
}

export async function pdfmake(): Promise<PdfMakeLike> {
  return (await import('pdfmake')).default;
}

const made: string[] = [];

/** A fresh folder under the system temp folder, removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-export-'));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Whether a command-line tool is on PATH (soffice, qpdf, pdftotext …). */
export async function hasTool(name: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${name}`]);
    return true;
  } catch {
    return false;
  }
}

/** A sheet as rows of cell texts (SheetJS, the independent reader). */
export function sheetRows(book: XLSX.WorkBook, name: string): string[][] {
  const sheet = book.Sheets[name];
  if (!sheet) throw new Error(`no sheet ${name}; sheets: ${book.SheetNames.join(', ')}`);
  return XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
}

/** SheetJS's zip reader; Node's CommonJS interop hides it from the namespace, `default` has it. */
function cfb(): typeof XLSX.CFB {
  const named = (XLSX as { CFB?: typeof XLSX.CFB }).CFB;
  return named ?? (XLSX as unknown as { default: typeof XLSX }).default.CFB;
}

/** The text of one file inside the XLSX zip (sheet XML, workbook.xml …). */
export function zipEntry(bytes: Uint8Array, path: string): string {
  const container = cfb().read(Buffer.from(bytes), { type: 'buffer' });
  const entry = cfb().find(container, `/${path}`);
  if (!entry?.content) throw new Error(`no ${path} in the workbook`);
  return Buffer.from(entry.content as Uint8Array).toString('utf8');
}

/** The sheet XML path of a sheet name, through workbook.xml and its relationships. */
export function sheetXml(bytes: Uint8Array, name: string): string {
  const workbook = zipEntry(bytes, 'xl/workbook.xml');
  const escaped = name.replace(/&/g, '&amp;').replace(/'/g, '&apos;');
  const match = new RegExp(
    `<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="(rId\\d+)"`,
  ).exec(workbook);
  if (!match) throw new Error(`sheet ${name} not in workbook.xml`);
  const rels = zipEntry(bytes, 'xl/_rels/workbook.xml.rels');
  const target =
    new RegExp(`Id="${match[1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${match[1]}"`).exec(rels)?.[1];
  if (!target) throw new Error(`no relationship ${match[1]}`);
  return zipEntry(bytes, `xl/${target.replace(/^\/?xl\//, '')}`);
}
