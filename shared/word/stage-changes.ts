import type { ElementId } from '../types/ids';
import type { ElementEntry, Stage } from '../types/record';
import { emptyEntry } from '../records/create';

/**
 * How the Word layout carries a surveillance's marks: section 3 lists only the elements whose
 * entry differs from what the surveillance started from. Export and import share this rule so
 * that an exported record reads back the same.
 */

/** A stage that has its own assessment analysis (section 1): the initial and reassessments. */
export function hasAnalysis(stage: Pick<Stage, 'kind'>): boolean {
  return stage.kind === 'initial' || stage.kind === 'reassessment';
}

/**
 * The entry a surveillance starts from: the previous stage's entry with its final mark also as
 * the DTR mark (the mark the surveillance starts from); an empty entry when there is none.
 */
export function surveillanceBaseline(
  previous: ElementEntry | undefined,
  element: ElementId,
): ElementEntry {
  return previous ? { ...previous, dtrMark: previous.finalMark } : emptyEntry(element);
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
