import { stageTitle } from '../records/select-stage';
import { formatKeyDate } from '../types/dates';
import type { Organisation, Stage, StageKind } from '../types/record';
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

/** Assessor, every key date and the visit days of each stage, one column per stage. */
export function keyDateTable(stages: readonly Stage[]): HeaderTable {
  return {
    columns: stages.map(stageTitle),
    rows: [
      ['Name of assessor', ...stages.map((s) => s.assessor)],
      ...STAGE_DATE_FIELDS.map((field): [string, ...string[]] => [
        STAGE_DATE_NAMES[field],
        ...stages.map((s) => formatKeyDate(s.dates[field])),
      ]),
      [
        'Number of visit days',
        ...stages.map((s) => (s.visitDays === null ? '' : String(s.visitDays))),
      ],
    ],
  };
}

function visitOf(stages: readonly Stage[], kind: StageKind, cycle: number): string {
  const stage = stages.find((s) => s.kind === kind && s.cycle === cycle);
  const text = stage ? formatKeyDate(stage.dates.visit) : '';
  return text === '' ? 'TBC' : text;
}

/**
 * The dates of the first and second surveillance and of recertification for the exported
 * stage's cycle: the visit date of that stage when the record holds it, otherwise "TBC".
 */
export function cycleDates(context: ExportContext): [string, string][] {
  const all = context.record.stages;
  const cycle = context.stage.cycle;
  return [
    ['Date of first surveillance', visitOf(all, 'surveillance-1', cycle)],
    ['Date of second surveillance', visitOf(all, 'surveillance-2', cycle)],
    ['Date of recertification', visitOf(all, 'reassessment', cycle + 1)],
  ];
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
