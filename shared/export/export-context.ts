import type { Catalogue } from '../catalogue/catalogue';
import { findCatalogue } from '../catalogue/catalogue';
import type { LinkedEvidenceItem } from '../evidence/links';
import { emptyEntry } from '../records/create';
import { stageTitle } from '../records/select-stage';
import type { RuleProfile } from '../scoring/profiles';
import { DEFAULT_PROFILE } from '../scoring/profiles';
import type { StageScores } from '../scoring/score-stage';
import type { CriterionStatus } from '../scoring/score-types';
import { entryMap, scoreStageBoth } from '../scoring/score-stage';
import { formatLongDate, parseIsoDate } from '../types/dates';
import type { CertifyingBody } from '../settings/certifying-body';
import { certifyingBodyLines } from '../settings/certifying-body';
import type { ElementId, StageId } from '../types/ids';
import type { AssessmentRecord, ElementEntry, Stage } from '../types/record';
import { linkedEvidenceMap } from './linked-evidence';
import { APP_NAME } from '../app-identity';

/** What every export is given besides the record: the clock and the rules, passed in. */
export interface ExportOptions {
  /**
   * When the export is made, ISO 8601 (`2025-05-01T09:30:00Z`, or a date `2025-05-01`). Shared
   * code never reads the clock: the edge passes it in.
   */
  readonly generatedAt: string;
  /** The rule profile the scores are computed under; default the certifying-body table. */
  readonly profile?: RuleProfile;
  /** E.g. "CSE Fieldbook 0.1.0"; written into document properties. */
  readonly generator?: string;
  /**
   * The certifying body's details (a setting of the assessor's), printed at the foot of every
   * page as its Word record prints them; absent or empty: none printed.
   */
  readonly certifyingBody?: CertifyingBody | null;
}

/** Everything an export of one stage needs, resolved once. */
export interface ExportContext {
  readonly record: AssessmentRecord;
  readonly stage: Stage;
  /** 1-based position of the stage in the record. */
  readonly stageNumber: number;
  readonly catalogue: Catalogue;
  readonly profile: RuleProfile;
  readonly scores: StageScores;
  readonly generatedAt: string;
  /** `generatedAt` as the record writes dates: "1 May 2025, 09:30 UTC". */
  readonly generatedText: string;
  readonly generator: string;
  /** The certifying body as the page footer prints it (`certifyingBodyLines`); [] for none. */
  readonly certifyingBodyLines: readonly string[];
  /** The stage's entry for an element; an empty entry where the stage has none. */
  readonly entry: (element: ElementId) => ElementEntry;
  /**
   * The evidence linked to an element in this stage (the record's evidence library); empty for
   * a record without a library.
   */
  readonly linked: (element: ElementId) => readonly LinkedEvidenceItem[];
  /** Whether any element of the stage has linked evidence (else the exports show none). */
  readonly hasLinkedEvidence: boolean;
}

/** A caller error an export cannot recover from (unknown stage, unknown catalogue, bad clock). */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}

/** The words every report and workbook carries. */
export const CONFIDENTIAL = 'Commercial in Confidence';

/** The words the workbook's "Complies" formula and the reports give for each criterion status. */
export const COMPLIES_WORDS: Readonly<Record<CriterionStatus, string>> = {
  complies: 'Yes',
  fails: 'No',
  incomplete: 'Incomplete',
};

/** The key of marks and abbreviations, as the record prints it. */
export const KEY_OF_MARKS: readonly (readonly [string, string])[] = [
  ['CP', 'Compliance Plus'],
  ['F', 'Full Compliance'],
  ['P', 'Partial Compliance'],
  ['NC', 'Non-compliance'],
  ['VO', 'Evidence Verified On-Site'],
  ['DTR', 'Desk-top Review'],
  ['AV', 'Assessment Visit'],
];

const GENERATED_AT =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * "1 May 2025, 09:30 UTC" from an ISO 8601 time as given (no time-zone conversion: the edge
 * decides which clock to pass). Throws `ExportError` when the text is not ISO 8601.
 */
export function formatGeneratedAt(generatedAt: string): string {
  const match = GENERATED_AT.exec(generatedAt);
  const date = match?.[1] === undefined ? null : parseIsoDate(match[1]);
  if (!match || date === null) {
    throw new ExportError(`generatedAt "${generatedAt}" is not an ISO 8601 date or date-time`);
  }
  const day = formatLongDate(date);
  if (match[2] === undefined) return day;
  const zone = match[4] === undefined ? '' : match[4] === 'Z' ? ' UTC' : ` UTC${match[4]}`;
  return `${day}, ${match[2]}:${match[3]}${zone}`;
}

/**
 * Resolves the stage, its catalogue and both scores. Throws `ExportError` when the stage id is
 * not in the record, its catalogue is unknown or `generatedAt` is not ISO 8601 — each a caller
 * error, since callers pick stages from the record they pass.
 */
export function exportContext(
  record: AssessmentRecord,
  stageId: StageId | string,
  options: ExportOptions,
): ExportContext {
  const index = record.stages.findIndex((s) => s.id === stageId);
  const stage = record.stages[index];
  if (!stage) {
    const ids = record.stages.map((s) => `${s.id} (${stageTitle(s)})`).join(', ');
    throw new ExportError(`the record has no stage "${stageId}"; it has ${ids}`);
  }
  const catalogue = findCatalogue(stage.catalogueId);
  if (!catalogue) throw new ExportError(`unknown catalogue "${stage.catalogueId}"`);
  const profile = options.profile ?? DEFAULT_PROFILE;
  const entries = entryMap(stage.entries);
  const linked = linkedEvidenceMap(record, stage.id, catalogue);
  return {
    record,
    stage,
    stageNumber: index + 1,
    catalogue,
    profile,
    scores: scoreStageBoth(stage, catalogue, profile),
    generatedAt: options.generatedAt,
    generatedText: formatGeneratedAt(options.generatedAt),
    generator: options.generator ?? APP_NAME,
    certifyingBodyLines: certifyingBodyLines(options.certifyingBody),
    entry: (element) => entries.get(element) ?? emptyEntry(element),
    linked: (element) => linked.get(element) ?? [],
    hasLinkedEvidence: linked.size > 0,
  };
}

/** "Northfield University — Initial assessment (stage 1)". */
export function exportTitle(context: ExportContext): string {
  return `${stageTitle(context.stage)} (stage ${context.stageNumber})`;
}
