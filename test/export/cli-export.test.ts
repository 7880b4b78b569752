import { copyFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readExchangeText } from '../../shared/exchange/read';
import { SAMPLE, sheetRows, tempDir } from './support';
import { runFieldbook } from '../support/cli';
import type { CliRun } from '../support/cli';

const cli = (argv: string[], options: { write?: boolean } = {}): Promise<CliRun> =>
  runFieldbook(argv, options);

/** A copy of the sample record in a fresh folder, and an export of its initial stage. */
async function setUp(): Promise<{ dir: string; json: string; xlsx: string }> {
  const dir = tempDir();
  const json = join(dir, 'record.json');
  copyFileSync(SAMPLE, json);
  const xlsx = join(dir, 'record.xlsx');
  const r = await cli(['export', json, '--stage', 'initial', '--xlsx', xlsx]);
  expect(r).toMatchObject({ code: 0, err: '' });
  return { dir, json, xlsx };
}

function edit(path: string, sheet: string, changes: Record<string, string>): void {
  const book = XLSX.read(readFileSync(path));
  const rows = sheetRows(book, sheet);
  for (const [key, value] of Object.entries(changes)) {
    const [element, column] = key.split('@') as [string, string];
    const row = rows.findIndex((r) => r[0] === element) + 1;
    XLSX.utils.sheet_add_aoa(book.Sheets[sheet]!, [[value]], { origin: `${column}${row}` });
  }
  XLSX.writeFile(book, path);
}

describe('fieldbook export', () => {
  it('writes the workbook and both reports', async () => {
    const dir = tempDir();
    const r1 = await cli([
      'export',
      SAMPLE,
      '--stage',
      '1',
      '--xlsx',
      join(dir, 'a.xlsx'),
      '--pdf',
      join(dir, 'a.pdf'),
    ]);
    expect(r1.code).toBe(0);
    expect(r1.out).toMatch(/wrote .*a\.xlsx: workbook of Initial assessment \(stage 1\), \d+ KB/);
    expect(r1.out).toMatch(/wrote .*a\.pdf: record report of Initial assessment \(stage 1\)/);
    const r2 = await cli(['export', SAMPLE, '--pdf', join(dir, 's.pdf'), '--report', 'summary']);
    expect(r2.out).toContain('summary report of Reassessment (cycle 2) (stage 4)');
    expect(readFileSync(join(dir, 'a.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(dir, 'a.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'a.xlsx', 's.pdf']);
  }, 60_000);

  it('refuses a wrong command line with one message and writes nothing', async () => {
    const dir = tempDir();
    const cases: [string[], RegExp][] = [
      [['export', SAMPLE], /name an output with --xlsx/],
      [
        ['export', SAMPLE, '--pdf', join(dir, 'x.pdf'), '--report', 'full'],
        /unknown report "full"; use record, summary, whole-record or assessment/,
      ],
      [['export', SAMPLE, '--xlsx', join(dir, 'x.xlsx'), '--report', 'summary'], /give --pdf/],
      [['export', SAMPLE, '--xlsx', SAMPLE], /refusing to overwrite the record/],
      [['export', SAMPLE, '--stage', '9', '--xlsx', join(dir, 'x.xlsx')], /no stage number 9/],
      [
        ['export', SAMPLE, '--profile', 'lenient', '--xlsx', join(dir, 'x.xlsx')],
        /unknown rule profile/,
      ],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.split('\n').filter((l) => l.startsWith('fieldbook:'))).toHaveLength(1);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to run without a file writer', async () => {
    const r = await cli(['export', SAMPLE, '--xlsx', join(tempDir(), 'x.xlsx')], { write: false });
    expect(r).toMatchObject({ code: 2 });
    expect(r.err).toContain('no file writer');
  });
});

describe('fieldbook import-xlsx', () => {
  it('prints the differences on --dry-run and writes nothing', async () => {
    const { dir, json, xlsx } = await setUp();
    edit(xlsx, '1 Customer Insight', {
      '1.1.3@H': 'f',
      '1.2.1@F': 'VO — seen on site, Zoë’s team ✓',
    });
    const before = statSync(json).mtimeMs;
    const r = await cli(['import-xlsx', xlsx, '--into', json, '--dry-run']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Initial assessment (stage 1): 2 changes to 2 elements');
    expect(r.out).toContain('1.1.3\n  DTR result: P → F\n');
    expect(r.out).toContain(
      '1.2.1\n  Visit day(s) evidence: "VO" → "VO — seen on site, Zoë’s team ✓"\n',
    );
    expect(r.out).toContain('dry run: nothing written');
    expect(statSync(json).mtimeMs).toBe(before);
    expect(readFileSync(json, 'utf8')).toBe(readFileSync(SAMPLE, 'utf8'));
    expect(readdirSync(dir).sort()).toEqual(['record.json', 'record.xlsx']);
  }, 60_000);

  it('writes the updated record back, atomically, and reads it again without differences', async () => {
    const { dir, json, xlsx } = await setUp();
    edit(xlsx, '4 Delivery', { '4.3.1@I': 'Full', '4.3.1@K': '' });
    const r = await cli(['import-xlsx', xlsx, '--into', json, '--stage', 'initial']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('4.3.1\n  Visit (final) result: P → F\n  Development point: "');
    expect(r.out).toMatch(/updated .*record\.json/);
    expect(readdirSync(dir).sort()).toEqual(['record.json', 'record.xlsx']);
    const read = readExchangeText(readFileSync(json, 'utf8'));
    if (!read.ok) throw new Error('the written record does not read');
    const entry = read.value.record.stages[0]!.entries.find((e) => e.element === '4.3.1')!;
    expect(entry).toMatchObject({ finalMark: 'F', developmentNote: '' });
    const again = await cli(['import-xlsx', xlsx, '--into', json]);
    expect(again.out).toContain('no differences');
  }, 60_000);

  it('refuses bad workbooks with one message, exit 1, nothing written', async () => {
    const { dir, json, xlsx } = await setUp();
    const original = readFileSync(json, 'utf8');
    edit(xlsx, '1 Customer Insight', { '1.1.1@I': 'Fully' });
    const bad = await cli(['import-xlsx', xlsx, '--into', json]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(
      /^fieldbook: .*record\.xlsx cannot be imported into .*record\.json: sheet "1 Customer Insight", cell I\d+ \(1\.1\.1, Visit \(final\) result\): "Fully" is not a mark/,
    );
    const other = join(dir, 'other.xlsx');
    XLSX.writeFile(XLSX.read('a,b\n1,2', { type: 'string' }), other);
    const foreign = await cli(['import-xlsx', other, '--into', json]);
    expect(foreign.code).toBe(1);
    expect(foreign.err).toContain(
      'this workbook was not exported by CSE Fieldbook: sheet _fieldbook missing',
    );
    const stage = await cli(['import-xlsx', xlsx, '--into', json, '--stage', 'sv1']);
    expect(stage.err).toContain('not the stage asked for: Surveillance 1');
    const missing = await cli(['import-xlsx', xlsx]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toContain('--into <file.json>');
    expect(readFileSync(json, 'utf8')).toBe(original);
    expect(readdirSync(dir).sort()).toEqual(['other.xlsx', 'record.json', 'record.xlsx']);
  }, 60_000);
});
