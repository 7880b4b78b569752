// Writes every hostile file of the suite into a temporary folder, with the sample record and a
// workbook exported from it, for the child processes to read.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkbookSpec } from '../../shared/export/xlsx/build-workbook';
import type { ExcelJsModule } from '../../shared/export/xlsx/render-workbook';
import { renderWorkbook } from '../../shared/export/xlsx/render-workbook';
import { readExchangeText } from '../../shared/exchange/read';
import * as make from './hostile-files';

export interface HostileFolder {
  readonly dir: string;
  /** The sample record (exchange JSON) the workbooks belong to. */
  readonly record: string;
  readonly path: (name: string) => string;
  /** Every file in the folder with its bytes, to prove nothing was written or changed. */
  readonly snapshot: () => Map<string, string>;
}

const SAMPLE = new URL('../fixtures/sample-record.json', import.meta.url);

export async function writeHostileFiles(): Promise<HostileFolder> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-hostile-'));
  const path = (name: string): string => join(dir, name);
  const put = (name: string, bytes: Uint8Array | string): void => writeFileSync(path(name), bytes);
  const recordText = readFileSync(SAMPLE, 'utf8');
  put('record.json', recordText);
  const read = readExchangeText(recordText);
  if (!read.ok) throw new Error('the sample record does not read');
  const excel = (await import('exceljs')).default as unknown as ExcelJsModule;
  const stage = read.value.record.stages[0]!.id;
  const exported = await renderWorkbook(
    buildWorkbookSpec(read.value.record, stage, { generatedAt: '2025-05-01T09:30:00Z' }),
    excel,
  );
  const record = make.recordText();
  put('docx-190mb-xml.docx', make.docx190MbXml());
  put('lying-600mb.docx', make.docxLyingForMammoth());
  put('element-bomb.docx', make.docxElementBomb());
  put('doctype-after-comment.docx', make.docxDoctypeAfterComment());
  put('deep-nesting.docx', make.docxDeepNesting());
  put('entries-400k.docx', make.entries400k('docx'));
  put('entries-400k.zip', make.entries400k('bundle'));
  put('truncated-directory.docx', make.docxTruncatedDirectory());
  put('far-row.xlsx', await make.workbookWith(exported, make.farRow));
  put('shared-strings.xlsx', await make.workbookWith(exported, (x) => x, make.hugeSharedStrings));
  put('lying-entry.zip', make.bundleLyingEntry());
  put('lying-document.zip', await make.bundleLyingDocument());
  put('path-traversal.zip', make.bundlePathTraversal(record));
  put('overlapping.zip', make.bundleOverlapping(record));
  put('encrypted.zip', make.bundleEncrypted(record));
  put('many-pages.pdf', make.pdfManyPages());
  put('stream-bomb.pdf', make.pdfStreamBomb());
  const snapshot = (): Map<string, string> =>
    new Map(
      readdirSync(dir).map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(path(name)))
          .digest('hex'),
      ]),
    );
  return { dir, record: path('record.json'), path, snapshot };
}
