import type { ChangeLogEntry } from '../../db/index';

/** The names of element entry fields, as the workbook shows them. */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  deskTopEvidence: 'Desk-top evidence',
  keyQuestions: 'Key questions / person asked',
  visitEvidence: 'Visit day(s) evidence',
  verifiedOnSite: 'Verified on-site',
  dtrMark: 'DTR result',
  finalMark: 'Visit (final) result',
  cpJustification: 'Compliance Plus justification',
  developmentNote: 'Development point',
};

/** One change of an element, in words for the history list. */
export interface HistoryLine {
  readonly id: string;
  readonly at: string;
  readonly field: string;
  /** Short form: "P → F", "Yes → No", or "412 → 436 characters". */
  readonly summary: string;
  /** Full text before and after, for text fields. */
  readonly before: string | null;
  readonly after: string | null;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

/** The audit trail of an element as lines, newest first (the order the repository returns). */
export function historyLines(changes: readonly ChangeLogEntry[]): HistoryLine[] {
  return changes.map((c) => {
    const name = FIELD_NAMES[c.field] ?? c.field;
    const isText =
      typeof c.before === 'string' && typeof c.after === 'string' && !c.field.endsWith('Mark');
    if (isText) {
      const before = c.before as string;
      const after = c.after as string;
      return {
        id: c.id,
        at: c.at,
        field: name,
        summary: `${before.length} → ${after.length} characters`,
        before,
        after,
      };
    }
    return {
      id: c.id,
      at: c.at,
      field: name,
      summary: `${show(c.before)} → ${show(c.after)}`,
      before: null,
      after: null,
    };
  });
}

/** "23 Nov 2026, 10:04:05" in the assessor's locale and time zone. */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
}
