import { describe, expect, it } from 'vitest';
import { setPointProgress } from '../../shared/records/surveillance-edit';
import { buildSchedule } from '../../shared/surveillance/schedule';
import type { IsoDate } from '../../shared/types/dates';
import { formatLongDate } from '../../shared/types/dates';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { AssessmentRecord } from '../../shared/types/record';
import { developmentPointId } from '../../shared/types/surveillance';
import type { PortfolioRow } from '../../src-renderer/db/index';
import { calendarFile } from '../../src-renderer/features/surveillance/calendar-file';
import {
  calendarSources,
  dueLines,
  recordFromRow,
  whenWords,
} from '../../src-renderer/features/surveillance/due-overview';
import {
  currentStage,
  editableStep,
  filterPoints,
  recordedProgress,
} from '../../src-renderer/features/surveillance/points-view';
import { stagePreparation } from '../../src-renderer/features/surveillance/stage-preparation';
import { trackDevelopmentPoints } from '../../shared/surveillance/development-points';
import { DEFAULT_PROFILE } from '../../shared/scoring/profiles';
import { initialRecord, next, remarked, visited } from '../surveillance/support';

const day = (text: string): IsoDate => text as IsoDate;

/** A portfolio row as the repository makes it: stage headers, the current stage whole. */
function rowOf(
  record: AssessmentRecord,
  id: string,
  name: string,
  flags: { archived?: boolean; trashed?: boolean } = {},
): PortfolioRow {
  const organisation = { ...record.organisation, id: id as OrganisationId, name };
  const current = record.stages[record.stages.length - 1] ?? null;
  return {
    organisation,
    archived: flags.archived ?? false,
    trashedAt: flags.trashed ? '2026-01-01T00:00:00.000Z' : null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    stages: record.stages.map((s) => ({ ...s, entries: [] })),
    currentStage: current,
  };
}

/** IA visited 11 March 2025 with partials 1.2.1 and 1.3.4; SV1 started. */
function withSv1(): AssessmentRecord {
  const ia = initialRecord('2025-03-11', { '1.2.1': 'P', '1.3.4': 'P' }, { '1.3.4': 'Targets.' });
  return next(ia, { id: 'sv1', kind: 'surveillance-1', cycle: 1 });
}

describe('the portfolio due view and the calendar, from portfolio rows', () => {
  it('plans from stage headers exactly as from the whole record', () => {
    const record = withSv1();
    const row = rowOf(record, 'org-a', 'Alpha');
    const today = day('2026-02-02');
    expect(buildSchedule(recordFromRow(row), today)).toEqual(buildSchedule(record, today));
    expect(recordFromRow(row).stages[1]?.entries).toHaveLength(57);
  });

  it('lists overdue dates first, oldest first, then upcoming ones, and skips archived and trashed', () => {
    const a = initialRecord('2025-03-11');
    const b = initialRecord('2025-01-20');
    const rows = [
      rowOf(a, 'org-a', 'Alpha'),
      rowOf(b, 'org-b', 'Bravo'),
      rowOf(b, 'org-c', 'Charlie (archived)', { archived: true }),
      rowOf(b, 'org-d', 'Delta (trashed)', { trashed: true }),
    ];
    const lines = dueLines(rows, day('2026-02-02'));
    expect(
      lines.map((l) => [l.name, l.alert.kind, l.alert.subject, l.alert.date, l.item.title]),
    ).toEqual([
      ['Bravo', 'overdue', 'contact', '2025-11-20', 'Surveillance 1'],
      ['Alpha', 'overdue', 'contact', '2026-01-11', 'Surveillance 1'],
      ['Bravo', 'overdue', 'due', '2026-01-20', 'Surveillance 1'],
      ['Alpha', 'upcoming', 'due', '2026-03-11', 'Surveillance 1'],
    ]);
    expect(whenWords(lines[0]!.alert)).toBe('74 days overdue');
    expect(whenWords({ days: -1 })).toBe('1 day overdue');
    expect(whenWords(lines[3]!.alert)).toBe('in 37 days');
  });

  it('leaves out a contact already recorded', () => {
    const record = withSv1();
    const sv1 = record.stages[1]!;
    const contacted: AssessmentRecord = {
      ...record,
      stages: [
        record.stages[0]!,
        { ...sv1, surveillance: { ...sv1.surveillance, contactedOn: day('2026-01-10') } },
      ],
    };
    const subjects = dueLines([rowOf(contacted, 'org-a', 'Alpha')], day('2026-02-02')).map(
      (l) => l.alert.subject,
    );
    expect(subjects).toEqual(['due']);
  });

  it('makes one calendar of every active organisation, stamped by the injected clock', () => {
    const rows = [
      rowOf(initialRecord('2025-03-11'), 'org-a', 'Alpha'),
      rowOf(initialRecord('2025-01-20'), 'org-b', 'Bravo'),
      rowOf(initialRecord('2025-01-20'), 'org-c', 'Charlie', { archived: true }),
      rowOf(initialRecord(null), 'org-e', 'Echo (no visit date)'),
    ];
    expect(calendarSources(rows, day('2026-02-02')).map((s) => s.organisation.name)).toEqual([
      'Alpha',
      'Bravo',
      'Echo (no visit date)',
    ]);
    const file = calendarFile(rows, day('2026-02-02'), '2026-02-02T10:00:00.000Z');
    if (!file.ok) throw new Error(file.errors.join());
    // SV1, SV2 and the reassessment, each with a contact date: 6 events for Alpha and Bravo.
    expect(file.value.events).toBe(12);
    expect(file.value.organisations).toBe(2);
    expect(file.value.text).toContain('DTSTAMP:20260202T100000Z');
    expect(file.value.text).toContain('SUMMARY:Alpha: Surveillance 1 due');
    expect(file.value.text).not.toContain('Charlie');
    expect(new TextDecoder().decode(file.value.bytes)).toBe(file.value.text);
  });

  it('refuses a clock that does not give a UTC instant', () => {
    const file = calendarFile([], day('2026-02-02'), 'yesterday');
    expect(file.ok).toBe(false);
  });

  it('stays fast for a hundred organisations', () => {
    const rows = Array.from({ length: 100 }, (_, i) =>
      rowOf(withSv1(), `org-${i}`, `Organisation ${i}`),
    );
    const started = performance.now();
    const lines = dueLines(rows, day('2026-02-02'));
    calendarFile(rows, day('2026-02-02'), '2026-02-02T10:00:00.000Z');
    expect(lines).toHaveLength(200);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('the development points list', () => {
  it('edits progress at the latest stage only where the point was carried in', () => {
    const record = withSv1();
    const points = trackDevelopmentPoints(record).points;
    const current = currentStage(record);
    expect(current?.id).toBe('sv1');
    expect(points.map((p) => editableStep(p, current)?.stageId)).toEqual(['sv1', 'sv1']);
    const ia = record.stages[0]!;
    expect(points.map((p) => editableStep(p, ia))).toEqual([null, null]);
  });

  it('filters by status and non-compliance', () => {
    const ia = initialRecord('2025-03-11', { '1.2.1': 'P', '2.1.1': 'NC' });
    const record = next(ia, { id: 'sv1', kind: 'surveillance-1', cycle: 1 }, (s) =>
      remarked(s, { '1.2.1': 'F' }),
    );
    const points = trackDevelopmentPoints(record).points;
    expect(filterPoints(points, 'all')).toHaveLength(2);
    expect(filterPoints(points, 'open').map((p) => p.element)).toEqual(['2.1.1']);
    expect(filterPoints(points, 'cleared').map((p) => p.element)).toEqual(['1.2.1']);
    expect(filterPoints(points, 'nc').map((p) => p.element)).toEqual(['2.1.1']);
  });

  it('reads recorded progress, or an empty one left to the marks', () => {
    const record = withSv1();
    const sv1 = record.stages[1]!;
    const id = developmentPointId('1.3.4' as ElementId, 'ia' as StageId);
    expect(recordedProgress(sv1, id)).toEqual({
      point: id,
      status: null,
      clientResponse: '',
      assessorUpdate: '',
    });
    const recorded = setPointProgress(sv1, {
      point: id,
      status: 'progressing',
      clientResponse: 'Targets agreed.',
      assessorUpdate: '',
    });
    expect(recordedProgress(recorded, id).clientResponse).toBe('Targets agreed.');
  });
});

describe('preparing a started surveillance', () => {
  it('suggests on-site rows from the points carried in until rows are recorded', () => {
    const record = withSv1();
    const prep = stagePreparation(record, 'sv1' as StageId, DEFAULT_PROFILE);
    expect(prep?.base?.id).toBe('ia');
    expect(prep?.visit.mode).toBe('on-site');
    expect(prep?.baseCategory?.suggestion.category).toBe('high');
    expect(prep?.openPoints.map((p) => p.element)).toEqual(['1.2.1', '1.3.4']);
    expect(prep?.onSitePlan.source).toBe('suggested');
    expect(prep?.onSitePlan.rows[1]?.issues).toContain('Targets.');
    expect(prep?.documents).toHaveLength(6);
    expect(prep?.activities).toHaveLength(4);
    expect(stagePreparation(record, 'missing' as StageId, DEFAULT_PROFILE)).toBeNull();
  });

  it('plans surveillance 2 off-site after a Low surveillance 1, on-site after a High one', () => {
    const held = (finals: Record<string, 'F' | 'P'>): AssessmentRecord => {
      const record = withSv1();
      const sv1 = visited(remarked(record.stages[1]!, finals), '2026-03-10');
      return next(
        { ...record, stages: [record.stages[0]!, sv1] },
        { id: 'sv2', kind: 'surveillance-2', cycle: 1 },
      );
    };
    const high = stagePreparation(held({}), 'sv2' as StageId, DEFAULT_PROFILE);
    expect(high?.visit.mode).toBe('on-site');
    const record = held({ '1.2.1': 'F' });
    const prep = stagePreparation(record, 'sv2' as StageId, DEFAULT_PROFILE);
    expect(prep?.visit.mode).toBe('off-site');
  });
});

describe('the portfolio’s next key date and its due list agree', () => {
  it('counts on each line the overdue dates the due list shows, and names the next date', async () => {
    const { portfolioLine } = await import('../../src-renderer/features/portfolio/portfolio-view');
    // Visited March 2025 and nothing since: by April 2027 surveillance 1 and 2 are overdue,
    // while no stage has a key date still to come.
    const lapsed = rowOf(initialRecord('2025-03-11'), 'org-a', 'Alpha');
    const today = day('2027-04-01');
    const overdue = dueLines([lapsed], today).filter((l) => l.alert.kind === 'overdue');
    expect(overdue.length).toBeGreaterThan(1);
    const line = portfolioLine(lapsed, DEFAULT_PROFILE, today);
    expect(line.overdue).toBe(overdue.length);
    expect(line.nextDate).toMatch(/^\d{1,2} \w+ 20\d\d — (Reassessment|Contact the client)/);

    // In step: one upcoming item in the list is the line's next date.
    const fresh = rowOf(initialRecord('2025-03-11'), 'org-b', 'Bravo');
    const soon = day('2025-12-01');
    const first = dueLines([fresh], soon)[0];
    const freshLine = portfolioLine(fresh, DEFAULT_PROFILE, soon);
    expect(freshLine.overdue).toBe(0);
    expect(first?.alert.kind).toBe('upcoming');
    expect(freshLine.nextDate.startsWith(formatLongDate(first!.alert.date))).toBe(true);
  });
});
