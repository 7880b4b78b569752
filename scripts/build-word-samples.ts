/**
 * Writes docs/samples/sample-record.docx — test/fixtures/sample-record.json in the certifying
 * body's Word layout (every stage) — and docs/samples/sample-record-docx-p1.png, page 1 as
 * LibreOffice prints it. Run `npx tsx scripts/build-word-samples.ts`. The PNG needs `soffice`
 * (LibreOffice) and `pdftoppm` (poppler-utils); without them only the .docx is written.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { readExchangeText } from '../shared/exchange/read';
import { buildWordRecord } from '../shared/word/export/build-document';
import { renderWordDocument } from '../shared/word/export/render-docx';
import { generatorText } from '../shared/app-identity';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'docs', 'samples');
const OPTIONS = { generatedAt: '2025-05-01T09:30:00Z', generator: generatorText('sample') };

async function available(tool: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${tool}`]);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const read = readExchangeText(
    readFileSync(join(ROOT, 'test/fixtures/sample-record.json'), 'utf8'),
  );
  if (!read.ok) throw new Error('test/fixtures/sample-record.json does not read');
  mkdirSync(OUT, { recursive: true });
  const docxFile = join(OUT, 'sample-record.docx');
  const bytes = await renderWordDocument(
    buildWordRecord(read.value.record, OPTIONS),
    await import('docx'),
  );
  writeFileSync(docxFile, bytes);
  console.log(`wrote ${docxFile} (${Math.round(bytes.length / 1024)} KB)`);
  if (!(await available('soffice')) || !(await available('pdftoppm'))) {
    console.log('no PNG: soffice (LibreOffice) or pdftoppm (poppler-utils) is not installed');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-word-sample-'));
  try {
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docxFile,
      ],
      {
        timeout: 180_000,
      },
    );
    const pdf = join(dir, 'sample-record.pdf');
    const info = await run('pdfinfo', [pdf]).catch(() => ({ stdout: '' }));
    const pages = /Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? '?';
    await run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      join(dir, 'p1'),
    ]);
    renameSync(join(dir, 'p1.png'), join(OUT, 'sample-record-docx-p1.png'));
    console.log(
      `wrote ${join(OUT, 'sample-record-docx-p1.png')} (page 1 of ${pages}, as LibreOffice prints it)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
