import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_TEMPLATE } from '../../shared/report/default-template';
import { SAMPLE, hasTool, run, tempDir } from '../export/support';
import { OWN_TEMPLATE } from './support';
import { runFieldbook } from '../support/cli';
import type { CliRun } from '../support/cli';

/** `fieldbook export <file.json> --report assessment --pdf … --docx … [--template …]`. */

const cli = (argv: string[]): Promise<CliRun> => runFieldbook(argv);

const HAS_PDFTOTEXT = await hasTool('pdftotext');

describe('fieldbook export --report assessment', () => {
  it('writes the PDF and the Word document of a stage', async () => {
    const dir = tempDir();
    const pdf = join(dir, 'report.pdf');
    const docx = join(dir, 'report.docx');
    const r = await cli([
      'export',
      SAMPLE,
      '--report',
      'assessment',
      '--stage',
      'initial',
      '--pdf',
      pdf,
      '--docx',
      docx,
    ]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(
      /^wrote .*report\.pdf: assessment report of Initial assessment \(stage 1\), \d+ KB\nwrote .*report\.docx: assessment report of Initial assessment \(stage 1\), \d+ KB\n$/,
    );
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it.skipIf(!HAS_PDFTOTEXT)(
    'uses the certifying body’s template file',
    async () => {
      const dir = tempDir();
      const template = join(dir, 'harbour.txt');
      writeFileSync(template, OWN_TEMPLATE);
      const pdf = join(dir, 'report.pdf');
      const r = await cli([
        'export',
        SAMPLE,
        '--report',
        'assessment',
        '--stage',
        '1',
        '--template',
        template,
        '--pdf',
        pdf,
      ]);
      expect(r).toMatchObject({ code: 0, err: '' });
      const { stdout } = await run('pdftotext', [pdf, '-']);
      expect(stdout).toContain('A. Our recommendation');
      expect(stdout).toContain('Harbour Certification Ltd · Confidential');
    },
    60_000,
  );

  it('prints the certifying body’s details at the foot of every page of the PDF and the Word document', async () => {
    const dir = tempDir();
    const body = join(dir, 'body.json');
    // The details as the real record's footer prints them (test/fixtures/reference).
    writeFileSync(
      body,
      JSON.stringify({
        name: 'Centre for Assessment Ltd',
        address: 'Churchgate House, 56 Oxford Street,\nManchester, M1 6EU',
        telephone: '0161 237 4080',
        website: 'www.centreforassessment.co.uk',
      }),
    );
    const footer = readFileSync(
      join(import.meta.dirname, '../fixtures/reference/bolton-2015-footer.txt'),
      'utf8',
    )
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => l.replace(',,', ','));
    expect(footer).toHaveLength(2);
    const pdf = join(dir, 'report.pdf');
    const docx = join(dir, 'report.docx');
    const r = await cli([
      'export',
      SAMPLE,
      '--report',
      'assessment',
      '--pdf',
      pdf,
      '--docx',
      docx,
      '--certifying-body',
      body,
    ]);
    expect(r).toMatchObject({ code: 0, err: '' });
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) {
      const xml = await zip.file(f)!.async('string');
      for (const line of footer) expect(xml).toContain(line);
    }
    if (!HAS_PDFTOTEXT) return;
    const pages = (await run('pdftotext', ['-layout', pdf, '-'])).stdout
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      for (const line of footer) expect(page).toContain(line);
      // The template's footer words stay beside them.
      expect(page).toContain('Commercial in Confidence');
    }
    // The key information names the body of the settings, not the template's default name.
    expect(pages[0]).toMatch(/Certifying body\s+Centre for Assessment Ltd/);
  }, 60_000);

  it('refuses a template with an unknown placeholder or a missing section, naming the line, and writes nothing', async () => {
    const dir = tempDir();
    const template = join(dir, 'bad.txt');
    writeFileSync(
      template,
      DEFAULT_REPORT_TEMPLATE.replace('{{visit-days}}', '{{days-on-site}}').replace(
        '## scores | 8 Scores',
        '## text | 8 Scores',
      ),
    );
    const pdf = join(dir, 'report.pdf');
    const r = await cli([
      'export',
      SAMPLE,
      '--report',
      'assessment',
      '--template',
      template,
      '--pdf',
      pdf,
    ]);
    expect(r.code).toBe(1);
    const line =
      DEFAULT_REPORT_TEMPLATE.split('\n').findIndex((l) => l.includes('{{visit-days}}')) + 1;
    expect(r.err).toContain(`Line ${line}: unknown placeholder {{days-on-site}}`);
    expect(r.err).toMatch(/Line \d+: the section "scores" is missing/);
    expect(existsSync(pdf)).toBe(false);
  }, 60_000);

  it('refuses a binary file given as a template, and wrong command lines', async () => {
    const dir = tempDir();
    const template = join(dir, 'image.png');
    writeFileSync(
      template,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]),
    );
    const pdf = join(dir, 'report.pdf');
    const binary = await cli([
      'export',
      SAMPLE,
      '--report',
      'assessment',
      '--template',
      template,
      '--pdf',
      pdf,
    ]);
    expect(binary).toMatchObject({ code: 1 });
    expect(binary.err).toContain('is not a report template: it is not UTF-8 text');
    expect(await cli(['export', SAMPLE, '--report', 'assessment'])).toMatchObject({ code: 2 });
    expect(
      await cli(['export', SAMPLE, '--report', 'assessment', '--xlsx', join(dir, 'a.xlsx')]),
    ).toMatchObject({ code: 2 });
    const misplaced = await cli(['export', SAMPLE, '--pdf', pdf, '--template', template]);
    expect(misplaced).toMatchObject({
      code: 2,
      err: expect.stringContaining('--template is for --report assessment'),
    });
    expect(existsSync(pdf)).toBe(false);
  }, 60_000);
});
