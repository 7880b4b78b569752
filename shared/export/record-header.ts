import { categoriesAfterStages, cycleDates } from '../records/record-facts';
import { stageTitle } from '../records/select-stage';
import type { RuleProfile } from '../scoring/profiles';
import { formatKeyDate } from '../types/dates';
import type { AssessmentRecord, Organisation, Stage, StageDates } from '../types/record';
import { STAGE_DATE_FIELDS, STAGE_DATE_NAMES } from '../types/record';
import type { ExportContext } from './export-context';

/**
 * The header of the assessment record (../ASSESSMENT-RECORD.md, "Header") as rows of text, so
 * that the workbook's cover and the PDF reports print the same facts the same way.
 */

/**
 * The stages the header lists: the exported stage's cycle, plus the reassessment that starts
 * the next cycle (its recertification) — the span of one assessment record.
 */
export function headerStages(context: ExportContext): Stage[] {
  const cycle = context.stage.cycle;
  return context.record.stages.filter(
    (s) => s.cycle === cycle || (s.kind === 'reassessment' && s.cycle === cycle + 1),
  );
}

/** A table of text: a label, then one value per stage. */
export interface HeaderTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly [string, ...string[]])[];
}

/** Row labels of the key-date table: each format may use its own words for the same rows. */
export type KeyDateLabels = Readonly<
  Record<'assessor' | keyof StageDates | 'visitDays' | 'category', string>
>;

/** The labels the PDF and XLSX exports print. */
export const KEY_DATE_LABELS: KeyDateLabels = {
  assessor: 'Name of assessor',
  ...STAGE_DATE_NAMES,
  visitDays: 'Number of visit days',
  category: 'Surveillance category after the stage',
};

/**
 * Assessor, every key date, the visit days and the surveillance category after the stage (the
 * categories side by side), one column per stage of `stages` (stages of `record`).
 */
export function keyDateTable(
  record: AssessmentRecord,
  stages: readonly Stage[],
  profile?: RuleProfile,
  labels: KeyDateLabels = KEY_DATE_LABELS,
): HeaderTable {
  const categories = new Map(
    categoriesAfterStages(record, profile).map((c) => [c.stageId, c.text] as const),
  );
  return {
    columns: stages.map(stageTitle),
    rows: [
      [labels.assessor, ...stages.map((s) => s.assessor)],
      ...STAGE_DATE_FIELDS.map((field): [string, ...string[]] => [
        labels[field],
        ...stages.map((s) => formatKeyDate(s.dates[field])),
      ]),
      [labels.visitDays, ...stages.map((s) => (s.visitDays === null ? '' : String(s.visitDays)))],
      [labels.category, ...stages.map((s) => categories.get(s.id) ?? '')],
    ],
  };
}

/**
 * The dates of the first and second surveillance and of recertification for the exported
 * stage's cycle, by the one rule of `cycleDates` (shared/records/record-facts.ts): the stage's
 * visit date, else the organisation's planned date, else "TBC".
 */
export function cycleDateRows(context: ExportContext): [string, string][] {
  return cycleDates(context.record, context.stage.cycle).map((d) => [d.label, d.value]);
}

/** "Zoë Ní Bhriain (Quality Manager), Łukasz Nowak (Head of Student Services)"; "" for none. */
export function contactsText(organisation: Organisation): string {
  return organisation.contacts
    .filter((c) => c.name.trim() !== '')
    .map((c) => (c.role.trim() === '' ? c.name : `${c.name} (${c.role})`))
    .join(', ');
}

/**
 * The stage's sign-off as the exports print it: who, when (UTC), the content hash the
 * certifying body can check with `fieldbook verify`, and the public key of the assessor's
 * Ed25519 signature (checked with `fieldbook verify --key`); or that it is not signed off.
 */
export function signOffText(stage: Stage): string {
  const s = stage.signOff;
  if (!s) return 'Not signed off (draft: the content may still change)';
  const when = s.signedOffAt.replace('T', ' ').replace(/\.\d+/, '').replace(/Z$/, ' UTC');
  const signed = `Signed off by ${s.signedOffBy} on ${when}. Content hash (SHA-256): ${s.contentHash}`;
  return s.signature
    ? `${signed}. Signed with the assessor’s Ed25519 key, public key ${s.signature.publicKey} (${s.scheme}).`
    : `${signed}. No signature (hash only, ${s.scheme}).`;
}
