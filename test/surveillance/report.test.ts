import { describe, expect, it } from 'vitest';
import { setPointProgress, setWhatHasChanged } from '../../shared/records/surveillance-edit';
import { STRICT_80 } from '../../shared/scoring/profiles';
import { scoreChangesAt } from '../../shared/records/record-facts';
import { surveillanceReport } from '../../shared/surveillance/report';
import type { CriterionNumber, StageId } from '../../shared/types/ids';
import type { DevelopmentPointId } from '../../shared/types/surveillance';
import { initialRecord, next, remarked } from './support';

function threeStages() {
  let record = initialRecord('2015-03-11', {
    '4.2.3': 'P',
    '4.3.1': 'P',
    '4.3.5': 'P',
    '5.3.3': 'P',
  });
  record = next(record, { id: 'sv1', kind: 'surveillance-1', cycle: 1 }, (s) =>
    setWhatHasChanged(
      remarked(s, { '4.2.3': 'F', '1.2.2': 'CP' }),
      4 as CriterionNumber,
      'Benchmarking club.',
    ),
  );
  record = next(record, { id: 'sv2', kind: 'surveillance-2', cycle: 1 }, (s) => {
    const marked = remarked(s, { '5.3.3': 'F', '1.2.2': 'F', '3.3.2': 'P', '4.3.1': null });
    return setPointProgress(marked, {
      point: '4.3.5@ia' as DevelopmentPointId,
      status: 'progressing',
      clientResponse: 'Review under way.',
      assessorUpdate: 'Draft seen.',
    });
  });
  return record;
}

describe('the surveillance report', () => {
  it('lists every mark change since the first assessment, with the stage', () => {
    const report = surveillanceReport(threeStages(), 'sv2' as StageId);
    if (!report.ok) throw new Error(report.errors.join());
    expect(
      report.value.changedMarks.map((c) => [c.element, c.from, c.to, c.stageId, c.stageTitle]),
    ).toEqual([
      ['1.2.2', 'F', 'CP', 'sv1', 'Surveillance 1'],
      ['4.2.3', 'P', 'F', 'sv1', 'Surveillance 1'],
      ['1.2.2', 'CP', 'F', 'sv2', 'Surveillance 2'],
      ['3.3.2', 'F', 'P', 'sv2', 'Surveillance 2'],
      ['5.3.3', 'P', 'F', 'sv2', 'Surveillance 2'],
    ]);
    expect(report.value).toMatchObject({
      firstStageId: 'ia',
      firstStageTitle: 'Initial assessment',
      cycle: 1,
    });
  });

  it('only looks at the stages of the cycle up to the stage reported on', () => {
    const record = threeStages();
    const sv1 = surveillanceReport(record, 'sv1' as StageId);
    expect(sv1.ok && sv1.value.changedMarks.map((c) => c.element)).toEqual(['1.2.2', '4.2.3']);
    const ia = surveillanceReport(record, 'ia' as StageId);
    expect(ia.ok && ia.value.changedMarks).toEqual([]);
    const ra = next(record, { id: 'ra', kind: 'reassessment', cycle: 2 }, (s) =>
      remarked(s, { '1.1.1': 'P' }),
    );
    // A reassessment marks every element afresh: nothing "changed" there.
    expect(scoreChangesAt(ra, 'ra')).toEqual([]);
  });

  it('gives the scoring table per criterion for the stage', () => {
    const report = surveillanceReport(threeStages(), 'sv2' as StageId);
    if (!report.ok) throw new Error('no report');
    expect(
      report.value.scoring.map((r) => [
        r.criterion,
        r.elements,
        r.maxPartials,
        r.partials,
        r.compliancePlus,
        r.nonCompliances,
        r.unmarked,
      ]),
    ).toEqual([
      [1, 11, 2, 0, 0, 0, 0],
      [2, 11, 2, 0, 0, 0, 0],
      [3, 12, 2, 1, 0, 0, 0],
      [4, 13, 3, 1, 0, 0, 1],
      [5, 10, 2, 0, 0, 0, 0],
    ]);
    const strict = surveillanceReport(threeStages(), 'sv2' as StageId, STRICT_80);
    expect(strict.ok && strict.value.scoring[3]!.maxPartials).toBe(2);
    expect(report.value.rules[2]).toBe(
      'At most the listed number of partial compliances per criterion (rule profile: Certifying-body table).',
    );
  });

  it('shows "what has changed" for every criterion, as recorded', () => {
    const report = surveillanceReport(threeStages(), 'sv1' as StageId);
    expect(
      report.ok && report.value.whatHasChanged.map((w) => [w.criterion, w.name, w.text]),
    ).toEqual([
      [1, 'Customer Insight', ''],
      [2, 'The Culture of the Organisation', ''],
      [3, 'Information and Access', ''],
      [4, 'Delivery', 'Benchmarking club.'],
      [5, 'Timeliness and Quality of Service', ''],
    ]);
  });

  it('includes the development points carried at the stage with their progress', () => {
    const report = surveillanceReport(threeStages(), 'sv2' as StageId);
    if (!report.ok) throw new Error('no report');
    const points = report.value.developmentPoints;
    // In catalogue order, as every export lists them (stageDevelopmentPoints).
    expect(points.map((p) => [p.id, p.status])).toEqual([
      ['3.3.2@sv2', 'open'],
      ['4.3.1@ia', 'open'],
      ['4.3.5@ia', 'progressing'],
      ['5.3.3@ia', 'cleared'],
    ]);
    expect(points[2]!.steps.at(-1)).toMatchObject({
      stageId: 'sv2',
      clientResponse: 'Review under way.',
      assessorUpdate: 'Draft seen.',
    });
  });

  it('refuses an unknown stage', () => {
    expect(surveillanceReport(threeStages(), 'nope' as StageId)).toEqual({
      ok: false,
      errors: ['the record has no stage "nope"'],
    });
  });
});
