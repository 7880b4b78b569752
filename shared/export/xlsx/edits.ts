import { findCatalogue } from '../../catalogue/catalogue';
import { emptyEntry } from '../../records/create';
import type { ElementId, StageId } from '../../types/ids';
import type { MaybeMark } from '../../types/marks';
import { MARK_NAMES } from '../../types/marks';
import type { AssessmentRecord, ElementEntry, EntryTextField, Stage } from '../../types/record';
import type { Result } from '../../types/result';
import { fail, ok } from '../../types/result';

/** One changed value of one element: what the record holds (`before`) and the workbook (`after`). */
export type StageEdit =
  | {
      readonly element: ElementId;
      readonly field: 'dtrMark' | 'finalMark';
      readonly before: MaybeMark;
      readonly after: MaybeMark;
    }
  | {
      readonly element: ElementId;
      readonly field: 'verifiedOnSite';
      readonly before: boolean;
      readonly after: boolean;
    }
  | {
      readonly element: ElementId;
      readonly field: EntryTextField;
      readonly before: string;
      readonly after: string;
    };

export type EditField = StageEdit['field'];

/** Fields in the order the record shows them. */
export const EDIT_FIELDS: readonly EditField[] = [
  'deskTopEvidence',
  'keyQuestions',
  'visitEvidence',
  'verifiedOnSite',
  'dtrMark',
  'finalMark',
  'cpJustification',
  'developmentNote',
];

/** Column names as the workbook and the record print them. */
export const EDIT_FIELD_NAMES: Readonly<Record<EditField, string>> = {
  deskTopEvidence: 'Desk-top evidence',
  keyQuestions: 'Key questions / person asked',
  visitEvidence: 'Visit day(s) evidence',
  verifiedOnSite: 'VO',
  dtrMark: 'DTR result',
  finalMark: 'Visit (final) result',
  cpJustification: 'CP justification',
  developmentNote: 'Development point',
};

/** Texts compare equal when only their line endings differ (Excel may write "\r\n"). */
function sameText(a: string, b: string): boolean {
  return a === b || a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');
}

function editOf(
  element: ElementId,
  field: EditField,
  before: ElementEntry,
  after: ElementEntry,
): StageEdit | null {
  switch (field) {
    case 'dtrMark':
    case 'finalMark':
      return before[field] === after[field]
        ? null
        : { element, field, before: before[field], after: after[field] };
    case 'verifiedOnSite':
      return before.verifiedOnSite === after.verifiedOnSite
        ? null
        : { element, field, before: before.verifiedOnSite, after: after.verifiedOnSite };
    default:
      return sameText(before[field], after[field])
        ? null
        : { element, field, before: before[field], after: after[field] };
  }
}

function stageOf(record: AssessmentRecord, stageId: StageId | string): Stage | undefined {
  return record.stages.find((s) => s.id === stageId);
}

/**
 * What the edited entries change in a stage, element by element in catalogue order and field by
 * field in record order. Entries for elements outside the stage's catalogue are ignored; an
 * unknown stage gives no edits. Pure.
 */
export function diffStage(
  record: AssessmentRecord,
  stageId: StageId | string,
  edits: { readonly entries: readonly ElementEntry[] },
): StageEdit[] {
  const stage = stageOf(record, stageId);
  const catalogue = stage ? findCatalogue(stage.catalogueId) : undefined;
  if (!stage || !catalogue) return [];
  const now = new Map(stage.entries.map((e) => [e.element, e] as const));
  const next = new Map(edits.entries.map((e) => [e.element, e] as const));
  const out: StageEdit[] = [];
  for (const element of catalogue.elements) {
    const after = next.get(element.id);
    if (!after) continue;
    const before = now.get(element.id) ?? emptyEntry(element.id);
    for (const field of EDIT_FIELDS) {
      const edit = editOf(element.id, field, before, after);
      if (edit) out.push(edit);
    }
  }
  return out;
}

/** "P → F", "(unmarked) → CP", "no → yes", text shortened to `width` characters. */
export function describeEditValue(edit: StageEdit, which: 'before' | 'after', width = 60): string {
  const value = edit[which];
  if (value === null) return '(unmarked)';
  if (typeof value === 'boolean') return value ? 'VO' : '(not VO)';
  if (edit.field === 'dtrMark' || edit.field === 'finalMark') return value;
  if (value === '') return '(empty)';
  const flat = value.replace(/\s+/g, ' ').trim();
  const shown = flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
  return `"${shown}"${value.length > width ? ` (${value.length} characters)` : ''}`;
}

/** The long name of a mark for messages, e.g. "P (Partial Compliance)". */
export function markWords(mark: MaybeMark): string {
  return mark === null ? 'unmarked' : `${mark} (${MARK_NAMES[mark]})`;
}

/**
 * The record with the accepted edits applied to one stage (pure; the input is not changed).
 * Refuses — and changes nothing — when the stage is unknown, an edit names an element the stage
 * does not hold, or the record no longer holds an edit's `before` value (it changed since the
 * diff was made), so that nothing typed since is silently overwritten.
 */
export function applyEdits(
  record: AssessmentRecord,
  stageId: StageId | string,
  accepted: readonly StageEdit[],
): Result<AssessmentRecord, string> {
  const stage = stageOf(record, stageId);
  if (!stage) return fail([`the record has no stage "${stageId}"`]);
  const catalogue = findCatalogue(stage.catalogueId);
  const entries = new Map(stage.entries.map((e) => [e.element, e] as const));
  const problems: string[] = [];
  for (const edit of accepted) {
    const known = catalogue?.byId.has(edit.element) === true;
    const entry = entries.get(edit.element) ?? (known ? emptyEntry(edit.element) : undefined);
    if (!entry) {
      problems.push(`${edit.element}: not an element of this stage`);
      continue;
    }
    const current: unknown = entry[edit.field];
    const unchanged =
      typeof current === 'string' && typeof edit.before === 'string'
        ? sameText(current, edit.before)
        : current === edit.before;
    if (!unchanged) {
      problems.push(
        `${edit.element} ${EDIT_FIELD_NAMES[edit.field]}: changed since the comparison was made; compare again`,
      );
      continue;
    }
    entries.set(edit.element, { ...entry, [edit.field]: edit.after });
  }
  if (problems.length > 0) return fail(problems);
  const order = catalogue?.elements.map((e) => e.id) ?? [];
  const rank = (id: ElementId): number => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const list = [...entries.values()].sort((a, b) => rank(a.element) - rank(b.element));
  const updated: Stage = { ...stage, entries: list };
  return ok({ ...record, stages: record.stages.map((s) => (s.id === stage.id ? updated : s)) });
}
