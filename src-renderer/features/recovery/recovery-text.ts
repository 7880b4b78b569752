import { stageTitle } from '../../../shared/records/select-stage';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { RecoveryItem } from '../../db/index';
import { FIELD_NAMES } from '../workbook/history-lines';

const OTHER_FIELD_NAMES: Readonly<Record<string, string>> = {
  assessor: 'Assessor',
  notes: 'Stage notes',
  visitDays: 'Number of visit days',
  dates: 'Key dates',
  surveillance: 'Surveillance records',
  name: 'Name of organisation',
  reference: 'Reference',
  unitsInScope: 'Units in scope',
  contacts: 'Contacts',
};

/** One field of a kept edit, as the assessor typed it. */
export interface RecoveredField {
  readonly name: string;
  readonly text: string;
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

/** Where a kept edit was going: "Riverside Library — Initial assessment — 1.1.1". */
export function recoveryPlace(item: RecoveryItem, record: AssessmentRecord | null): string {
  const org = item.organisationName || 'An organisation';
  if (item.target.kind === 'organisation') return `${org} — organisation header`;
  const targetStage = item.target.stageId;
  const stage =
    record?.organisation.id === item.organisationId
      ? record.stages.find((s) => s.id === targetStage)
      : undefined;
  const where = stage ? stageTitle(stage) : 'a stage';
  return item.target.kind === 'entry'
    ? `${org} — ${where} — element ${item.target.element}`
    : `${org} — ${where}`;
}

/** The fields of a kept edit with their text, in the order they were written. */
export function recoveredFields(item: RecoveryItem): RecoveredField[] {
  return Object.entries(item.patch).map(([field, value]) => ({
    name: FIELD_NAMES[field] ?? OTHER_FIELD_NAMES[field] ?? field,
    text: valueText(value),
  }));
}

/** Everything a kept edit holds, as one text to copy. */
export function recoveryCopyText(item: RecoveryItem, record: AssessmentRecord | null): string {
  const fields = recoveredFields(item).map((f) => `${f.name}:\n${f.text}`);
  return `${recoveryPlace(item, record)}\n\n${fields.join('\n\n')}\n`;
}

/** Why it was refused, without the storage's closing "Nothing was changed." (the text is kept). */
export function refusalText(reason: string): string {
  // By index, not /\s*…\s*$/, which rescans a long run of spaces from every position.
  const suffix = 'Nothing was changed.';
  const trimmed = reason.trimEnd();
  return trimmed.endsWith(suffix) ? trimmed.slice(0, -suffix.length).trimEnd() : reason;
}
