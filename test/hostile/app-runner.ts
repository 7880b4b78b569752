// Run in a child process by app-paths.test.ts: reads one file through the same shared functions
// the app's import paths call (Word import, XLSX import, bundle opening, evidence extraction in
// the worker), and prints the outcome as JSON: { ok, message }.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { readBundle } from '../../shared/evidence/bundle';
import { mammothDocxToHtml } from '../../shared/evidence/docx-html';
import type { ExtractLibraries } from '../../shared/evidence/extract';
import { extractDocument } from '../../shared/evidence/extract';
import type { PdfjsLike } from '../../shared/evidence/pdf-text';
import { formatExchangeError } from '../../shared/exchange/errors';
import { readExchangeText } from '../../shared/exchange/read';
import { readWorkbookEdits } from '../../shared/export/xlsx/read-workbook';
import type { ExcelJsModule } from '../../shared/export/xlsx/render-workbook';
import { importDocx } from '../../shared/word/import/import-docx';

/** The worker's readers (extract.worker.ts), with pdf.js's and mammoth's ways for Node. */
const workerLibraries: ExtractLibraries = {
  pdfjs: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike,
  docxToHtml: async (bytes) =>
    mammothDocxToHtml((await import('mammoth')).default, (b) => ({
      buffer: Buffer.from(b),
    }))(bytes),
};

const sha256 = async (bytes: Uint8Array): Promise<string> =>
  createHash('sha256').update(bytes).digest('hex');

interface Outcome {
  readonly ok: boolean;
  readonly message: string;
}

async function run(path: string, file: string, recordFile?: string): Promise<Outcome> {
  const bytes = new Uint8Array(readFileSync(file));
  switch (path) {
    case 'word': {
      // src-renderer/features/word/word-io.ts readWordRecord
      let n = 0;
      const result = await importDocx(
        bytes,
        { XMLParser },
        { newId: () => `id-${++n}`, fallbackName: 'x' },
      );
      return result.ok
        ? { ok: true, message: '' }
        : { ok: false, message: result.errors[0]?.message ?? '' };
    }
    case 'evidence': {
      // src-renderer/services/evidence/extract.worker.ts
      const result = await extractDocument(basename(file), bytes, workerLibraries);
      return result.ok
        ? { ok: true, message: result.value.notice ?? '' }
        : { ok: false, message: result.errors[0]?.message ?? '' };
    }
    case 'xlsx': {
      // src-renderer/features/exports/import-workbook.ts workbookDifferences
      const read = readExchangeText(readFileSync(recordFile ?? '', 'utf8'));
      if (!read.ok) throw new Error('the record does not read');
      const excel = (await import('exceljs')).default as unknown as ExcelJsModule;
      const result = await readWorkbookEdits(bytes, read.value.record, excel);
      return result.ok
        ? { ok: true, message: '' }
        : { ok: false, message: result.errors.join('\n') };
    }
    case 'bundle': {
      // src-renderer/features/evidence/bundle-io.ts readBundleFile, then importBundle's files
      const result = await readBundle(bytes, sha256);
      if (!result.ok)
        return { ok: false, message: result.errors.map(formatExchangeError).join('\n') };
      const refused: string[] = [];
      for (const document of result.value.read.record.evidence?.documents ?? []) {
        const data = result.value.files.get(document.contentHash);
        if (!data) continue;
        const read = await extractDocument(document.name, data, workerLibraries);
        if (!read.ok) refused.push(read.errors[0]?.message ?? '');
      }
      return { ok: refused.length === 0, message: refused.join('\n') };
    }
    default:
      throw new Error(`unknown path ${path}`);
  }
}

const [path = '', file = '', record] = process.argv.slice(2);
process.stdout.write(`${JSON.stringify(await run(path, file, record))}\n`);
