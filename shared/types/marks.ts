/** The four marks an element can receive, best first. */
export const MARKS = ['CP', 'F', 'P', 'NC'] as const;

/** CP Compliance Plus, F Full, P Partial, NC Non-compliance. */
export type Mark = (typeof MARKS)[number];

/** A mark, or `null` while the element has not been marked. */
export type MaybeMark = Mark | null;

/** Which of an element's two marks: after the desk-top review, or after the assessment visit. */
export type MarkSet = 'dtr' | 'final';

export const MARK_NAMES: Readonly<Record<Mark, string>> = {
  CP: 'Compliance Plus',
  F: 'Full Compliance',
  P: 'Partial Compliance',
  NC: 'Non-compliance',
};

/** True for the marks that count towards the 80% rule (Full or better). */
export function isFullOrBetter(mark: MaybeMark): boolean {
  return mark === 'CP' || mark === 'F';
}

export function isMark(value: unknown): value is Mark {
  return typeof value === 'string' && (MARKS as readonly string[]).includes(value);
}
