import type { AssessmentRecord, Stage, StageKind } from '../types/record';
import { STAGE_KIND_NAMES, STAGE_KINDS } from '../types/record';
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';

/** Short names accepted for stage kinds on the command line and in search. */
const KIND_ALIASES: Readonly<Record<string, StageKind>> = {
  initial: 'initial',
  ia: 'initial',
  'surveillance-1': 'surveillance-1',
  sv1: 'surveillance-1',
  'surveillance-2': 'surveillance-2',
  sv2: 'surveillance-2',
  reassessment: 'reassessment',
  recertification: 'reassessment',
  ra: 'reassessment',
};

export interface SelectedStage {
  readonly stage: Stage;
  /** 1-based position in the record's list of stages. */
  readonly number: number;
}

/** "Surveillance 1 (cycle 2)" — cycle shown only after the first. */
export function stageTitle(stage: Pick<Stage, 'kind' | 'cycle'>): string {
  const name = STAGE_KIND_NAMES[stage.kind];
  return stage.cycle > 1 ? `${name} (cycle ${stage.cycle})` : name;
}

/**
 * Picks a stage by 1-based number ("2") or kind ("surveillance-1", "sv1"); a kind that occurs in
 * several cycles picks the latest. Without a selector, the latest stage.
 */
export function selectStage(
  record: AssessmentRecord,
  selector: string | undefined,
): Result<SelectedStage, string> {
  const stages = record.stages;
  const listed = stages.map((s, i) => `${i + 1} ${stageTitle(s)}`).join(', ');
  if (selector === undefined) {
    const last = stages[stages.length - 1];
    return last ? ok({ stage: last, number: stages.length }) : fail(['the record has no stage']);
  }
  const text = selector.trim().toLowerCase();
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    const stage = stages[n - 1];
    if (!stage) return fail([`no stage number ${n}; the record has ${listed}`]);
    return ok({ stage, number: n });
  }
  const kind = KIND_ALIASES[text];
  if (!kind) {
    return fail([`unknown stage "${selector}"; use a number or one of ${STAGE_KINDS.join(', ')}`]);
  }
  for (let i = stages.length - 1; i >= 0; i -= 1) {
    const stage = stages[i];
    if (stage?.kind === kind) return ok({ stage, number: i + 1 });
  }
  return fail([`the record has no ${STAGE_KIND_NAMES[kind]} stage; it has ${listed}`]);
}
