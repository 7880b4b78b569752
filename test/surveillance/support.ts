import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { createRecord } from '../../shared/records/create';
import type { NextStageInput } from '../../shared/records/start-next-stage';
import { startNextStage } from '../../shared/records/start-next-stage';
import type { IsoDate } from '../../shared/types/dates';
import type { OrganisationId, StageId } from '../../shared/types/ids';
import type { MaybeMark } from '../../shared/types/marks';
import type { AssessmentRecord, Stage } from '../../shared/types/record';

/** Test shorthand: a checked-looking date. */
export const d = (text: string): IsoDate => text as IsoDate;

/** A copy of `stage` with the given final marks (by element) and every other element at F. */
export function marked(
  stage: Stage,
  finals: Readonly<Record<string, MaybeMark>> = {},
  notes: Readonly<Record<string, string>> = {},
): Stage {
  return {
    ...stage,
    entries: stage.entries.map((e) => {
      const mark = e.element in finals ? (finals[e.element] ?? null) : 'F';
      return {
        ...e,
        dtrMark: e.dtrMark ?? mark,
        finalMark: mark,
        developmentNote: notes[e.element] ?? e.developmentNote,
      };
    }),
  };
}

/** A copy of `stage` visited on `visit` (a one-day key date). */
export function visited(stage: Stage, visit: string | null): Stage {
  return {
    ...stage,
    dates: { ...stage.dates, visit: visit === null ? null : { kind: 'date', date: d(visit) } },
  };
}

/** A record whose initial assessment was visited on `visit`, with these final marks. */
export function initialRecord(
  visit: string | null,
  finals: Readonly<Record<string, MaybeMark>> = {},
  notes: Readonly<Record<string, string>> = {},
): AssessmentRecord {
  const record = createRecord({
    organisationId: 'org-test' as OrganisationId,
    stageId: 'ia' as StageId,
    name: 'Test Council',
    reference: '99/0001',
    catalogue: DEFAULT_CATALOGUE,
  });
  const stage = record.stages[0]!;
  return { ...record, stages: [visited(marked(stage, finals, notes), visit)] };
}

/** Starts the next stage and lets `change` edit it; throws on refusal (tests only). */
export function next(
  record: AssessmentRecord,
  input: Omit<NextStageInput, 'id'> & { readonly id: string },
  change: (stage: Stage) => Stage = (s) => s,
): AssessmentRecord {
  const started = startNextStage(record, { ...input, id: input.id as StageId });
  if (!started.ok) throw new Error(started.errors.join('; '));
  const { stage } = started.value;
  return { ...record, stages: [...record.stages, change(stage)] };
}

/** Final mark of `element` at stage `index`. */
export function finalOf(record: AssessmentRecord, index: number, element: string): MaybeMark {
  return record.stages[index]?.entries.find((e) => e.element === element)?.finalMark ?? null;
}

/** A copy of `stage` with only the listed final marks changed. */
export function remarked(stage: Stage, finals: Readonly<Record<string, MaybeMark>>): Stage {
  return {
    ...stage,
    entries: stage.entries.map((e) =>
      e.element in finals ? { ...e, finalMark: finals[e.element] ?? null } : e,
    ),
  };
}
