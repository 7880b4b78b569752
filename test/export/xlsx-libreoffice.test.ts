import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { buildWorkbookSpec } from '../../shared/export/xlsx/build-workbook';
import { diffStage } from '../../shared/export/xlsx/edits';
import { readWorkbookEdits } from '../../shared/export/xlsx/read-workbook';
import { renderWorkbook } from '../../shared/export/xlsx/render-workbook';
import { scoreStageBoth } from '../../shared/scoring/score-stage';
import type { AssessmentRecord } from '../../shared/types/record';
import { GENERATED_AT, INITIAL, excel, hasTool, run, sampleRecord, tempDir } from './support';

/**
 * LibreOffice as a third reader: it must open and print the workbook, and — told to recalculate
 * on load — its results for the Scoring formulas must equal our scoring after marks are edited.
 */

const HAS_SOFFICE = await hasTool('soffice');
const HAS_PDFTOTEXT = await hasTool('pdftotext');
if (!HAS_SOFFICE)
  console.warn('LibreOffice checks skipped: soffice is not installed (Debian: libreoffice-calc)');

/** A private LibreOffice profile that recalculates OOXML formulas on load. */
function profile(dir: string, recalc: boolean): string {
  const user = join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  const mode = recalc ? 0 : 1;
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
</oor:items>
`,
  );
  return pathToFileURL(join(dir, 'profile')).href;
}

async function soffice(dir: string, file: string, to: string, recalc = false): Promise<void> {
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile(dir, recalc)}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      dir,
      file,
    ],
    { timeout: 120_000 },
  );
}

let record: AssessmentRecord;
let bytes: Uint8Array;

beforeAll(async () => {
  record = sampleRecord();
  bytes = await renderWorkbook(
    buildWorkbookSpec(record, INITIAL, { generatedAt: GENERATED_AT }),
    await excel(),
  );
});

describe.skipIf(!HAS_SOFFICE)('the workbook in LibreOffice', () => {
  it.skipIf(!HAS_PDFTOTEXT)(
    'converts to PDF with every element and the cover',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'record.xlsx');
      writeFileSync(file, bytes);
      await soffice(dir, file, 'pdf');
      const text = (
        await run('pdftotext', ['-layout', join(dir, 'record.pdf'), '-'], { maxBuffer: 1 << 26 })
      ).stdout;
      for (const e of DEFAULT_CATALOGUE.elements) expect(text).toContain(e.id);
      for (const s of [
        'Customer Service Excellence — assessment record',
        'Commercial in Confidence',
        'Café Ŵyddfa',
        'Page 1 of',
      ]) {
        expect(text).toContain(s);
      }
    },
    180_000,
  );

  it('reads back a workbook saved by LibreOffice with no differences', async () => {
    const dir = tempDir();
    const out = join(dir, 'saved');
    mkdirSync(out);
    const file = join(dir, 'record.xlsx');
    writeFileSync(file, bytes);
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile(dir, false)}`,
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        out,
        file,
      ],
      { timeout: 120_000 },
    );
    const saved = new Uint8Array(readFileSync(join(out, 'record.xlsx')));
    expect(saved).not.toEqual(bytes);
    const result = await readWorkbookEdits(saved, record, await excel());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(diffStage(record, INITIAL, result.value)).toEqual([]);
  }, 180_000);

  it('recalculates the Scoring sheet from edited marks to what our scoring says', async () => {
    const ExcelJS = await excel();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet('1 Customer Insight')!;
    const rowOf = (id: string): number => {
      let found = 0;
      sheet.eachRow((row, n) => {
        if (row.getCell(1).value === id) found = n;
      });
      return found;
    };
    sheet.getCell(`I${rowOf('1.1.1')}`).value = 'NC';
    sheet.getCell(`I${rowOf('1.1.2')}`).value = 'p';
    const dir = tempDir();
    const file = join(dir, 'edited.xlsx');
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    await soffice(
      dir,
      file,
      'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1',
      true,
    );
    const csv = readFileSync(join(dir, 'edited-Scoring.csv'), 'utf8').split('\n');

    const edited: AssessmentRecord = {
      ...record,
      stages: record.stages.map((s, i) =>
        i !== 0
          ? s
          : {
              ...s,
              entries: s.entries.map((e) =>
                e.element === '1.1.1'
                  ? { ...e, finalMark: 'NC' }
                  : e.element === '1.1.2'
                    ? { ...e, finalMark: 'P' }
                    : e,
              ),
            },
      ),
    };
    const { final } = scoreStageBoth(edited.stages[0]!, DEFAULT_CATALOGUE);
    const words = { complies: 'Yes', fails: 'No', incomplete: 'Incomplete' } as const;
    for (const c of final.criteria) {
      const line = csv.find((l) => l.startsWith(`${c.criterion} ${c.name},`));
      expect(line?.split(',').slice(1, 9)).toEqual(
        [c.elements, c.maxPartial, c.minFullOrBetter, c.cp, c.f, c.p, c.nc, c.unscored].map(String),
      );
      expect(line?.split(',')[10]).toBe(words[c.status]);
    }
    expect(final.verdict).toBe('not-achieved');
    expect(csv.find((l) => l.startsWith('Verdict (recalculates'))).toMatch(/,Not achieved$/);
  }, 180_000);
});
