import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { importOk } from './support/import';
import { exchangeOf, exportDocx, sampleRecord } from './support/records';

/**
 * LibreOffice as an independent reader: it must convert the exported record to PDF without
 * error, and a copy it saves again as .docx (its own XML) must import to the same record.
 */

const run = promisify(execFile);

async function has(tool: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${tool}`]);
    return true;
  } catch {
    return false;
  }
}

const HAS_SOFFICE = await has('soffice');
const HAS_PDFTOTEXT = await has('pdftotext');
if (!HAS_SOFFICE)
  console.warn('LibreOffice checks skipped: soffice is not installed (Debian: libreoffice-writer)');
if (HAS_SOFFICE && !HAS_PDFTOTEXT)
  console.warn('PDF text check skipped: pdftotext is not installed (poppler-utils)');

async function soffice(dir: string, file: string, to: string, outdir: string): Promise<void> {
  const profile = pathToFileURL(join(dir, 'profile')).href;
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      outdir,
      file,
    ],
    {
      timeout: 150_000,
    },
  );
}

let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-word-'));
  file = join(dir, 'record.docx');
  writeFileSync(file, await exportDocx(sampleRecord()));
});

describe.skipIf(!HAS_SOFFICE)('the exported record in LibreOffice', () => {
  it('converts to PDF with every element, the marking and page numbers', async () => {
    await soffice(dir, file, 'pdf', dir);
    const pdf = readFileSync(join(dir, 'record.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (!HAS_PDFTOTEXT) return;
    const text = (
      await run('pdftotext', ['-layout', join(dir, 'record.pdf'), '-'], { maxBuffer: 1 << 26 })
    ).stdout;
    for (const e of DEFAULT_CATALOGUE.elements) expect(text).toContain(e.id);
    for (const s of [
      'Commercial in Confidence',
      'Page 1 of',
      'Section 1 — Assessment analysis: Initial assessment',
      'Section 2 — Surveillance documentation: Surveillance 1',
      'Section 3 — Surveillance report: Surveillance 2',
      'Key of marks',
      'Compliance Plus justification',
    ]) {
      expect(text).toContain(s);
    }
  }, 180_000);

  it('reads back the same record from a copy LibreOffice saved as .docx', async () => {
    const out = join(dir, 'saved');
    mkdirSync(out);
    await soffice(dir, file, 'docx:MS Word 2007 XML', out);
    const saved = new Uint8Array(readFileSync(join(out, 'record.docx')));
    const imported = await importOk(saved);
    expect(imported.preview.warnings).toEqual([]);
    expect(exchangeOf(imported.record)).toEqual(exchangeOf(sampleRecord()));
  }, 180_000);
});
