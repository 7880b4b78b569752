import { EDIT_FIELD_NAMES, diffStage } from '../export/xlsx/edits';
import type { StageEdit } from '../export/xlsx/edits';
import { stageTitle } from '../records/select-stage';
import { formatKeyDate } from '../types/dates';
import type { ElementId, StageId } from '../types/ids';
import type { AssessmentRecord, Organisation, Stage } from '../types/record';
import { STAGE_DATE_FIELDS, STAGE_DATE_NAMES } from '../types/record';
import { surveillanceItems } from './record-diff-surveillance';
import { matchKey } from './text';

/** One value that differs between the stored record and the imported one. */
export interface RecordChange {
  /** The stage it belongs to (the stored stage's id when it has one); `null` for the header. */
  readonly stageId: StageId | null;
  /** "Surveillance 1"; "Organisation" for the header. */
  readonly where: string;
  readonly element: ElementId | null;
  /** "Visit (final) result", "Date(s) of visit", "Document: Latest annual report". */
  readonly field: string;
  /** The stored value in words ("" when empty), in full. */
  readonly before: string;
  /** The imported value in words, in full. */
  readonly after: string;
}

export interface RecordDiff {
  /** See `sameOrganisation`. */
  readonly sameOrganisation: boolean;
  /** Stages only the import has, by title. */
  readonly stagesAdded: readonly string[];
  /** Stages only the stored record has (an import that replaced the record would drop them). */
  readonly stagesOnlyStored: readonly string[];
  /** Element by element in catalogue order within each stage, field by field. */
  readonly changes: readonly RecordChange[];
}

function editValue(edit: StageEdit, which: 'before' | 'after'): string {
  const value = edit[which];
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'VO' : '';
  return value;
}

function matchStage(stored: AssessmentRecord, stage: Stage): Stage | undefined {
  return (
    stored.stages.find((s) => s.id === stage.id) ??
    stored.stages.find((s) => s.kind === stage.kind && s.cycle === stage.cycle)
  );
}

function stageChanges(
  stored: AssessmentRecord,
  imported: AssessmentRecord,
  before: Stage,
  after: Stage,
): RecordChange[] {
  const where = stageTitle(before);
  const at = (field: string, a: string, b: string): RecordChange[] =>
    a === b ? [] : [{ stageId: before.id, where, element: null, field, before: a, after: b }];
  const out: RecordChange[] = [
    ...at('Name of assessor', before.assessor, after.assessor),
    ...STAGE_DATE_FIELDS.flatMap((f) =>
      at(STAGE_DATE_NAMES[f], formatKeyDate(before.dates[f]), formatKeyDate(after.dates[f])),
    ),
    ...at('Number of visit days', String(before.visitDays ?? ''), String(after.visitDays ?? '')),
    ...at('Notes', before.notes, after.notes),
  ];
  for (const edit of diffStage(stored, before.id, after)) {
    out.push({
      stageId: before.id,
      where,
      element: edit.element,
      field: EDIT_FIELD_NAMES[edit.field],
      before: editValue(edit, 'before'),
      after: editValue(edit, 'after'),
    });
  }
  const was = surveillanceItems(stored, before);
  const now = surveillanceItems(imported, after);
  for (const key of new Set([...was.keys(), ...now.keys()])) {
    out.push(...at(key, was.get(key) ?? '', now.get(key) ?? ''));
  }
  return out;
}

/**
 * Whether two records are of one organisation: by the reference number when both have one;
 * otherwise by the same name (the same id too, or either without a reference). The id alone is
 * not enough: an exported document reused as a template for another client carries the first
 * client's id.
 */
export function sameOrganisation(a: Organisation, b: Organisation): boolean {
  const [ra, rb] = [a.reference.trim(), b.reference.trim()];
  if (ra !== '' && rb !== '') return ra === rb;
  return matchKey(a.name) !== '' && matchKey(a.name) === matchKey(b.name);
}

/**
 * What importing `imported` over `stored` would change: the header, then each stage matched by
 * id (or by kind and cycle, for a document from elsewhere), field by field, old → new. Entries
 * are compared with the workbook import's `diffStage`. Pure.
 */
export function diffRecords(stored: AssessmentRecord, imported: AssessmentRecord): RecordDiff {
  const a = stored.organisation;
  const b = imported.organisation;
  const header = (field: string, x: string, y: string): RecordChange[] =>
    x === y
      ? []
      : [{ stageId: null, where: 'Organisation', element: null, field, before: x, after: y }];
  const contacts = (o: typeof a): string =>
    o.contacts
      .map((c) => [c.name, c.role, c.email, c.phone].filter((t) => t).join(', '))
      .join('\n');
  const changes: RecordChange[] = [
    ...header('Name of organisation', a.name, b.name),
    ...header('Assessment reference number', a.reference, b.reference),
    ...header('Units in scope', a.unitsInScope, b.unitsInScope),
    ...header('Client contacts', contacts(a), contacts(b)),
  ];
  const added: string[] = [];
  const matched = new Set<StageId>();
  for (const stage of imported.stages) {
    const before = matchStage(stored, stage);
    if (!before) {
      added.push(stageTitle(stage));
      continue;
    }
    matched.add(before.id);
    changes.push(...stageChanges(stored, imported, before, stage));
  }
  return {
    sameOrganisation: sameOrganisation(a, b),
    stagesAdded: added,
    stagesOnlyStored: stored.stages.filter((s) => !matched.has(s.id)).map(stageTitle),
    changes,
  };
}
