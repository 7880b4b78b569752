import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { buildSurveillanceReport } from '../../shared/export/pdf/build-surveillance-report';
import { withStage } from '../../shared/records/surveillance-edit';
import { STRICT_80 } from '../../shared/scoring/profiles';
import { scoreStage } from '../../shared/scoring/score-stage';
import type { AssessmentRecord, Stage } from '../../shared/types/record';
import { GENERATED_AT, sampleRecord } from './support';
import type { Checked } from './surveillance-pdf-support';
import {
  AFTER_SV2,
  MISSING_TOOLS,
  SV1,
  check,
  expectCellText,
  expectPageFurniture,
  squeeze,
  stageOf,
} from './surveillance-pdf-support';

let record: AssessmentRecord;

beforeAll(() => {
  record = sampleRecord();
});

describe.skipIf(MISSING_TOOLS.length > 0)('the surveillance report (PDF)', () => {
  let pdf: Checked;
  beforeAll(async () => {
    const definition = buildSurveillanceReport(record, SV1, {
      generatedAt: GENERATED_AT,
      today: AFTER_SV2,
    });
    pdf = await check('report-sv1', definition);
  }, 60_000);

  it('is a valid PDF with the page header and footer on every page', () => {
    expectPageFurniture(pdf, 'Surveillance report');
  });

  it('gives what has changed under each of the five criteria', () => {
    expect(pdf.flat).toContain(
      '1. What has changed since the first assessment (Initial assessment)',
    );
    for (const note of stageOf(record, SV1).surveillance.whatHasChanged) {
      const criterion = DEFAULT_CATALOGUE.criteria.find((c) => c.number === note.criterion)!;
      expect(pdf.flat).toContain(`${criterion.number} ${squeeze(criterion.name)}`);
      expect(pdf.flat).toContain(squeeze(note.text));
    }
    expect(stageOf(record, SV1).surveillance.whatHasChanged).toHaveLength(5);
  });

  it('gives the progress on every development point, stage by stage', () => {
    expect(pdf.flat).toContain('2. Progress against the development points');
    for (const progress of stageOf(record, SV1).surveillance.developmentPoints) {
      const element = progress.point.split('@')[0]!;
      expect(pdf.flat).toContain(`${element} `);
      expectCellText(pdf, progress.clientResponse);
      if (progress.assessorUpdate !== '') expectCellText(pdf, progress.assessorUpdate);
    }
    expect(pdf.flat).toContain(
      'Raised at Initial assessment as Partial Compliance (P); now cleared.',
    );
    expect(pdf.flat).toContain(
      'Raised at Initial assessment as Partial Compliance (P); now progressing.',
    );
  });

  it('lists the element scores changed since the first assessment: 4.2.3 P → F at Surveillance 1', () => {
    const all = pdf.layout.join('\n');
    expect(all).toContain('3. Element scores changed since the first assessment');
    // From P, DTR P (where the surveillance started), final F.
    expect(all).toMatch(/4\.2\.3\s+P\s+P\s+F\s+Surveillance 1/);
  });

  it('prints the scoring table with the numbers of the scoring core, and the rules', () => {
    const all = pdf.layout.join('\n');
    const score = scoreStage(stageOf(record, SV1), DEFAULT_CATALOGUE, 'final');
    for (const c of score.criteria) {
      const numbers = [c.elements, c.maxPartial, c.p, c.cp, c.nc].join('\\s+');
      expect(all).toMatch(new RegExp(`${c.criterion} ${c.name}\\s+${numbers}\\s+Yes`));
    }
    expect(score.criteria.map((c) => c.maxPartial)).toEqual([2, 2, 2, 3, 2]);
    for (const text of [
      'No non-compliance is allowed.',
      "Full compliance or Compliance Plus in at least 80% of each criterion's elements.",
      'At most the listed number of partial compliances per criterion (rule profile: Certifying-body table).',
      '"Certifying-body table": 2, 2, 2, 3, 2 (for criteria of 11, 11, 12, 13, 10 elements).',
      'Criterion 4 (13 elements): "Certifying-body table" allows 3 partial compliances, "Strict 80%" allows 2',
      'Both rule profiles give the same verdict for these marks: Achieved.',
    ]) {
      expect(pdf.flat).toContain(text);
    }
    expect(pdf.flat).toMatch(/Verdict under "Certifying-body table" Achieved/);
  });

  it('says so when the two profiles disagree, and prints the strict maxima under that profile', async () => {
    const sv1 = stageOf(record, SV1);
    const threeP: Stage = {
      ...sv1,
      entries: sv1.entries.map((e) => (e.element === '4.2.3' ? { ...e, finalMark: 'P' } : e)),
    };
    const disagreeing = withStage(record, threeP);
    const table = await check(
      'report-disagree',
      buildSurveillanceReport(disagreeing, SV1, { generatedAt: GENERATED_AT, today: AFTER_SV2 }),
    );
    expect(table.flat).toContain('Profile note — under "Strict 80%": Not achieved.');
    expect(table.flat).toContain('The rule profiles disagree');
    expect(table.flat).toContain('No element score has changed since Initial assessment.');
    const strict = await check(
      'report-strict',
      buildSurveillanceReport(record, SV1, {
        generatedAt: GENERATED_AT,
        today: AFTER_SV2,
        profile: STRICT_80,
      }),
    );
    expect(strict.flat).toContain('"Strict 80%": 2, 2, 2, 2, 2');
    expect(strict.layout.join('\n')).toMatch(/4 Delivery\s+13\s+2\s+2\s+0\s+0\s+Yes/);
  }, 60_000);
});
