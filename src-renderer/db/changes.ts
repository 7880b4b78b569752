import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { ChangeLogEntry } from './repository';
import type { ChangeEntity, ChangeRow, StageRow } from './rows';

/** One field that a write changes, in stored form. */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Deep equality of stored (JSON-like) values; object key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].every((k) => sameValue(ra[k], rb[k]));
}

/** The fields of `fields` whose values differ between two rows. */
export function diffFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  return fields
    .filter((f) => !sameValue(before[f], after[f]))
    .map((f) => ({ field: f, before: before[f], after: after[f] }));
}

/**
 * Row fields whose value is an object, logged per key as the UI edits them (`dates.visit`,
 * `surveillance.category`, `plannedDates.surveillance1`, `report.introduction`).
 */
const NESTED_FIELDS: readonly string[] = ['dates', 'surveillance', 'plannedDates', 'report'];

/** Row differences, with the nested fields above split per key. */
export function diffNested<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  const changes = diffFields(
    before,
    after,
    fields.filter((f) => !NESTED_FIELDS.includes(f)),
  );
  for (const field of fields.filter((f) => NESTED_FIELDS.includes(f))) {
    const a = (before[field] ?? {}) as Readonly<Record<string, unknown>>;
    const b = (after[field] ?? {}) as Readonly<Record<string, unknown>>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const change of diffFields(a, b, keys)) {
      changes.push({ ...change, field: `${field}.${change.field}` });
    }
  }
  return changes;
}

/** Stage differences, with key dates, surveillance records and report sections split per key. */
export function diffStage(
  before: StageRow,
  after: StageRow,
  fields: readonly (keyof StageRow & string)[],
): FieldChange[] {
  return diffNested(before, after, fields);
}

/** Where a change happened. */
export interface ChangeTarget {
  readonly entity: ChangeEntity;
  readonly entityId: string;
  readonly organisationId: string;
  readonly stageId: string | null;
  readonly elementId: string | null;
  /** The row's revision after the write. */
  readonly revision: number;
}

/** The change rows of one transaction, added to the `changes` table in that transaction. */
export class ChangeBatch {
  readonly rows: ChangeRow[] = [];

  constructor(
    private readonly newId: () => string,
    private readonly at: string,
  ) {}

  add(target: ChangeTarget, changes: readonly FieldChange[]): void {
    for (const change of changes) {
      this.rows.push({
        ...target,
        ...change,
        id: this.newId(),
        at: this.at,
        seq: this.rows.length,
      });
    }
  }
}

/** Newest first: by time, then by revision, then by order within a transaction. */
export function newestFirst(a: ChangeRow, b: ChangeRow): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  if (a.revision !== b.revision) return b.revision - a.revision;
  return b.seq - a.seq;
}

export function toLogEntry(row: ChangeRow): ChangeLogEntry {
  return {
    id: row.id,
    at: row.at,
    organisationId: row.organisationId as OrganisationId,
    stageId: row.stageId as StageId | null,
    elementId: row.elementId as ElementId | null,
    entity: row.entity,
    field: row.field,
    before: row.before,
    after: row.after,
    revision: row.revision,
  };
}
