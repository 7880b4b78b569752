import { toExchange } from '../exchange/write';
import type { AssessmentRecord } from '../types/record';
import type { ExchangeDocument } from './format';

type ExchangeStage = ExchangeDocument['stages'][number];

/**
 * What restoring one organisation from a backup would do to the stored one. Counted on the
 * exchange form of both (so key dates compare as text and defaults are filled), field by field
 * as the change log counts them: organisation fields, stage fields (each key date and each
 * section of the assessment report apart, the surveillance records as one field), the fields of each element entry, and any other part of
 * the record (such as its evidence library) as one field each.
 */
export type RecordChange =
  | { readonly kind: 'new'; readonly stages: number }
  | { readonly kind: 'unchanged' }
  | {
      readonly kind: 'replaced';
      /** Fields whose stored value the backup's value would replace. */
      readonly changedFields: number;
      /** Element entries with at least one changed field. */
      readonly changedEntries: number;
      /** Stages the backup has and the stored record does not. */
      readonly addedStages: number;
      /** Stored stages the backup does not have (they become tombstones, text kept). */
      readonly removedStages: number;
    };

const ORGANISATION_FIELDS = ['name', 'reference', 'unitsInScope', 'contacts'] as const;
/** Top-level fields compared on their own, or not at all (they describe the file). */
const OWN_TOP_LEVEL = new Set([
  'format',
  'version',
  'exportedAt',
  'generator',
  'organisation',
  'stages',
]);
const STAGE_FIELDS = [
  'kind',
  'cycle',
  'catalogue',
  'assessor',
  'visitDays',
  'notes',
  'surveillance',
] as const;

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function differ(a: unknown, b: unknown): boolean {
  return canonicalJson(a) !== canonicalJson(b);
}

function stageChanges(current: ExchangeStage, incoming: ExchangeStage): [number, number] {
  let fields = STAGE_FIELDS.filter((f) => differ(current[f], incoming[f])).length;
  const dateKeys = new Set([...Object.keys(current.dates), ...Object.keys(incoming.dates)]);
  for (const key of dateKeys) {
    const k = key as keyof ExchangeStage['dates'];
    if (differ(current.dates[k] ?? null, incoming.dates[k] ?? null)) fields += 1;
  }
  for (const key of Object.keys(incoming.report) as (keyof ExchangeStage['report'])[]) {
    if (differ(current.report[key], incoming.report[key])) fields += 1;
  }
  const stored = new Map(current.entries.map((e) => [e.element, e]));
  let entries = 0;
  for (const entry of incoming.entries) {
    const before = stored.get(entry.element);
    const keys = new Set([...Object.keys(entry), ...Object.keys(before ?? {})]);
    keys.delete('element');
    let changed = 0;
    for (const key of keys) {
      const k = key as keyof typeof entry;
      if (differ(before?.[k] ?? null, entry[k] ?? null)) changed += 1;
    }
    if (changed > 0) entries += 1;
    fields += changed;
  }
  return [fields, entries];
}

/** What restoring `incoming` over `current` (null: not stored) would change. */
export function diffRecord(
  current: AssessmentRecord | null,
  incoming: AssessmentRecord,
): RecordChange {
  if (current === null) return { kind: 'new', stages: incoming.stages.length };
  const before: ExchangeDocument = toExchange(current);
  const after: ExchangeDocument = toExchange(incoming);
  let changedFields = ORGANISATION_FIELDS.filter((f) =>
    differ(before.organisation[f], after.organisation[f]),
  ).length;
  const others = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of others) {
    const k = key as keyof ExchangeDocument;
    if (!OWN_TOP_LEVEL.has(key) && differ(before[k] ?? null, after[k] ?? null)) changedFields += 1;
  }
  let changedEntries = 0;
  let addedStages = 0;
  const storedStages = new Map(before.stages.map((s) => [s.id, s]));
  for (const stage of after.stages) {
    const stored = storedStages.get(stage.id);
    if (stored === undefined) {
      addedStages += 1;
      continue;
    }
    const [fields, entries] = stageChanges(stored, stage);
    changedFields += fields;
    changedEntries += entries;
  }
  const kept = new Set(after.stages.map((s) => s.id));
  const removedStages = before.stages.filter((s) => !kept.has(s.id)).length;
  const order = differ(
    before.stages.filter((s) => kept.has(s.id)).map((s) => s.id),
    after.stages.filter((s) => storedStages.has(s.id)).map((s) => s.id),
  );
  if (changedFields + addedStages + removedStages === 0 && !order) return { kind: 'unchanged' };
  return { kind: 'replaced', changedFields, changedEntries, addedStages, removedStages };
}

/** The change in words, e.g. "12 fields in 5 elements would change; 1 stage would be removed". */
export function describeRecordChange(change: RecordChange): string {
  const n = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  switch (change.kind) {
    case 'new':
      return `New: not stored here yet (${n(change.stages, 'stage')})`;
    case 'unchanged':
      return 'Unchanged: the stored record is the same as the backup';
    case 'replaced': {
      const parts = [`${n(change.changedFields, 'field')} would change`];
      if (change.changedEntries > 0) parts[0] += ` (in ${n(change.changedEntries, 'element')})`;
      if (change.addedStages > 0) parts.push(`${n(change.addedStages, 'stage')} would be added`);
      if (change.removedStages > 0)
        parts.push(`${n(change.removedStages, 'stored stage')} not in the backup would be removed`);
      return `Replaced: ${parts.join('; ')}`;
    }
  }
}
