import { stageTitle } from '../records/select-stage';
import type { IsoDate } from '../types/dates';
import { formatLongDate, keyDateStart } from '../types/dates';
import { addMonths, compareDates } from '../types/date-math';
import type { StageId } from '../types/ids';
import type { AssessmentRecord, Stage, StageKind } from '../types/record';

/**
 * The dates of the certification cycle (CSE-STANDARD.md, "The cycle").
 *
 * Anchor: a cycle starts on the FIRST DAY OF THE VISIT of its initial assessment (cycle 1) or
 * reassessment (later cycles). The record holds no certification date and the visit is the
 * date every assessor has; the certifying body's decision follows it by days. A reassessment
 * whose visit has not taken place yet anchors its cycle on its due date instead.
 * - Surveillance 1 is due 12 months after the anchor;
 * - surveillance 2 is due 12 months after the surveillance 1 visit once it has taken place,
 *   otherwise 12 months after surveillance 1's due date;
 * - the reassessment that starts the next cycle is due 36 months after the anchor;
 * - the certifying body contacts the client 2 months before each is due.
 * Month arithmetic clamps at month ends (`addMonths`). An off-site stage whose visit is "N/A" is
 * taken as held on the first day of its desk-top review.
 */

/** The stages the schedule plans: everything after a cycle's start, and the next start. */
export type ScheduleKind = Exclude<StageKind, 'initial'>;

/**
 * Where an item stands on `today`: `done` (held on or before today), `booked` (a visit date
 * after today), `in-preparation` (the stage exists without a date), `not-started` (no stage).
 */
export type ItemState = 'done' | 'booked' | 'in-preparation' | 'not-started';

/** Item states in words, as the plan prints them. */
export const ITEM_STATE_NAMES: Readonly<Record<ItemState, string>> = {
  done: 'done',
  booked: 'visit booked',
  'in-preparation': 'in preparation',
  'not-started': 'not started',
};

/** Months from the cycle anchor, from the previous surveillance, and before the due date. */
export const CYCLE_MONTHS = { surveillance: 12, reassessment: 36, contactBefore: 2 } as const;

/** One surveillance or reassessment of the schedule. */
export interface ScheduleItem {
  /** Stable within the organisation: `"surveillance-1#1"`, `"reassessment#2"`. */
  readonly key: string;
  readonly kind: ScheduleKind;
  /** The cycle the stage belongs to (a reassessment opens the next cycle). */
  readonly cycle: number;
  /** "Surveillance 1", "Reassessment (cycle 2)". */
  readonly title: string;
  /** When it is due; `null` until the cycle's anchor is known. */
  readonly due: IsoDate | null;
  /** When the certifying body should contact the client: two months before `due`. */
  readonly contact: IsoDate | null;
  /** How `due` was worked out, in words. */
  readonly basis: string;
  /** The stage of the record for this item, once started. */
  readonly stageId: StageId | null;
  /** The first day of its visit (held or booked), if set. */
  readonly heldOn: IsoDate | null;
  readonly state: ItemState;
  /** When the client was contacted about it, as recorded on its stage. */
  readonly contactedOn: IsoDate | null;
}

/** The first day a stage was (or is to be) held: its visit, or its desk-top review if off-site. */
export function stageHeldOn(stage: Stage): IsoDate | null {
  const visit = stage.dates.visit;
  if (visit?.kind === 'na') return keyDateStart(stage.dates.deskTopReview);
  return keyDateStart(visit);
}

function stateOf(stage: Stage | undefined, today: IsoDate): ItemState {
  if (!stage) return 'not-started';
  const held = stageHeldOn(stage);
  if (held === null) return 'in-preparation';
  return compareDates(held, today) <= 0 ? 'done' : 'booked';
}

function findStage(record: AssessmentRecord, kind: StageKind, cycle: number): Stage | undefined {
  return record.stages.find((s) => s.kind === kind && s.cycle === cycle);
}

interface Anchor {
  readonly date: IsoDate | null;
  /** "the first day of the initial assessment visit (11 March 2015)". */
  readonly words: string;
}

function item(
  record: AssessmentRecord,
  kind: ScheduleKind,
  cycle: number,
  due: IsoDate | null,
  basis: string,
  today: IsoDate,
): ScheduleItem {
  const stage = findStage(record, kind, cycle);
  const title = stageTitle({ kind, cycle });
  return {
    key: `${kind}#${cycle}`,
    kind,
    cycle,
    title,
    due,
    contact: due === null ? null : addMonths(due, -CYCLE_MONTHS.contactBefore),
    basis,
    stageId: stage?.id ?? null,
    heldOn: stage ? stageHeldOn(stage) : null,
    state: stateOf(stage, today),
    contactedOn: stage?.surveillance.contactedOn ?? null,
  };
}

function after(months: number, anchor: Anchor): string {
  return anchor.date === null
    ? `${months} months after ${anchor.words}, which is not known yet`
    : `${months} months after ${anchor.words}`;
}

function plus(anchor: Anchor, months: number): IsoDate | null {
  return anchor.date === null ? null : addMonths(anchor.date, months);
}

/**
 * The schedule of every cycle of the record up to its latest: for each cycle its surveillance 1,
 * surveillance 2 and the reassessment that opens the next cycle, with due and contact dates and
 * where each stands on `today`. Pure; `today` is passed in.
 */
export function buildSchedule(record: AssessmentRecord, today: IsoDate): ScheduleItem[] {
  const lastCycle = record.stages.reduce((max, s) => Math.max(max, s.cycle), 1);
  const items: ScheduleItem[] = [];
  const initial = findStage(record, 'initial', 1);
  const initialDay = initial ? stageHeldOn(initial) : null;
  let anchor: Anchor = {
    date: initialDay,
    words:
      initialDay === null
        ? 'the first day of the initial assessment visit'
        : `the first day of the initial assessment visit (${formatLongDate(initialDay)})`,
  };
  for (let cycle = 1; cycle <= lastCycle; cycle += 1) {
    const sv1 = item(
      record,
      'surveillance-1',
      cycle,
      plus(anchor, CYCLE_MONTHS.surveillance),
      after(CYCLE_MONTHS.surveillance, anchor),
      today,
    );
    const sv1Held = sv1.state === 'done' ? sv1.heldOn : null;
    const sv1Anchor: Anchor =
      sv1Held !== null
        ? { date: sv1Held, words: `the ${sv1.title} visit (${formatLongDate(sv1Held)})` }
        : {
            date: sv1.due,
            words: `the ${sv1.title} due date${sv1.due ? ` (${formatLongDate(sv1.due)})` : ''}, as it has not taken place`,
          };
    const sv2 = item(
      record,
      'surveillance-2',
      cycle,
      plus(sv1Anchor, CYCLE_MONTHS.surveillance),
      after(CYCLE_MONTHS.surveillance, sv1Anchor),
      today,
    );
    const ra = item(
      record,
      'reassessment',
      cycle + 1,
      plus(anchor, CYCLE_MONTHS.reassessment),
      after(CYCLE_MONTHS.reassessment, anchor),
      today,
    );
    items.push(sv1, sv2, ra);
    const raHeld = ra.state === 'done' ? ra.heldOn : null;
    anchor =
      raHeld !== null
        ? {
            date: raHeld,
            words: `the first day of the ${ra.title} visit (${formatLongDate(raHeld)})`,
          }
        : {
            date: ra.due,
            words: `the ${ra.title} due date${ra.due ? ` (${formatLongDate(ra.due)})` : ''}, as its visit has not taken place`,
          };
  }
  return items;
}

/** The first item not yet done: the surveillance (or reassessment) to plan for. */
export function nextItem(schedule: readonly ScheduleItem[]): ScheduleItem | null {
  return schedule.find((i) => i.state !== 'done') ?? null;
}
