import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { SAMPLE, hasTool, run, tempDir } from './support';
import { runFieldbook } from '../support/cli';
import type { CliRun } from '../support/cli';

const pdftotext = await hasTool('pdftotext');

const cli = (argv: string[]): Promise<CliRun> => runFieldbook(argv);

describe('fieldbook export of the surveillance reports', () => {
  it.skipIf(!pdftotext)(
    'writes the documentation and the report of surveillance 1, planned on --today',
    async () => {
      const dir = tempDir();
      const doc = join(dir, 'doc.pdf');
      const r1 = await cli([
        'export',
        SAMPLE,
        '--stage',
        'sv1',
        '--pdf',
        doc,
        '--report',
        'surveillance-documentation',
        '--today',
        '2016-01-11',
      ]);
      expect(r1).toMatchObject({ code: 0, err: '' });
      expect(r1.out).toMatch(/surveillance documentation of Surveillance 1 \(stage 2\), \d+ KB/);
      const docText = (await run('pdftotext', [doc, '-'])).stdout.replace(/\s+/g, ' ');
      expect(docText).toContain('Surveillance documentation for the client');
      expect(docText).toContain('This surveillance is due on 11 March 2016');

      const report = join(dir, 'report.pdf');
      const r2 = await cli([
        'export',
        SAMPLE,
        '--stage',
        '2',
        '--pdf',
        report,
        '--report',
        'surveillance-report',
      ]);
      expect(r2).toMatchObject({ code: 0, err: '' });
      expect(r2.out).toContain('surveillance report of Surveillance 1 (stage 2)');
      const reportText = (await run('pdftotext', ['-layout', report, '-'])).stdout;
      expect(reportText).toMatch(/4\.2\.3\s+P\s+P\s+F\s+Surveillance 1/);
    },
    60_000,
  );

  it('adds the surveillance sheets to the workbook of a surveillance stage', async () => {
    const dir = tempDir();
    const xlsx = join(dir, 'sv2.xlsx');
    const r = await cli([
      'export',
      SAMPLE,
      '--stage',
      'sv2',
      '--xlsx',
      xlsx,
      '--today',
      '2017-03-20',
    ]);
    expect(r).toMatchObject({ code: 0, err: '' });
    const book = XLSX.read(await readFile(xlsx));
    expect(book.SheetNames).toEqual(
      expect.arrayContaining(['Surveillance plan', 'Surveillance report']),
    );
  });

  it('refuses a surveillance report of a stage that is not a surveillance and writes nothing', async () => {
    const dir = tempDir();
    const xlsx = join(dir, 'a.xlsx');
    const pdf = join(dir, 'a.pdf');
    const r = await cli([
      'export',
      SAMPLE,
      '--stage',
      'initial',
      '--xlsx',
      xlsx,
      '--pdf',
      pdf,
      '--report',
      'surveillance-report',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Initial assessment (stage 1) is not one');
    expect(existsSync(xlsx)).toBe(false);
    expect(existsSync(pdf)).toBe(false);
  });

  it('refuses a --today that is not a date, and names the surveillance reports when the report is unknown', async () => {
    const dir = tempDir();
    const bad = await cli([
      'export',
      SAMPLE,
      '--pdf',
      join(dir, 'x.pdf'),
      '--report',
      'surveillance-report',
      '--today',
      '2016-13-01',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--today 2016-13-01');
    const unknown = await cli(['export', SAMPLE, '--pdf', join(dir, 'x.pdf'), '--report', 'sv']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('surveillance-documentation or surveillance-report');
  });
});
