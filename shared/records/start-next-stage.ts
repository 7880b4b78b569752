import { findCatalogue } from '../catalogue/catalogue';
import type { IsoDate } from '../types/dates';
import { formatLongDate, keyDateStart } from '../types/dates';
import { compareDates } from '../types/date-math';
import type { StageId } from '../types/ids';
import { CLIENT_ID_PATTERN } from '../types/ids';
import type { AssessmentRecord, ElementEntry, Stage, StageKind } from '../types/record';
import { STAGE_KIND_NAMES } from '../types/record';
import type { Result } from '../types/result';
import { assertNever, fail, ok } from '../types/result';
import { EMPTY_STAGE_DATES, emptyStageSurveillance, normaliseEntries } from './create';
import { emptyStageReport } from '../types/report';
import { stageTitle } from './select-stage';

export interface NextStageInput {
  readonly id: StageId;
  readonly kind: Exclude<StageKind, 'initial'>;
  readonly cycle: number;
  /** Default: the previous stage's assessor. */
  readonly assessor?: string;
  /** When given, a note says if the previous stage's visit has not taken place by then. */
  readonly today?: IsoDate;
}

export interface StartedStage {
  readonly record: AssessmentRecord;
  readonly stage: Stage;
  /** Things the assessor should know about the copy, in words. */
  readonly notes: readonly string[];
}

/**
 * The entry a new stage starts from, copied from the previous stage's entry.
 * - Surveillance: the previous FINAL mark becomes both the new DTR mark and the new final mark.
 *   The DTR mark keeps the starting point, so "DTR → final" inside the stage shows what this
 *   surveillance changed; the final mark starts equal because a surveillance re-scores only
 *   what it looks at and every other element keeps its mark, as in the paper record.
 * - Reassessment: both marks start empty, because a reassessment marks all elements afresh and
 *   a carried mark would let an unexamined element pass.
 * Desk-top evidence, key questions, Compliance Plus justification and development note are
 * copied as the starting text. Visit evidence and "verified on-site" describe the previous
 * visit, so they start empty.
 */
export function carriedEntry(previous: ElementEntry, kind: NextStageInput['kind']): ElementEntry {
  const mark = kind === 'reassessment' ? null : previous.finalMark;
  return {
    ...previous,
    visitEvidence: '',
    verifiedOnSite: false,
    dtrMark: mark,
    finalMark: mark,
  };
}

function refuse(record: AssessmentRecord, input: NextStageInput): string | null {
  if (!CLIENT_ID_PATTERN.test(input.id)) return `"${input.id}" is not a valid stage id`;
  if (record.stages.some((s) => s.id === input.id)) {
    return `the record already has a stage with id "${input.id}"`;
  }
  if (!Number.isInteger(input.cycle) || input.cycle < 1 || input.cycle > 99) {
    return `cycle ${input.cycle} is not a whole number from 1 to 99`;
  }
  if (input.kind === 'reassessment' && input.cycle < 2) {
    return 'a reassessment starts cycle 2 or later';
  }
  const twin = record.stages.find((s) => s.kind === input.kind && s.cycle === input.cycle);
  if (twin) return `cycle ${input.cycle} already has a ${STAGE_KIND_NAMES[input.kind]} stage`;
  return null;
}

/**
 * Adds the next stage after the record's latest, starting from that stage's final marks and
 * notes (see `carriedEntry`); dates, visit days, stage notes and surveillance records start
 * empty. Fails with a sentence when the id, kind or cycle do not fit the record.
 */
export function startNextStage(
  record: AssessmentRecord,
  input: NextStageInput,
): Result<StartedStage, string> {
  const previous = record.stages[record.stages.length - 1];
  if (!previous) return fail(['the record has no stage to start from']);
  const problem = refuse(record, input);
  if (problem) return fail([problem]);
  const catalogue = findCatalogue(previous.catalogueId);
  if (!catalogue) return fail([`unknown edition of the standard "${previous.catalogueId}"`]);
  const stage: Stage = {
    id: input.id,
    kind: input.kind,
    cycle: input.cycle,
    catalogueId: previous.catalogueId,
    assessor: input.assessor ?? previous.assessor,
    dates: EMPTY_STAGE_DATES,
    visitDays: null,
    notes: '',
    entries: normaliseEntries(catalogue, previous.entries).map((e) => carriedEntry(e, input.kind)),
    surveillance: emptyStageSurveillance(),
    // The narrative is the new stage's own: nothing of the previous report is carried.
    report: emptyStageReport(),
  };
  const from = stageTitle(previous);
  const notes = [
    input.kind === 'reassessment'
      ? `Started from ${from}: text copied, marks left empty for a full reassessment.`
      : `Started from ${from}: its final marks are this stage's starting DTR and final marks.`,
  ];
  const unmarked = previous.entries.filter((e) => e.finalMark === null).length;
  if (unmarked > 0) notes.push(`${unmarked} elements had no final mark at ${from}.`);
  const held = keyDateStart(previous.dates.visit);
  if (input.today !== undefined && (held === null || compareDates(held, input.today) > 0)) {
    notes.push(
      held === null
        ? `${from} has no visit date yet; its marks were copied as they stand.`
        : `${from}'s visit (${formatLongDate(held)}) is after today; its marks were copied as they stand.`,
    );
  }
  return ok({ record: { ...record, stages: [...record.stages, stage] }, stage, notes });
}

/** The kind and cycle that normally follow the record's latest stage. */
export function nextStageKind(
  record: AssessmentRecord,
): { readonly kind: NextStageInput['kind']; readonly cycle: number } | null {
  const last = record.stages[record.stages.length - 1];
  if (!last) return null;
  switch (last.kind) {
    case 'initial':
    case 'reassessment':
      return { kind: 'surveillance-1', cycle: last.cycle };
    case 'surveillance-1':
      return { kind: 'surveillance-2', cycle: last.cycle };
    case 'surveillance-2':
      return { kind: 'reassessment', cycle: last.cycle + 1 };
    default:
      return assertNever(last.kind);
  }
}
