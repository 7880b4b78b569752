import type { ElementId } from '../types/ids';
import type { ElementEntry, Stage } from '../types/record';
import { emptyEntry } from '../records/create';
import { continuesPreviousStage } from '../records/record-facts';
import { carriedEntry } from '../records/start-next-stage';

/**
 * How the Word layout carries a surveillance's entries: section 3 lists only the elements whose
 * entry differs from what the surveillance started from — first those whose score changed
 * (shared/records/record-facts.ts `scoreChangesAt`), then those with other edits. Export and
 * import share this rule so that an exported record reads back the same.
 */

/** A stage that has its own assessment analysis (section 1): the initial and reassessments. */
export function hasAnalysis(stage: Pick<Stage, 'kind'>): boolean {
  return !continuesPreviousStage(stage);
}

/**
 * The entry a surveillance starts from in the Word layout: what starting the stage in the app
 * makes of the previous stage's entry (`carriedEntry`: its final mark as the DTR and final mark,
 * its texts, but no visit evidence or VO flag, which describe the previous visit); an empty entry
 * when there is none. So a surveillance started in the app lists only what was done at it.
 */
export function surveillanceBaseline(
  previous: ElementEntry | undefined,
  element: ElementId,
): ElementEntry {
  return previous ? carriedEntry(previous, 'surveillance-1') : emptyEntry(element);
}

const FIELDS = [
  'deskTopEvidence',
  'keyQuestions',
  'visitEvidence',
  'verifiedOnSite',
  'dtrMark',
  'finalMark',
  'cpJustification',
  'developmentNote',
] as const satisfies readonly (keyof ElementEntry)[];

/** Whether two entries hold the same texts, marks and VO flag. */
export function sameEntry(a: ElementEntry, b: ElementEntry): boolean {
  return FIELDS.every((f) => a[f] === b[f]);
}

/** The entries of a surveillance that differ from its baseline, in the stage's order. */
export function changedEntries(stage: Stage, previous: Stage | null): ElementEntry[] {
  const before = new Map(previous?.entries.map((e) => [e.element, e] as const) ?? []);
  return stage.entries.filter(
    (e) => !sameEntry(e, surveillanceBaseline(before.get(e.element), e.element)),
  );
}
