import { beforeAll, describe, expect, it } from 'vitest';
import { ExportError } from '../../shared/export/export-context';
import { buildSurveillanceDocumentation } from '../../shared/export/pdf/build-surveillance-documentation';
import { buildSurveillanceReport } from '../../shared/export/pdf/build-surveillance-report';
import { setCategoryDecision, withStage } from '../../shared/records/surveillance-edit';
import {
  pointsOpenAfter,
  trackDevelopmentPoints,
} from '../../shared/surveillance/development-points';
import type { IsoDate } from '../../shared/types/dates';
import type { AssessmentRecord, Stage } from '../../shared/types/record';
import { REQUESTED_DOCUMENT_NAMES, REQUESTED_DOCUMENTS } from '../../shared/types/surveillance';
import { GENERATED_AT, INITIAL, sampleRecord } from './support';
import type { Checked } from './surveillance-pdf-support';
import {
  AFTER_SV2,
  BEFORE_SV1,
  MISSING_TOOLS,
  SV1,
  SV2,
  check,
  escape,
  expectCellText,
  expectPageFurniture,
  squeeze,
  stageOf,
} from './surveillance-pdf-support';

let record: AssessmentRecord;

beforeAll(() => {
  record = sampleRecord();
});

describe.skipIf(MISSING_TOOLS.length > 0)(
  'the surveillance documentation for the client (PDF)',
  () => {
    let pdf: Checked;
    beforeAll(async () => {
      const definition = buildSurveillanceDocumentation(record, SV1, {
        generatedAt: GENERATED_AT,
        today: BEFORE_SV1,
      });
      pdf = await check('documentation-sv1', definition);
    }, 60_000);

    it('is a valid PDF with the page header and footer on every page', () => {
      expectPageFurniture(pdf, 'Surveillance documentation');
    });

    it('gives the reference, assessor, visit date, days and the category after the stage before', () => {
      for (const text of [
        'Surveillance documentation for the client',
        'Assessment reference number 14/5167',
        'Assessor Siân O’Connor',
        'Date of surveillance visit 10 March 2016',
        'Number of days required 1',
        "Surveillance category after Initial assessment High — the assessor's decision: Criterion 4 is at its maximum",
      ]) {
        expect(pdf.flat).toContain(text);
      }
    });

    it('tells the client what a surveillance is, when it is due and when they are contacted', () => {
      for (const text of [
        'one year after accreditation, and one year after the previous surveillance',
        'progress you have made on the development points',
        'what has changed since the last assessment',
        'contacts you about two months before a surveillance is due',
        'This surveillance is due on 11 March 2016',
        'contacted you about it on 8 January 2016',
      ]) {
        expect(pdf.flat).toContain(text);
      }
    });

    it('lists the six documents requested, each with its receipt', () => {
      expect(pdf.flat).toContain('Documents requested — receipt confirmed for 6 of 6');
      expect(pdf.flat).toContain('Assessor to confirm receipt');
      for (const document of REQUESTED_DOCUMENTS) {
        expect(pdf.flat).toContain(REQUESTED_DOCUMENT_NAMES[document]);
      }
      const receipts = stageOf(record, SV1).surveillance.documents;
      expect(receipts).toHaveLength(6);
      for (const d of receipts) {
        const day = Number(d.receivedOn!.slice(8));
        expect(pdf.flat).toMatch(new RegExp(`✓ Receipt confirmed ${day} (January|February) 2016`));
      }
    });

    it('lists every development point open after the initial assessment with the client’s response', () => {
      const points = pointsOpenAfter(record, trackDevelopmentPoints(record).points, 0);
      expect(points.map((p) => p.element)).toEqual([
        '1.3.4',
        '2.2.3',
        '4.2.3',
        '4.3.1',
        '4.3.5',
        '5.3.3',
      ]);
      expect(pdf.flat).toContain(`Development points for your response (${points.length})`);
      for (const point of points) {
        expect(pdf.layout.join('\n')).toMatch(new RegExp(`^\\s*${escape(point.element)}\\s`, 'm'));
        expectCellText(pdf, point.statement);
        expectCellText(pdf, point.note);
        const response = point.steps.find((s) => s.stageId === SV1)?.clientResponse ?? '';
        expect(response).not.toBe('');
        expectCellText(pdf, response);
      }
      expect(pdf.flat).toContain('most relate to partial compliances');
    });

    it('says on-site and why, lists the activities and the on-site plan table', () => {
      expect(pdf.flat).toContain(
        'On-site or off-site, and why On-site — Surveillance 1 is always on-site.',
      );
      for (const activity of [
        'Use of the certification mark',
        'Key service and customer care information available to customers',
        'Observe the service in action',
        'Talk to customers, staff and partners',
      ]) {
        expect(pdf.flat).toContain(activity);
      }
      const all = pdf.layout.join('\n');
      expect(all).toMatch(/Date \/ time\s+Key people to be seen\s+Key issues to be explored/);
      for (const row of stageOf(record, SV1).surveillance.onSitePlan) {
        expect(pdf.flat).toContain(squeeze(row.issues));
        expect(pdf.flat).toContain(row.time);
      }
    });
  },
);

describe.skipIf(MISSING_TOOLS.length > 0)('the documentation of an off-site surveillance 2', () => {
  it('says off-site because of the Low category, and which document is still awaited', async () => {
    const pdf = await check(
      'documentation-sv2',
      buildSurveillanceDocumentation(record, SV2, { generatedAt: GENERATED_AT, today: AFTER_SV2 }),
    );
    expectPageFurniture(pdf, 'Surveillance documentation');
    expect(pdf.flat).toContain('Off-site — Surveillance 2 is off-site: the category after');
    expect(pdf.flat).toContain('Surveillance category after Surveillance 1 Low');
    expect(pdf.flat).toContain('receipt confirmed for 5 of 6');
    expect(pdf.flat).toContain(
      '☐ Assessor to confirm receipt Chased on 6 February; promised after the Board meeting.',
    );
    expect(pdf.flat).toContain('Development points for your response (5)');
    expect(pdf.flat).toContain('Status after Surveillance 1: progressing');
    expect(pdf.flat).toContain('Plan of the off-site review (outline)');
  }, 60_000);

  it('labels the category as a suggestion while the assessor has not decided', async () => {
    const sv1 = setCategoryDecision(stageOf(record, SV1), null);
    const undecided = withStage(record, sv1);
    const pdf = await check(
      'documentation-suggested',
      buildSurveillanceDocumentation(undecided, SV2, {
        generatedAt: GENERATED_AT,
        today: AFTER_SV2,
      }),
    );
    expect(pdf.flat).toMatch(
      /Surveillance category after Surveillance 1 High — suggestion only \(Suggested by the default heuristic/,
    );
    expect(pdf.flat).toContain('Significant change recorded — Merger');
    expect(pdf.flat).toContain('Surveillance 2 is on-site');
  }, 60_000);
});

describe.skipIf(MISSING_TOOLS.length > 0)(
  'the documentation of a surveillance not yet prepared',
  () => {
    it('asks for every document, awaits every response and sends an outline plan', async () => {
      const sv2 = stageOf(record, SV2);
      const fresh: Stage = {
        ...sv2,
        visitDays: null,
        dates: { ...sv2.dates, visit: { kind: 'tbc' } },
        surveillance: {
          ...sv2.surveillance,
          contactedOn: null,
          documents: [],
          developmentPoints: [],
          onSitePlan: [],
          activities: [],
        },
      };
      const pdf = await check(
        'documentation-fresh',
        buildSurveillanceDocumentation(withStage(record, fresh), SV2, {
          generatedAt: GENERATED_AT,
          today: '2016-12-01' as IsoDate,
        }),
      );
      expectPageFurniture(pdf, 'Surveillance documentation');
      expect(pdf.flat).toContain('Date of surveillance visit TBC (due 10 March 2017)');
      expect(pdf.flat).toContain('Number of days required To be confirmed');
      expect(pdf.flat).toContain('will contact you about it around 10 January 2017');
      expect(pdf.flat).toContain('receipt confirmed for 0 of 6');
      expect(pdf.flat.split('☐ Assessor to confirm receipt')).toHaveLength(7);
      expect(pdf.flat.split('(awaiting your response)')).toHaveLength(6);
      expect(pdf.flat).toContain('Plan of the off-site review (outline)');
      expect(pdf.flat).toContain('Outline plan drawn from the open development points');
      expect(pdf.flat).toContain('To be agreed');
    }, 60_000);
  },
);

describe('the surveillance exports refuse what they cannot report on', () => {
  it('refuses a stage that is not a surveillance, and a day that is not a date', () => {
    const options = { generatedAt: GENERATED_AT, today: BEFORE_SV1 };
    expect(() => buildSurveillanceReport(record, INITIAL, options)).toThrow(ExportError);
    expect(() => buildSurveillanceDocumentation(record, INITIAL, options)).toThrow(
      /made for a surveillance stage; Initial assessment \(stage 1\) is not one/,
    );
    expect(() =>
      buildSurveillanceDocumentation(record, SV1, {
        generatedAt: GENERATED_AT,
        today: '2016-02-30' as IsoDate,
      }),
    ).toThrow(/today "2016-02-30" is not a date/);
    expect(() => buildSurveillanceReport(record, 'stage-nope', options)).toThrow(
      /the record has no stage "stage-nope"/,
    );
  });
});
