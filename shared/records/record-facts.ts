/**
 * The facts of a record that every export prints — DOCX, PDF and XLSX alike, and the screens —
 * worked out in one place so that one record never disagrees with itself:
 * - `stageDevelopmentPoints`: the development points at a stage (raised there or carried in);
 * - `scoreChangesAt` / `cycleScoreChanges`: changes of score (DTR or final mark) at a stage and
 *   across its cycle — text edits are never score changes;
 * - `cycleDates`: the dates of first and second surveillance and of recertification (the stage's
 *   visit date, else the organisation's planned date, else "TBC");
 * - `categoriesAfterStages`: the surveillance category after each stage, side by side.
 */
export type { StageDevelopmentPoint } from './facts/development-points-at';
export {
  openDevelopmentPointsAfter,
  otherDevelopmentNotes,
  stageDevelopmentPoints,
} from './facts/development-points-at';
export type { OtherDevelopmentNote } from './facts/development-points-at';
export type { ScoreChange } from './facts/score-changes';
export { continuesPreviousStage, cycleScoreChanges, scoreChangesAt } from './facts/score-changes';
export type { CycleDate, CycleDateSource } from './facts/cycle-dates';
export {
  PLANNED_DATE_KINDS,
  allCycleDates,
  cycleDates,
  plannedDatesCycle,
} from './facts/cycle-dates';
export type { StageCategory } from './facts/categories';
export { categoriesAfterStages } from './facts/categories';
