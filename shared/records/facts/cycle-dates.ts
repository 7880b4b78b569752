import type { KeyDate } from '../../types/dates';
import { formatKeyDate } from '../../types/dates';
import type { AssessmentRecord, PlannedDates, StageKind } from '../../types/record';
import { PLANNED_DATE_FIELDS, PLANNED_DATE_NAMES } from '../../types/record';

/**
 * The record's "Date of first surveillance | Date of second surveillance | Date of
 * recertification" for a cycle, by one rule that every export and screen uses.
 */

/** The stage kind each planned date is for (recertification: the next cycle's reassessment). */
export const PLANNED_DATE_KINDS: Readonly<Record<keyof PlannedDates, StageKind>> = {
  surveillance1: 'surveillance-1',
  surveillance2: 'surveillance-2',
  recertification: 'reassessment',
};

/** Where a printed cycle date came from. */
export type CycleDateSource = 'stage' | 'planned' | 'none';

/** One of the dates of first and second surveillance and of recertification, as printed. */
export interface CycleDate {
  readonly field: keyof PlannedDates;
  /** The cycle the date belongs to (a recertification starts cycle + 1). */
  readonly cycle: number;
  /** "Date of first surveillance", with " (cycle 2)" after the first cycle. */
  readonly label: string;
  /** As printed: "10 March 2016", "11–12 March 2015", "N/A" or "TBC" — never empty. */
  readonly value: string;
  readonly source: CycleDateSource;
}

/**
 * The cycle the organisation's planned dates are for: the cycle of the record's latest stage
 * (1 for a record without stages). A reassessment starts a new cycle, so its planned dates are
 * then the new cycle's.
 */
export function plannedDatesCycle(record: AssessmentRecord): number {
  return record.stages[record.stages.length - 1]?.cycle ?? 1;
}

function isHeld(date: KeyDate | null): date is KeyDate {
  return date !== null && date.kind !== 'tbc';
}

/**
 * The three cycle dates of `cycle`, each by this rule: the visit date of that stage once the
 * stage exists and has one (a date, a span or "N/A"); otherwise, for the cycle the planned dates
 * are for (`plannedDatesCycle`), the organisation's planned date; otherwise "TBC".
 */
export function cycleDates(record: AssessmentRecord, cycle: number): CycleDate[] {
  const planned = cycle === plannedDatesCycle(record);
  const suffix = cycle > 1 ? ` (cycle ${cycle})` : '';
  return PLANNED_DATE_FIELDS.map((field): CycleDate => {
    const kind = PLANNED_DATE_KINDS[field];
    const stageCycle = kind === 'reassessment' ? cycle + 1 : cycle;
    const stage = record.stages.find((s) => s.kind === kind && s.cycle === stageCycle);
    const label = `${PLANNED_DATE_NAMES[field]}${suffix}`;
    const visit = stage?.dates.visit ?? null;
    if (isHeld(visit)) return { field, cycle, label, value: formatKeyDate(visit), source: 'stage' };
    const plan = planned ? record.organisation.plannedDates[field] : null;
    if (isHeld(plan)) return { field, cycle, label, value: formatKeyDate(plan), source: 'planned' };
    return { field, cycle, label, value: 'TBC', source: 'none' };
  });
}

/** The cycles of the record in order (and the planned dates' cycle), each with `cycleDates`. */
export function allCycleDates(record: AssessmentRecord): CycleDate[] {
  const cycles = new Set(record.stages.map((s) => s.cycle));
  cycles.add(plannedDatesCycle(record));
  return [...cycles].sort((a, b) => a - b).flatMap((c) => cycleDates(record, c));
}
