import type { StageId } from '../shared/types/ids';
import type { Stage } from '../shared/types/record';
import { withRenamedPoints } from '../shared/surveillance/renamed-stages';

/**
 * The stages with new ids (`idOf(stage, index)`), their development points re-pointed to the
 * stages that raised them under the new ids. Seeding copies of one record must do this: a point
 * still naming the template's stage makes a record the exchange format refuses, so every
 * backup of the seeded fieldbook failed its read-back (and its dialog took the keyboard's focus
 * from the keystroke bench). Pure; runs in Node and in the probe page.
 */
export function withStageIds(
  stages: readonly Stage[],
  idOf: (stage: Stage, index: number) => StageId,
): Stage[] {
  const ids = new Map(stages.map((s, i) => [s.id, idOf(s, i)] as const));
  return stages.map((stage) => ({
    ...withRenamedPoints(stage, ids),
    id: ids.get(stage.id) ?? stage.id,
  }));
}
