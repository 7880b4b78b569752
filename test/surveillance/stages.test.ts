import { describe, expect, it } from 'vitest';
import { nextStageKind, startNextStage } from '../../shared/records/start-next-stage';
import { setPointProgress } from '../../shared/records/surveillance-edit';
import { trackDevelopmentPoints } from '../../shared/surveillance/development-points';
import type { StageId } from '../../shared/types/ids';
import type { DevelopmentPointId } from '../../shared/types/surveillance';
import { d, finalOf, initialRecord, next, remarked, visited } from './support';

const base = () =>
  initialRecord(
    '2015-03-11',
    { '4.3.1': 'P', '4.3.5': 'P', '1.2.2': 'CP', '2.1.5': 'NC' },
    { '4.3.1': 'Explain dips to customers.', '2.1.5': 'Protect privacy at the counter.' },
  );
const pid = (text: string) => text as DevelopmentPointId;

describe('startNextStage', () => {
  it("copies the previous final marks into the new stage's DTR and final marks", () => {
    const record = base();
    const started = startNextStage(record, {
      id: 'sv1' as StageId,
      kind: 'surveillance-1',
      cycle: 1,
      today: d('2016-01-10'),
    });
    if (!started.ok) throw new Error(started.errors.join());
    const { stage, notes } = started.value;
    const prev = record.stages[0]!;
    expect(started.value.record.stages).toHaveLength(2);
    expect(record.stages).toHaveLength(1);
    for (const [i, entry] of stage.entries.entries()) {
      const before = prev.entries[i]!;
      expect(entry).toEqual({
        ...before,
        dtrMark: before.finalMark,
        finalMark: before.finalMark,
        visitEvidence: '',
        verifiedOnSite: false,
      });
    }
    expect(stage).toMatchObject({
      kind: 'surveillance-1',
      cycle: 1,
      notes: '',
      visitDays: null,
      dates: { visit: null },
      surveillance: { category: null, developmentPoints: [], documents: [] },
    });
    expect(stage.entries.find((e) => e.element === '4.3.1')?.developmentNote).toBe(
      'Explain dips to customers.',
    );
    expect(notes).toEqual([
      "Started from Initial assessment: its final marks are this stage's starting DTR and final marks.",
    ]);
  });

  it('leaves marks empty for a reassessment but keeps the text', () => {
    let record = next(base(), { id: 'sv1', kind: 'surveillance-1', cycle: 1 });
    record = next(record, { id: 'sv2', kind: 'surveillance-2', cycle: 1 });
    const started = startNextStage(record, { id: 'ra' as StageId, kind: 'reassessment', cycle: 2 });
    if (!started.ok) throw new Error(started.errors.join());
    const entry = started.value.stage.entries.find((e) => e.element === '4.3.1')!;
    expect(entry).toMatchObject({
      dtrMark: null,
      finalMark: null,
      developmentNote: 'Explain dips to customers.',
    });
  });

  it('notes a previous stage whose visit has not happened by today', () => {
    const record = { ...base(), stages: [visited(base().stages[0]!, '2016-05-01')] };
    const started = startNextStage(record, {
      id: 'sv1' as StageId,
      kind: 'surveillance-1',
      cycle: 1,
      today: d('2016-04-01'),
    });
    expect(started.ok && started.value.notes[1]).toBe(
      "Initial assessment's visit (1 May 2016) is after today; its marks were copied as they stand.",
    );
  });

  it.each([
    [{ id: 'ia', kind: 'surveillance-1', cycle: 1 }, 'the record already has a stage with id "ia"'],
    [{ id: 'a b', kind: 'surveillance-1', cycle: 1 }, '"a b" is not a valid stage id'],
    [{ id: 'ra', kind: 'reassessment', cycle: 1 }, 'a reassessment starts cycle 2 or later'],
    [{ id: 'x', kind: 'surveillance-1', cycle: 0 }, 'cycle 0 is not a whole number from 1 to 99'],
  ] as const)('refuses %j', (input, message) => {
    const result = startNextStage(base(), { ...input, id: input.id as StageId });
    expect(result).toEqual({ ok: false, errors: [message] });
  });

  it('refuses a second stage of a kind in a cycle', () => {
    const record = next(base(), { id: 'sv1', kind: 'surveillance-1', cycle: 1 });
    expect(
      startNextStage(record, { id: 'again' as StageId, kind: 'surveillance-1', cycle: 1 }),
    ).toEqual({ ok: false, errors: ['cycle 1 already has a Surveillance 1 stage'] });
  });

  it('knows which stage normally comes next', () => {
    let record = base();
    expect(nextStageKind(record)).toEqual({ kind: 'surveillance-1', cycle: 1 });
    record = next(record, { id: 'sv1', kind: 'surveillance-1', cycle: 1 });
    expect(nextStageKind(record)).toEqual({ kind: 'surveillance-2', cycle: 1 });
    record = next(record, { id: 'sv2', kind: 'surveillance-2', cycle: 1 });
    expect(nextStageKind(record)).toEqual({ kind: 'reassessment', cycle: 2 });
  });
});

describe('carrying marks and development points forward', () => {
  it('carries marks through stages; only re-scored elements change', () => {
    let record = next(base(), { id: 'sv1', kind: 'surveillance-1', cycle: 1 }, (s) =>
      remarked(s, { '4.3.5': 'F' }),
    );
    record = next(record, { id: 'sv2', kind: 'surveillance-2', cycle: 1 });
    expect([1, 2].map((i) => finalOf(record, i, '4.3.1'))).toEqual(['P', 'P']);
    expect([0, 1, 2].map((i) => finalOf(record, i, '4.3.5'))).toEqual(['P', 'F', 'F']);
    expect(finalOf(record, 2, '1.2.2')).toBe('CP');
    expect(record.stages[2]!.entries.find((e) => e.element === '4.3.5')?.dtrMark).toBe('F');
  });

  it('raises one point per final P or NC, identified by element and raising stage', () => {
    const { points, warnings } = trackDevelopmentPoints(base());
    expect(warnings).toEqual([]);
    expect(points.map((p) => [p.id, p.raisedAs, p.nonCompliance, p.status])).toEqual([
      ['2.1.5@ia', 'NC', true, 'open'],
      ['4.3.1@ia', 'P', false, 'open'],
      ['4.3.5@ia', 'P', false, 'open'],
    ]);
    expect(points[1]!.draft).toBe(
      '4.3.1 We identify any dips in performance against our standards and explain these to customers, together with action we are taking to put things right and prevent further recurrence.\nPartial Compliance (P) at Initial assessment. Development point: Explain dips to customers.',
    );
    expect(points[2]!.draft).toMatch(/Development point: \(no development note written yet\)$/);
  });

  it('carries points until cleared, by the marks or by the assessor, with progress per stage', () => {
    let record = next(base(), { id: 'sv1', kind: 'surveillance-1', cycle: 1 }, (s) =>
      setPointProgress(remarked(s, { '4.3.5': 'F', '2.1.5': 'P' }), {
        point: pid('4.3.1@ia'),
        status: 'progressing',
        clientResponse: 'Dips now on the web site.',
        assessorUpdate: 'Seen; not yet monthly.',
      }),
    );
    record = next(record, { id: 'sv2', kind: 'surveillance-2', cycle: 1 }, (s) =>
      setPointProgress(s, {
        point: pid('2.1.5@ia'),
        status: 'cleared',
        clientResponse: 'Screens at the counter.',
        assessorUpdate: 'Cleared.',
      }),
    );
    const { points, warnings } = trackDevelopmentPoints(record);
    const byId = new Map(points.map((p) => [p.id, p]));
    expect(byId.get(pid('4.3.5@ia'))).toMatchObject({ status: 'cleared', clearedAt: 'sv1' });
    expect(
      byId.get(pid('4.3.5@ia'))!.steps.map((s) => [s.stageId, s.status, s.statusSource]),
    ).toEqual([
      ['ia', 'open', 'marks'],
      ['sv1', 'cleared', 'marks'],
    ]);
    expect(
      byId.get(pid('4.3.1@ia'))!.steps.map((s) => [s.stageId, s.mark, s.status, s.statusSource]),
    ).toEqual([
      ['ia', 'P', 'open', 'marks'],
      ['sv1', 'P', 'progressing', 'assessor'],
      ['sv2', 'P', 'progressing', 'carried'],
    ]);
    expect(byId.get(pid('4.3.1@ia'))!.steps[1]).toMatchObject({
      clientResponse: 'Dips now on the web site.',
      assessorUpdate: 'Seen; not yet monthly.',
    });
    // NC improved to P stays the same point, still marked as a non-compliance point.
    expect(byId.get(pid('2.1.5@ia'))).toMatchObject({
      raisedAs: 'NC',
      nonCompliance: true,
      status: 'cleared',
      clearedAt: 'sv2',
    });
    expect(warnings).toEqual([
      '2.1.5: the development point raised at Initial assessment is recorded as cleared at Surveillance 2, but its final mark there is P.',
    ]);
  });

  it('raises a new point when a cleared element becomes P again', () => {
    let record = next(base(), { id: 'sv1', kind: 'surveillance-1', cycle: 1 }, (s) =>
      remarked(s, { '4.3.5': 'F' }),
    );
    record = next(record, { id: 'sv2', kind: 'surveillance-2', cycle: 1 }, (s) =>
      remarked(s, { '4.3.5': 'P' }),
    );
    const ids = trackDevelopmentPoints(record).points.filter((p) => p.element === '4.3.5');
    expect(ids.map((p) => [p.id, p.status, p.clearedAt])).toEqual([
      ['4.3.5@ia', 'cleared', 'sv1'],
      ['4.3.5@sv2', 'open', null],
    ]);
  });

  it('keeps a point open while the assessor says so, and warns of progress on no point', () => {
    const record = next(base(), { id: 'sv1', kind: 'surveillance-1', cycle: 1 }, (s) => {
      const edited = setPointProgress(remarked(s, { '4.3.1': 'F' }), {
        point: pid('4.3.1@ia'),
        status: 'open',
        clientResponse: '',
        assessorUpdate: 'Needs a second year of evidence.',
      });
      return setPointProgress(edited, {
        point: pid('1.1.1@ia'),
        status: null,
        clientResponse: 'x',
        assessorUpdate: '',
      });
    });
    const { points, warnings } = trackDevelopmentPoints(record);
    expect(points.find((p) => p.id === '4.3.1@ia')?.status).toBe('open');
    expect(warnings).toEqual([
      '4.3.1: the development point raised at Initial assessment is recorded as open at Surveillance 1, although its final mark there is F; it stays open until recorded as cleared.',
      'Surveillance 1 records progress on development point 1.1.1@ia, which is not open at that stage (its marks do not raise it, or it was cleared before).',
    ]);
  });
});
