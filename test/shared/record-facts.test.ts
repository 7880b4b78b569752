import { describe, expect, it } from 'vitest';
import {
  allCycleDates,
  categoriesAfterStages,
  cycleDates,
  cycleScoreChanges,
  otherDevelopmentNotes,
  plannedDatesCycle,
  scoreChangesAt,
  stageDevelopmentPoints,
} from '../../shared/records/record-facts';
import { setCategoryDecision } from '../../shared/records/surveillance-edit';
import type { IsoDate } from '../../shared/types/dates';
import type { AssessmentRecord, Stage } from '../../shared/types/record';
import { initialRecord, next, remarked, visited } from '../surveillance/support';

const day = (date: string) => ({ kind: 'date', date: date as IsoDate }) as const;

function withEntry(stage: Stage, element: string, patch: Partial<Stage['entries'][number]>): Stage {
  return {
    ...stage,
    entries: stage.entries.map((e) => (e.element === element ? { ...e, ...patch } : e)),
  };
}

/** IA (4.2.3, 4.3.1 P; 5.3.3 NC), SV1 (4.2.3 → F, 1.1.1 DTR P, text edits), SV2 (unmarked). */
function cycle(): AssessmentRecord {
  let record = initialRecord(
    '2015-03-11',
    { '4.2.3': 'P', '4.3.1': 'P', '5.3.3': 'NC' },
    { '4.2.3': 'Benchmark it.', '4.3.1': 'Explain dips.', '5.3.3': 'Publish timeliness.' },
  );
  record = next(record, { id: 'sv1', kind: 'surveillance-1', cycle: 1 }, (s) => {
    let stage = remarked(s, { '4.2.3': 'F' });
    // A DTR change (P at the desk-top review) that the visit put back to F is a score change.
    stage = withEntry(stage, '1.1.1', { dtrMark: 'P' });
    // Text edits are never score changes.
    stage = withEntry(stage, '2.1.1', { visitEvidence: 'Seen again', keyQuestions: 'New' });
    stage = withEntry(stage, '4.3.1', { developmentNote: 'Dips now reported.' });
    return visited(stage, '2016-03-10');
  });
  record = next(record, { id: 'sv2', kind: 'surveillance-2', cycle: 1 }, (s) =>
    remarked(s, { '4.3.1': null, '5.3.3': 'F' }),
  );
  return record;
}

describe('development points at a stage', () => {
  it('lists the points raised at or carried into the stage, with their status there', () => {
    const record = cycle();
    const at = (id: string) =>
      stageDevelopmentPoints(record, id).map((p) => [p.element, p.raisedAt, p.mark, p.status]);
    expect(at('ia')).toEqual([
      ['4.2.3', 'ia', 'P', 'open'],
      ['4.3.1', 'ia', 'P', 'open'],
      ['5.3.3', 'ia', 'NC', 'open'],
    ]);
    // 4.2.3 is cleared at SV1 and still listed there; gone at SV2.
    expect(at('sv1')).toEqual([
      ['4.2.3', 'ia', 'F', 'cleared'],
      ['4.3.1', 'ia', 'P', 'open'],
      ['5.3.3', 'ia', 'NC', 'open'],
    ]);
    expect(at('sv2')).toEqual([
      ['4.3.1', 'ia', null, 'open'],
      ['5.3.3', 'ia', 'F', 'cleared'],
    ]);
    expect(stageDevelopmentPoints(record, 'nope')).toEqual([]);
  });

  it("gives the stage's own note, and the latest written before it", () => {
    const record = cycle();
    const sv1 = stageDevelopmentPoints(record, 'sv1').find((p) => p.element === '4.3.1')!;
    expect([sv1.note, sv1.latestNote, sv1.raisedHere]).toEqual([
      'Dips now reported.',
      'Dips now reported.',
      false,
    ]);
    const blanked = {
      ...record,
      stages: record.stages.map((s) =>
        s.id === 'sv2' ? withEntry(s, '4.3.1', { developmentNote: '' }) : s,
      ),
    };
    const sv2 = stageDevelopmentPoints(blanked, 'sv2').find((p) => p.element === '4.3.1')!;
    expect([sv2.note, sv2.latestNote]).toEqual(['', 'Dips now reported.']);
  });

  it('keeps notes on elements without a point apart', () => {
    const record = cycle();
    // At SV2, 4.2.3 still holds the note copied from before, but its point was cleared at SV1.
    expect(otherDevelopmentNotes(record, 'sv2').map((n) => [n.element, n.mark, n.note])).toEqual([
      ['4.2.3', 'F', 'Benchmark it.'],
    ]);
    expect(otherDevelopmentNotes(record, 'ia')).toEqual([]);
  });
});

describe('score changes', () => {
  it('are changes of the DTR or final mark against the previous final mark, never text edits', () => {
    const record = cycle();
    expect(
      scoreChangesAt(record, 'sv1').map((c) => [c.element, c.from, c.dtr, c.to, c.stageId]),
    ).toEqual([
      ['1.1.1', 'F', 'P', 'F', 'sv1'],
      ['4.2.3', 'P', 'P', 'F', 'sv1'],
    ]);
    // 4.3.1 left unmarked at SV2 is not a change; 5.3.3 NC → F is.
    expect(scoreChangesAt(record, 'sv2').map((c) => [c.element, c.from, c.to])).toEqual([
      ['5.3.3', 'NC', 'F'],
    ]);
    expect(scoreChangesAt(record, 'ia')).toEqual([]);
    expect(cycleScoreChanges(record, 'sv2').map((c) => `${c.element}@${c.stageId}`)).toEqual([
      '1.1.1@sv1',
      '4.2.3@sv1',
      '5.3.3@sv2',
    ]);
  });

  it('do not apply to a reassessment, which marks every element afresh', () => {
    const record = next(cycle(), { id: 'ra', kind: 'reassessment', cycle: 2 }, (s) =>
      remarked(s, { '1.1.1': 'P' }),
    );
    expect(scoreChangesAt(record, 'ra')).toEqual([]);
    expect(cycleScoreChanges(record, 'ra')).toEqual([]);
  });
});

describe('the dates of first and second surveillance and of recertification', () => {
  it("print the stage's visit date, else the planned date, else TBC", () => {
    const base = initialRecord('2015-03-11');
    expect(cycleDates(base, 1).map((d) => [d.label, d.value, d.source])).toEqual([
      ['Date of first surveillance', 'TBC', 'none'],
      ['Date of second surveillance', 'TBC', 'none'],
      ['Date of recertification', 'TBC', 'none'],
    ]);
    const planned: AssessmentRecord = {
      ...base,
      organisation: {
        ...base.organisation,
        plannedDates: {
          surveillance1: day('2016-03-14'),
          surveillance2: { kind: 'tbc' },
          recertification: {
            kind: 'range',
            from: '2018-03-05' as IsoDate,
            to: '2018-03-06' as IsoDate,
          },
        },
      },
    };
    expect(cycleDates(planned, 1).map((d) => [d.value, d.source])).toEqual([
      ['14 March 2016', 'planned'],
      ['TBC', 'none'],
      ['5–6 March 2018', 'planned'],
    ]);
    // SV1 exists without a visit date: the planned date still stands. Once visited, the visit.
    const started = next(planned, { id: 'sv1', kind: 'surveillance-1', cycle: 1 });
    expect(cycleDates(started, 1)[0]).toMatchObject({ value: '14 March 2016', source: 'planned' });
    const held = {
      ...started,
      stages: started.stages.map((s) => (s.id === 'sv1' ? visited(s, '2016-03-10') : s)),
    };
    expect(cycleDates(held, 1)[0]).toMatchObject({ value: '10 March 2016', source: 'stage' });
  });

  it("apply the planned dates to the latest stage's cycle only", () => {
    let record = cycle();
    record = next(record, { id: 'ra', kind: 'reassessment', cycle: 2 });
    record = {
      ...record,
      organisation: {
        ...record.organisation,
        plannedDates: {
          surveillance1: day('2019-03-01'),
          surveillance2: null,
          recertification: null,
        },
      },
    };
    expect(plannedDatesCycle(record)).toBe(2);
    expect(allCycleDates(record).map((d) => [d.label, d.value])).toEqual([
      ['Date of first surveillance', '10 March 2016'],
      ['Date of second surveillance', 'TBC'],
      ['Date of recertification', 'TBC'],
      ['Date of first surveillance (cycle 2)', '1 March 2019'],
      ['Date of second surveillance (cycle 2)', 'TBC'],
      ['Date of recertification (cycle 2)', 'TBC'],
    ]);
  });
});

describe('the category after each stage', () => {
  it("is the assessor's decision, else not decided with the suggestion", () => {
    const record = cycle();
    const decided = {
      ...record,
      stages: record.stages.map((s) =>
        s.id === 'ia'
          ? setCategoryDecision(s, { category: 'low', reason: 'Stable.', decidedOn: null })
          : s,
      ),
    };
    expect(categoriesAfterStages(decided).map((c) => [c.stageId, c.decided, c.text])).toEqual([
      ['ia', 'low', 'Low'],
      // SV1 has an NC (5.3.3): the default heuristic suggests High.
      ['sv1', null, 'Not decided (suggested: High)'],
      ['sv2', null, 'Not decided (suggested: Low)'],
    ]);
  });
});
