import type { IsoDate, KeyDate } from '../types/dates';
import { keyDateStart } from '../types/dates';
import type { Stage, StageDates } from '../types/record';
import { STAGE_DATE_FIELDS, STAGE_DATE_NAMES } from '../types/record';

/** Elements of a stage with a final (visit) mark. */
export function finalMarksGiven(stage: Stage): number {
  return stage.entries.filter((e) => e.finalMark !== null).length;
}

/** Elements of a stage with a desk-top review mark. */
export function dtrMarksGiven(stage: Stage): number {
  return stage.entries.filter((e) => e.dtrMark !== null).length;
}

export interface UpcomingDate {
  readonly date: IsoDate;
  readonly label: string;
  readonly stage: Stage;
}

/**
 * The next key date on or after `today` across the stages (earliest first), or `null`.
 * Dates written TBC or N/A have no day and are not counted.
 */
export function nextKeyDate(stages: readonly Stage[], today: IsoDate): UpcomingDate | null {
  let best: UpcomingDate | null = null;
  for (const stage of stages) {
    for (const field of STAGE_DATE_FIELDS) {
      const start = keyDateStart(stage.dates[field] as KeyDate | null);
      if (start === null || start < today) continue;
      if (best === null || start < best.date)
        best = { date: start, label: STAGE_DATE_NAMES[field as keyof StageDates], stage };
    }
  }
  return best;
}
