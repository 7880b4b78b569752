// The command line's whole-record PDF and the certifying body's details (issue 14).
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { SAMPLE, hasTool, run, sheetRows, tempDir } from './support';
import { runFieldbook } from '../support/cli';
import type { CliRun } from '../support/cli';

const cli = (argv: string[], env: Record<string, string> = {}): Promise<CliRun> =>
  runFieldbook(argv, { env });

const BODY = {
  name: 'Centre for Assessment Ltd',
  address: 'Churchgate House, 56 Oxford Street,\nManchester, M1 6EU',
  telephone: '0161 237 4080',
  website: 'www.centreforassessment.co.uk',
};
const FOOTER = [
  'Centre for Assessment Ltd, Churchgate House, 56 Oxford Street, Manchester, M1 6EU',
  'Tel: 0161 237 4080 www.centreforassessment.co.uk',
];

describe('fieldbook export --report whole-record', () => {
  it('writes every stage of the record in one PDF', async () => {
    const dir = tempDir();
    const pdf = join(dir, 'whole.pdf');
    const r = await cli([
      'export',
      SAMPLE,
      '--pdf',
      pdf,
      '--report',
      'whole-record',
      '--today',
      '2018-02-01',
    ]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^wrote .*whole\.pdf: whole record of 4 stages, \d+ KB\n$/);
    if (!(await hasTool('pdftotext'))) return;
    const text = (await run('pdftotext', [pdf, '-'])).stdout;
    for (const heading of [
      'Section 1 — Assessment analysis: Initial assessment · Criterion 1',
      'Section 2 — Surveillance documentation: Surveillance 1',
      'Section 3 — Surveillance report: Surveillance 1',
      'Section 2 — Surveillance documentation: Surveillance 2',
      'Section 3 — Surveillance report: Surveillance 2',
      'Section 1 — Assessment analysis: Reassessment (cycle 2) · Criterion 5',
    ]) {
      expect(text).toContain(heading);
    }
    // The old report names keep working.
    const record = join(dir, 'record.pdf');
    expect(await cli(['export', SAMPLE, '--stage', '2', '--pdf', record])).toMatchObject({
      code: 0,
    });
  }, 60_000);
});

describe('the certifying body on the command line', () => {
  it('prints the details from --certifying-body at the foot of every page and on the cover', async () => {
    const dir = tempDir();
    const body = join(dir, 'body.json');
    await writeFile(body, JSON.stringify(BODY));
    const pdf = join(dir, 'summary.pdf');
    const xlsx = join(dir, 'book.xlsx');
    const r = await cli([
      'export',
      SAMPLE,
      '--stage',
      '1',
      '--pdf',
      pdf,
      '--report',
      'summary',
      '--xlsx',
      xlsx,
      '--certifying-body',
      body,
    ]);
    expect(r).toMatchObject({ code: 0, err: '' });
    const cover = sheetRows(XLSX.read(await readFile(xlsx)), 'Cover');
    expect(cover.find((row) => row[0] === 'Certifying body')?.[1]).toBe(FOOTER.join('\n'));
    if (!(await hasTool('pdftotext'))) return;
    const pages = (await run('pdftotext', ['-layout', pdf, '-'])).stdout
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) for (const line of FOOTER) expect(page).toContain(line);
  }, 60_000);

  it('reads the file FIELDBOOK_CERTIFYING_BODY names when no option does, for the DOCX too', async () => {
    const dir = tempDir();
    const body = join(dir, 'body.json');
    await writeFile(body, JSON.stringify(BODY));
    const out = join(dir, 'record.docx');
    const r = await cli(['export', SAMPLE, '--docx', out], { FIELDBOOK_CERTIFYING_BODY: body });
    expect(r).toMatchObject({ code: 0, err: '' });
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await readFile(out));
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) {
      const xml = await zip.file(f)!.async('string');
      for (const line of FOOTER) expect(xml).toContain(line);
    }
  });

  it('stops with one message for a file that is missing, not JSON or not the details', async () => {
    const dir = tempDir();
    const pdf = join(dir, 'never.pdf');
    const missing = await cli([
      'export',
      SAMPLE,
      '--pdf',
      pdf,
      '--certifying-body',
      join(dir, 'no.json'),
    ]);
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toMatch(/^fieldbook: cannot read .*no\.json: no such file/);
    const notJson = join(dir, 'bad.json');
    await writeFile(notJson, 'Centre for Assessment');
    const bad = await cli(['export', SAMPLE, '--pdf', pdf], { FIELDBOOK_CERTIFYING_BODY: notJson });
    expect(bad).toMatchObject({ code: 1, out: '' });
    expect(bad.err).toContain('(named by FIELDBOOK_CERTIFYING_BODY) is not JSON');
    const wrong = join(dir, 'wrong.json');
    await writeFile(wrong, JSON.stringify({ name: 'X', phone: '1' }));
    const refused = await cli(['export', SAMPLE, '--pdf', pdf, '--certifying-body', wrong]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('unknown field "phone"');
    await expect(stat(pdf)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
