import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../shared/types/dates';
import type { CriterionNumber, OrganisationId, StageId } from '../../shared/types/ids';
import type { Stage } from '../../shared/types/record';
import { formatRoute, parseRoute } from '../../src-renderer/state/route';
import type { Route } from '../../src-renderer/state/route';
import {
  formatSingleDate,
  parseSingleDate,
} from '../../src-renderer/features/surveillance/date-input';
import {
  insertAt,
  moveItem,
  removeAt,
  replaceAt,
} from '../../src-renderer/features/surveillance/list-edit';
import {
  confirmReceipt,
  decideCategory,
  editActivity,
  editReceipt,
  setContactedOn,
  setDecisionDate,
  setDecisionReason,
} from '../../src-renderer/features/surveillance/surveillance-changes';
import { setWhatHasChanged } from '../../shared/records/surveillance-edit';
import { initialRecord } from '../surveillance/support';

const day = (text: string): IsoDate => text as IsoDate;
const ORG = 'org-1' as OrganisationId;

function stage(): Stage {
  return initialRecord('2025-03-11').stages[0]!;
}

describe('single dates typed in the surveillance screens', () => {
  it('reads one day written as the record writes it, and empty as no date', () => {
    expect(parseSingleDate('11 March 2026')).toEqual({ ok: true, value: '2026-03-11' });
    expect(parseSingleDate('11/03/2026')).toEqual({ ok: true, value: '2026-03-11' });
    expect(parseSingleDate('2026-03-11')).toEqual({ ok: true, value: '2026-03-11' });
    expect(parseSingleDate('   ')).toEqual({ ok: true, value: null });
    expect(formatSingleDate(day('2026-03-11'))).toBe('11 March 2026');
    expect(formatSingleDate(null)).toBe('');
  });

  it('refuses spans, TBC, N/A and impossible dates with a reason', () => {
    const span = parseSingleDate('11-12 March 2026');
    expect(span.ok).toBe(false);
    if (!span.ok) expect(span.errors[0]).toContain('one day is needed');
    const tbc = parseSingleDate('TBC');
    expect(tbc.ok).toBe(false);
    if (!tbc.ok) expect(tbc.errors[0]).toContain('leave the field empty');
    expect(parseSingleDate('N/A').ok).toBe(false);
    const bad = parseSingleDate('30 February 2026');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toContain('not a real date');
  });
});

describe('ordered list edits', () => {
  const list = ['a', 'b', 'c'] as const;

  it('replaces, removes, inserts and moves without touching the input', () => {
    expect(replaceAt(list, 1, 'B')).toEqual(['a', 'B', 'c']);
    expect(removeAt(list, 0)).toEqual(['b', 'c']);
    expect(insertAt(list, 1, 'x')).toEqual(['a', 'x', 'b', 'c']);
    expect(insertAt(list, 99, 'z')).toEqual(['a', 'b', 'c', 'z']);
    expect(insertAt(list, -5, 'z')).toEqual(['z', 'a', 'b', 'c']);
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('leaves the list as it was when the index or the move is out of range', () => {
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(list, 2, 1)).toEqual(['a', 'b', 'c']);
    expect(replaceAt(list, 7, 'q')).toEqual(['a', 'b', 'c']);
    expect(removeAt(list, 7)).toEqual(['a', 'b', 'c']);
  });
});

describe('what the surveillance screens record on a stage', () => {
  it('dates a first category decision today and keeps reason and date on a change of mind', () => {
    const first = decideCategory(stage(), 'high', day('2026-02-02'));
    expect(first.surveillance.category).toEqual({
      category: 'high',
      reason: '',
      decidedOn: '2026-02-02',
    });
    const reasoned = setDecisionDate(
      setDecisionReason(first, 'Criterion 1 at its maximum.'),
      day('2026-02-03'),
    );
    const changed = decideCategory(reasoned, 'low', day('2026-05-05'));
    expect(changed.surveillance.category).toEqual({
      category: 'low',
      reason: 'Criterion 1 at its maximum.',
      decidedOn: '2026-02-03',
    });
  });

  it('changes no reason or date while nothing is decided', () => {
    const s = stage();
    expect(setDecisionReason(s, 'text').surveillance.category).toBeNull();
    expect(setDecisionDate(s, day('2026-01-01')).surveillance.category).toBeNull();
  });

  it('confirms receipt dated today, keeps a date already given, and clears it when unticked', () => {
    const ticked = confirmReceipt(stage(), 'complaints-report', true, day('2026-02-02'));
    expect(ticked.surveillance.documents).toEqual([
      { document: 'complaints-report', receiptConfirmed: true, receivedOn: '2026-02-02', note: '' },
    ]);
    const dated = editReceipt(ticked, 'complaints-report', {
      receivedOn: day('2026-01-30'),
      note: 'by e-mail',
    });
    const again = confirmReceipt(dated, 'complaints-report', true, day('2026-02-10'));
    expect(again.surveillance.documents[0]?.receivedOn).toBe('2026-01-30');
    const unticked = confirmReceipt(again, 'complaints-report', false, day('2026-02-10'));
    expect(unticked.surveillance.documents).toEqual([
      {
        document: 'complaints-report',
        receiptConfirmed: false,
        receivedOn: null,
        note: 'by e-mail',
      },
    ]);
  });

  it('ticks an activity and keeps its note, and records the contact date', () => {
    const noted = editActivity(stage(), 'observe-service', { note: 'Help desk, Tuesday' });
    const done = editActivity(noted, 'observe-service', { done: true });
    expect(done.surveillance.activities).toEqual([
      { activity: 'observe-service', done: true, note: 'Help desk, Tuesday' },
    ]);
    expect(setContactedOn(done, day('2026-01-11')).surveillance.contactedOn).toBe('2026-01-11');
    expect(setContactedOn(done, null).surveillance.contactedOn).toBeNull();
  });

  it('keeps one "what has changed" note per criterion', () => {
    const one = setWhatHasChanged(stage(), 2 as CriterionNumber, 'first');
    const two = setWhatHasChanged(one, 2 as CriterionNumber, 'second');
    expect(two.surveillance.whatHasChanged).toEqual([{ criterion: 2, text: 'second' }]);
  });
});

describe('the surveillance routes', () => {
  const routes: Route[] = [
    { screen: 'plan', organisationId: ORG },
    { screen: 'points', organisationId: ORG },
    {
      screen: 'on-site',
      organisationId: ORG,
      stageId: 'st-2' as StageId,
    },
    { screen: 'report', organisationId: ORG, stageId: 'st-2' as StageId },
  ];

  it('formats and reads back every surveillance page', () => {
    expect(routes.map(formatRoute)).toEqual([
      '#/org/org-1/plan',
      '#/org/org-1/points',
      '#/org/org-1/stage/st-2/on-site',
      '#/org/org-1/stage/st-2/report',
    ]);
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('keeps the existing routes and sends unknown pages to the portfolio', () => {
    expect(parseRoute('#/org/org-1')).toEqual({ screen: 'organisation', organisationId: 'org-1' });
    expect(parseRoute('#/org/org-1/stage/st-2')).toEqual({
      screen: 'workbook',
      organisationId: 'org-1',
      stageId: 'st-2',
    });
    expect(parseRoute('#/org/org-1/stage/st-2/minutes')).toEqual({ screen: 'portfolio' });
    expect(parseRoute('#/org/org-1/planning')).toEqual({ screen: 'portfolio' });
  });
});
