import { DEFAULT_CATALOGUE } from '../../../shared/catalogue/catalogue';
import type { Mark, MaybeMark } from '../../../shared/types/marks';
import type { AssessmentRecord, Stage } from '../../../shared/types/record';

/**
 * What a fixture document says, element by element, written down independently of the importer:
 * the tests build a document from it (with quirks) and check the import gives it back.
 */
export interface ElementTruth {
  readonly id: string;
  readonly statement: string;
  readonly dtr: MaybeMark;
  readonly final: MaybeMark;
  readonly deskTop: string;
  readonly questions: string;
  readonly visit: string;
  readonly vo: boolean;
  readonly cp: string;
  readonly dev: string;
}

export const ELEMENTS = DEFAULT_CATALOGUE.elements;

const FINAL_P = new Set(['1.3.4', '2.2.3', '4.2.3', '4.3.1', '4.3.5', '5.3.3']);
const FINAL_CP = new Set(['1.2.2', '3.3.1']);
const DTR_P = new Set([...FINAL_P, '1.1.3', '1.2.3', '1.3.2', '2.1.4', '3.4.2']);

/** The marks and texts of a full initial assessment: 6 partials, 2 Compliance Plus, no NC. */
export function standardTruth(seed: string): ElementTruth[] {
  return ELEMENTS.map((e) => {
    const final: Mark = FINAL_P.has(e.id) ? 'P' : FINAL_CP.has(e.id) ? 'CP' : 'F';
    const dtr: Mark = DTR_P.has(e.id) ? 'P' : 'F';
    const verified = final !== 'P';
    return {
      id: e.id,
      statement: e.statement,
      dtr,
      final,
      deskTop: `${seed}: ${e.id} policy and minutes\nAnnual report section ${e.id.replace(/\./g, '-')}`,
      questions: `Discuss ${e.id} with managers and staff`,
      visit: verified ? 'VO' : 'See assessment report for development point.',
      vo: verified,
      cp: final === 'CP' ? `Exemplary practice for ${e.id}: shared with other councils.` : '',
      dev:
        final === 'P'
          ? `Development point for ${e.id}: publish the results and the action taken.`
          : '',
    };
  });
}

/** Overrides some elements of a truth. */
export function withChanges(
  truth: readonly ElementTruth[],
  changes: Readonly<Record<string, Partial<ElementTruth>>>,
): ElementTruth[] {
  return truth.map((t) => ({ ...t, ...(changes[t.id] ?? {}) }));
}

/** The truth as the entries the importer should give (for toEqual). */
export function expectedEntries(truth: readonly ElementTruth[]): Stage['entries'] {
  return truth.map((t) => ({
    element: t.id as Stage['entries'][number]['element'],
    deskTopEvidence: t.deskTop,
    keyQuestions: t.questions,
    visitEvidence: t.visit,
    verifiedOnSite: t.vo,
    dtrMark: t.dtr,
    finalMark: t.final,
    cpJustification: t.cp,
    developmentNote: t.dev,
  }));
}

/** Spells a mark the way a given fixture writes it, varying by position. */
export function spell(
  mark: MaybeMark,
  i: number,
  spellings: Readonly<Record<Mark, readonly string[]>>,
): string {
  if (mark === null) return '';
  const list = spellings[mark];
  return list[i % list.length] ?? mark;
}

/** A stage of an imported record by kind, or a test failure. */
export function stageOf(record: AssessmentRecord, kind: Stage['kind'], cycle = 1): Stage {
  const stage = record.stages.find((s) => s.kind === kind && s.cycle === cycle);
  if (!stage)
    throw new Error(
      `no ${kind} stage in the import: ${record.stages.map((s) => s.kind).join(', ')}`,
    );
  return stage;
}
