import { describe, expect, it } from 'vitest';
import { buildReportSpec } from '../../shared/report/build-report';
import { reportGaps } from '../../shared/report/check';
import { countWords } from '../../shared/report/check';
import { placeholderValues } from '../../shared/report/placeholder-values';
import { reportModel } from '../../shared/report/report-model';
import { findingsFromVisitEvidence } from '../../shared/report/report-points';
import { defaultReportTemplate } from '../../shared/report/templates';
import { stageDevelopmentPoints } from '../../shared/records/record-facts';
import { CERTIFYING_BODY_TABLE } from '../../shared/scoring/profiles';
import type { CriterionNumber, ElementId } from '../../shared/types/ids';
import type { AssessmentRecord } from '../../shared/types/record';
import { sampleRecord } from '../export/support';
import { boltonRecord, withEntry, withStage } from './support';

/** Development points' live pre-fill, the assessor's own wording, and the pre-export check. */

function model(record: AssessmentRecord, stageId: string) {
  const built = reportModel(record, stageId, CERTIFYING_BODY_TABLE);
  if (!built.ok) throw new Error(built.errors.join('; '));
  return built.value;
}

function gaps(record: AssessmentRecord, stageId: string): string[] {
  const m = model(record, stageId);
  const template = defaultReportTemplate();
  return reportGaps(m, template, placeholderValues(m, template, '1 May 2025')).map(
    (g) => g.message,
  );
}

describe('the visit evidence as a finding', () => {
  it.each([
    ['See assessment report for development point', ''],
    ['See assessment report for development point.', ''],
    ['VO', ''],
    ['VO - see the report for development points', ''],
    [
      'VO – Stakeholder analysis charts done for Library',
      'Stakeholder analysis charts done for Library',
    ],
    [
      'Surveys seen; no trend yet. See assessment report for development point',
      'Surveys seen; no trend yet.',
    ],
    ['VOLUNTEERS interviewed', 'VOLUNTEERS interviewed'],
  ])('%j → %j', (visit, found) => {
    expect(findingsFromVisitEvidence(visit)).toBe(found);
  });
});

describe('the development points of a report', () => {
  it('one per P or NC final mark, pre-filled from the record and live until edited', () => {
    const record = sampleRecord();
    const points = model(record, 'stage-ia-2015').points;
    expect(points.map((p) => p.element)).toEqual([
      '1.3.4',
      '2.2.3',
      '4.2.3',
      '4.3.1',
      '4.3.5',
      '5.3.3',
    ]);
    const first = points[0]!;
    // The sample's visit evidence is only the pointer to this report: nothing found yet.
    expect(first.found).toEqual({ text: '', prefill: '', edited: false });
    expect(first.toMakeFull.text).toMatch(/^Targets for satisfaction are set/);

    // A change in the workbook shows at once while the text is not edited …
    const noted = withEntry(record, 'stage-ia-2015', '1.3.4', {
      visitEvidence: 'VO - 2014 survey targets seen; no trend data.',
      developmentNote: 'Publish the trend per customer group.',
    });
    const live = model(noted, 'stage-ia-2015').points[0]!;
    expect(live.found).toEqual({
      text: '2014 survey targets seen; no trend data.',
      prefill: '2014 survey targets seen; no trend data.',
      edited: false,
    });
    expect(live.toMakeFull.text).toBe('Publish the trend per customer group.');

    // … and stops once the assessor wrote their own, which wins (the pre-fill is still offered).
    const written = withStage(noted, 'stage-ia-2015', (s) => ({
      ...s,
      report: {
        ...s.report,
        developmentPoints: [
          { element: '1.3.4' as ElementId, found: 'My own words.', toMakeFull: null },
        ],
      },
    }));
    const own = model(written, 'stage-ia-2015').points[0]!;
    expect(own.found).toEqual({
      text: 'My own words.',
      prefill: '2014 survey targets seen; no trend data.',
      edited: true,
    });
    expect(own.toMakeFull.edited).toBe(false);

    // The element goes to Full: the point leaves the report, its text is kept and listed.
    const full = withEntry(written, 'stage-ia-2015', '1.3.4', { finalMark: 'F' });
    const after = model(full, 'stage-ia-2015');
    expect(after.points.map((p) => p.element)).not.toContain('1.3.4');
    expect(after.keptTexts).toEqual([{ element: '1.3.4', mark: 'F' }]);
  });

  it('a point carried into a surveillance takes the note written where it was raised and the update at this stage', () => {
    let record = withEntry(sampleRecord(), 'stage-sv1-2016', '4.3.5', {
      developmentNote: '',
      visitEvidence: '',
    });
    record = withStage(record, 'stage-sv1-2016', (s) => ({
      ...s,
      surveillance: {
        ...s.surveillance,
        developmentPoints: [
          {
            point: '4.3.5@stage-ia-2015' as never,
            status: null,
            clientResponse: 'Review planned.',
            assessorUpdate: 'Review started in January; not finished.',
          },
        ],
      },
    }));
    const point = model(record, 'stage-sv1-2016').points.find((p) => p.element === '4.3.5');
    expect(point).toBeDefined();
    expect(point!.raisedAtTitle).toBe('Initial assessment');
    expect(point!.found.text).toBe('Review started in January; not finished.');
    expect(point!.toMakeFull.text).toMatch(
      /^The complaints procedure has not been reviewed since 2011/,
    );
  });
  it('are the record’s own development points (record-facts) at every stage: the P and NC ones', () => {
    const record = sampleRecord();
    for (const stage of record.stages) {
      const facts = stageDevelopmentPoints(record, stage.id).filter(
        (p) => p.mark === 'P' || p.mark === 'NC',
      );
      const points = model(record, stage.id).points;
      expect(points.map((p) => [p.element, p.mark, p.raisedAtTitle])).toEqual(
        facts.map((p) => [p.element, p.mark, p.raisedHere ? null : p.raisedAtTitle]),
      );
      // One point per element marked P or NC at the stage, none for any other mark.
      const pOrNc = stage.entries.filter((e) => e.finalMark === 'P' || e.finalMark === 'NC');
      expect(points).toHaveLength(pOrNc.length);
    }
    // A cleared point (the element is Full at the stage) is not a development point of the report.
    const cleared = record.stages.flatMap((s) =>
      stageDevelopmentPoints(record, s.id)
        .filter((p) => p.status === 'cleared')
        .map((p) => [s.id, p.element] as const),
    );
    expect(cleared.length).toBeGreaterThan(0);
    for (const [stageId, element] of cleared) {
      expect(model(record, stageId).points.map((p) => p.element)).not.toContain(element);
    }
  });
});

describe('the check before export', () => {
  it('lists what is empty in the sample, section by section, with the template’s headings', () => {
    const found = gaps(sampleRecord(), 'stage-ia-2015');
    expect(found).toContain('2 Introduction and background: not written yet.');
    expect(found).toContain('3 Methodology: no site or people met listed.');
    expect(found).toContain(
      "5 Assessor's findings: nothing written under criterion 3 Information and Access.",
    );
    expect(found).toContain('6 Development points: 1.3.4 — “What the assessor found” is empty.');
    expect(found).toContain(
      '9 Recommendation: not confirmed: confirm “Recommend certification subject to conditions” or choose another with the reason.',
    );
    expect(found.some((g) => g.startsWith('1 Key information'))).toBe(false);
  });

  it('on the real Bolton record: key information missing, every point’s finding empty, no recommendation', () => {
    const found = gaps(boltonRecord(), 'stage-bolton-ia');
    expect(found).toContain('1 Key information: “Number of days on site” is empty.');
    expect(found).toContain('1 Key information: “Units in scope” is empty.');
    // Every P there reads "See assessment report for development point": nothing to pre-fill.
    expect(found).toContain('6 Development points: 1.3.4 — “What the assessor found” is empty.');
    expect(found).toContain('6 Development points: 1.3.4 — “What would make it full” is empty.');
    expect(
      found.find((g) => g.startsWith('9 Recommendation: the marks give no recommendation yet')),
    ).toBeDefined();
  });

  it('lists nothing once everything is written and the recommendation confirmed', () => {
    let record = withEntry(sampleRecord(), 'stage-ia-2015', '4.3.5', { finalMark: 'F' });
    const stage = record.stages[0]!;
    const points = model(record, stage.id).points;
    record = withStage(record, stage.id, (s) => ({
      ...s,
      report: {
        introduction: 'Intro.',
        methodology: 'Two days on site.',
        sites: [{ site: 'Library', people: 'Head of Library' }],
        strengths: 'Listening Panel.',
        findings: [1, 2, 3, 4, 5].map((c) => ({
          criterion: c as CriterionNumber,
          text: `Criterion ${c} met.`,
        })),
        developmentPoints: points.map((p) => ({
          element: p.element,
          found: 'Seen on site.',
          toMakeFull: null,
        })),
        recommendation: { decision: 'recommend', reason: '' },
      },
    }));
    expect(gaps(record, stage.id)).toEqual([]);
  });
});

describe('word counts', () => {
  it('count words, not spaces or punctuation', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  The Listening Panel — meets termly; 24-hour opening. ')).toBe(7);
    expect(countWords('Zoë Ní Bhriain, Łukasz')).toBe(4);
  });
});

describe('the certifying body the report names', () => {
  it('is the body in the assessor’s settings when set, else the template’s, in the key information too', () => {
    const m = model(sampleRecord(), 'stage-ia-2015');
    const template = defaultReportTemplate();
    expect(placeholderValues(m, template, '1 May 2025')['certifying-body']).toBe(
      'Centre for Assessment',
    );
    expect(placeholderValues(m, template, '1 May 2025', '  ')['certifying-body']).toBe(
      'Centre for Assessment',
    );
    expect(
      placeholderValues(m, template, '1 May 2025', 'Harbour Certification Ltd')['certifying-body'],
    ).toBe('Harbour Certification Ltd');
    const spec = buildReportSpec(sampleRecord(), 'stage-ia-2015', {
      generatedAt: '2025-05-01T09:00:00.000Z',
      certifyingBody: {
        name: 'Harbour Certification Ltd',
        address: '1 Quay Street, Bristol',
        telephone: '0117 000 0000',
        website: 'www.harbour.example',
      },
    });
    const facts = spec.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'facts' ? b.rows : []));
    expect(facts).toContainEqual(['Certifying body', 'Harbour Certification Ltd']);
    expect(spec.frame.certifyingBodyLines).toEqual([
      'Harbour Certification Ltd, 1 Quay Street, Bristol',
      'Tel: 0117 000 0000 www.harbour.example',
    ]);
  });
});
