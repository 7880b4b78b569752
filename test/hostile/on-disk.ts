// Writes every hostile file of the suite into a temporary folder, with the sample record and a
// workbook exported from it, for the child processes to read.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkbookSpec } from '../../shared/export/xlsx/build-workbook';
import type { ExcelJsModule } from '../../shared/export/xlsx/render-workbook';
import { renderWorkbook } from '../../shared/export/xlsx/render-workbook';
import { readExchangeText } from '../../shared/exchange/read';
import { afterAll, beforeAll, expect } from 'vitest';
import * as make from './hostile-files';
import type { Measured } from './measure';
import { MAX_CPU_SECONDS, MAX_RSS_MIB } from './measure';

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
  put('docx-40mb-xml.docx', make.docx40MbXml());
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

/**
 * The hooks of a hostile-file suite: the files written before it, removed after it, and each
 * case's peak memory and CPU printed at the end. `bounded` asserts a child stayed within the
 * issue's bounds and that nothing in the folder was written or changed.
 */
export function hostileSuite(title: string): {
  readonly folder: () => HostileFolder;
  readonly bounded: (what: string, run: Measured, before: Map<string, string>) => void;
} {
  let folder: HostileFolder | null = null;
  const measured: string[] = [];
  beforeAll(async () => {
    folder = await writeHostileFiles();
  }, 120_000);
  afterAll(() => {
    console.log(`hostile files, ${title}: peak MiB / CPU s\n${measured.join('\n')}`);
    if (folder) rmSync(folder.dir, { recursive: true, force: true });
  });
  const current = (): HostileFolder => {
    if (!folder) throw new Error('the hostile files were not written');
    return folder;
  };
  return {
    folder: current,
    bounded: (what, run, before) => {
      const mib = run.maxRssMiB.toFixed(0).padStart(5);
      measured.push(`${mib} ${run.cpuSeconds.toFixed(1).padStart(5)}  ${what}`);
      expect(run.maxRssMiB).toBeLessThan(MAX_RSS_MIB);
      expect(run.cpuSeconds).toBeLessThan(MAX_CPU_SECONDS);
      expect(current().snapshot()).toEqual(before);
    },
  };
}
