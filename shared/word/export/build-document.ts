/**
 * The record in the certifying body's Word layout (ASSESSMENT-RECORD.md). Importing the export
 * (shared/word/import) gives back the same exchange JSON, with these exceptions — all the layout
 * cannot carry, each pinned by test/word/round-trip.test.ts:
 * - white space at the very start and end of a text (a trailing newline too) is not kept;
 * - characters a Word document cannot hold (control characters, lone surrogates) are left out;
 * - "verified on-site" travels as a leading "VO" in the visit evidence: a tick without that lead
 *   is written as a "VO" line before the text, and a text starting "VO" reads back ticked;
 * - a "what has changed" note, plan row or contact with no text at all is not kept;
 * - the evidence library (documents and their links to elements) is not in the layout;
 * - the edition of the standard is the default catalogue (the only one there is);
 * - the header's cycle dates (shared/records/record-facts.ts `cycleDates`) print "TBC" for a
 *   surveillance or reassessment without a visit date, which reads back as its visit date "TBC";
 *   the organisation's planned dates are printed there but not read back as planned dates;
 * - a stage without a decided category shows an empty cell in the header's category row.
 * Ids (organisation and stages) travel as custom document properties, which Word and LibreOffice
 * keep; a document without them gets new ids.
 */
import type { Catalogue } from '../../catalogue/catalogue';
import { findCatalogue } from '../../catalogue/catalogue';
import { stageTitle } from '../../records/select-stage';
import type { RuleProfile } from '../../scoring/profiles';
import type { CertifyingBody } from '../../settings/certifying-body';
import { certifyingBodyLines } from '../../settings/certifying-body';
import { DEFAULT_PROFILE } from '../../scoring/profiles';
import { scoreChangesAt } from '../../records/record-facts';
import type { ElementId } from '../../types/ids';
import type { MaybeMark } from '../../types/marks';
import type { AssessmentRecord, Stage } from '../../types/record';
import {
  CONFIDENTIAL_MARKING,
  FIELDBOOK_PROPERTIES,
  NONE_PARAGRAPHS,
  SUBHEADINGS,
  sectionHeading,
} from '../layout-text';
import { changedEntries, hasAnalysis, surveillanceBaseline } from '../stage-changes';
import { slotKey } from '../import/stage-names';
import { closingBlocks, cpBlocks, developmentBlocks, scoringBlocks } from './build-common';
import { changesTable, subCriterionTable } from './build-elements';
import { buildHeader } from './build-header';
import { section2Blocks, section3Blocks } from './build-surveillance';
import type { WordBlock, WordDocSpec, WordSection } from './spec';
import { paragraph } from './spec-helpers';
import { APP_NAME } from '../../app-identity';

export interface WordExportOptions {
  /** When the document is made (ISO 8601), written into its description; passed in. */
  readonly generatedAt: string;
  /** The rule profile of the scoring tables; default the certifying-body table. */
  readonly profile?: RuleProfile;
  /** E.g. "CSE Fieldbook 0.1.0". */
  readonly generator?: string;
  /** The certifying body's details, printed at the foot of every page; absent: none. */
  readonly certifyingBody?: CertifyingBody | null;
}

/** Thrown for a record this export cannot lay out (a stage of an unknown edition). */
export class WordExportError extends Error {
  override readonly name = 'WordExportError';
}

function catalogueOf(stage: Stage): Catalogue {
  const catalogue = findCatalogue(stage.catalogueId);
  if (!catalogue)
    throw new WordExportError(`unknown edition of the standard "${stage.catalogueId}"`);
  return catalogue;
}

function hasSection2(stage: Stage): boolean {
  const sv = stage.surveillance;
  return (
    !hasAnalysis(stage) ||
    sv.contactedOn !== null ||
    sv.documents.length > 0 ||
    sv.developmentPoints.length > 0 ||
    sv.onSitePlan.length > 0 ||
    sv.activities.length > 0
  );
}

function hasSection3(stage: Stage): boolean {
  const sv = stage.surveillance;
  return (
    !hasAnalysis(stage) ||
    sv.whatHasChanged.length > 0 ||
    sv.significantChanges.length > 0 ||
    sv.developmentPoints.length > 0
  );
}

function analysis(
  record: AssessmentRecord,
  stage: Stage,
  catalogue: Catalogue,
  profile: RuleProfile,
): WordBlock[] {
  const entries = new Map(stage.entries.map((e) => [e.element, e] as const));
  const entry = (id: (typeof stage.entries)[number]['element']) =>
    entries.get(id) ?? surveillanceBaseline(undefined, id);
  return [
    paragraph(sectionHeading(1, stageTitle(stage)), 'heading1'),
    ...catalogue.criteria.flatMap((c) => [
      paragraph(`Criterion ${c.number} — ${c.name}`, 'heading2'),
      ...c.subCriteria.map((s) => subCriterionTable(s, entry, catalogue)),
    ]),
    ...cpBlocks(catalogue.elements.map((e) => entry(e.id))),
    ...developmentBlocks(record, stage),
    ...scoringBlocks(stage, catalogue, profile),
  ];
}

/**
 * Section 3's element tables of a surveillance: the elements whose score changed
 * (`scoreChangesAt`), then those edited without a change of score; then the CP justifications
 * of both and the development points at the stage.
 */
function scoreChanges(
  record: AssessmentRecord,
  stage: Stage,
  previous: Stage | null,
  catalogue: Catalogue,
): WordBlock[] {
  const changed = changedEntries(stage, previous);
  const scored = new Set(scoreChangesAt(record, stage.id).map((c) => c.element));
  const before = new Map(previous?.entries.map((e) => [e.element, e] as const) ?? []);
  const previousMark = (id: ElementId): MaybeMark => before.get(id)?.finalMark ?? null;
  const scores = changed.filter((e) => scored.has(e.element));
  const updates = changed.filter((e) => !scored.has(e.element));
  const blocks: WordBlock[] = [
    paragraph(SUBHEADINGS.scoreChanges, 'heading2'),
    scores.length === 0
      ? paragraph(NONE_PARAGRAPHS.scoreChanges)
      : changesTable(scores, previousMark, catalogue),
  ];
  if (updates.length > 0) {
    blocks.push(
      paragraph(SUBHEADINGS.entryUpdates, 'heading2'),
      changesTable(updates, previousMark, catalogue),
    );
  }
  return [...blocks, ...cpBlocks(changed), ...developmentBlocks(record, stage)];
}

/**
 * The whole record in the certifying body's Word layout (ASSESSMENT-RECORD.md): the header
 * pages, then for each stage in order its surveillance documentation (section 2), assessment
 * analysis (section 1) and surveillance report (section 3), where the stage has them. Pure;
 * throws `WordExportError` only for a stage of an unknown edition.
 */
export function buildWordRecord(record: AssessmentRecord, options: WordExportOptions): WordDocSpec {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const sections: WordSection[] = [{ orientation: 'portrait', blocks: buildHeader(record) }];
  record.stages.forEach((stage, i) => {
    const previous = record.stages[i - 1] ?? null;
    const catalogue = catalogueOf(stage);
    const parts: WordSection[] = [];
    const title = stageTitle(stage);
    if (hasSection2(stage)) {
      parts.push({
        orientation: 'portrait',
        blocks: [
          paragraph(sectionHeading(2, title), 'heading1'),
          ...section2Blocks(record, stage, previous),
        ],
      });
    }
    if (hasAnalysis(stage)) {
      parts.push({ orientation: 'landscape', blocks: analysis(record, stage, catalogue, profile) });
    }
    if (hasSection3(stage)) {
      const blocks = [
        paragraph(sectionHeading(3, title), 'heading1'),
        ...section3Blocks(record, stage, catalogue),
      ];
      if (!hasAnalysis(stage)) {
        blocks.push(
          ...scoreChanges(record, stage, previous, catalogue),
          ...scoringBlocks(stage, catalogue, profile),
        );
      }
      parts.push({ orientation: hasAnalysis(stage) ? 'portrait' : 'landscape', blocks });
    }
    const last = parts[parts.length - 1];
    if (last)
      parts[parts.length - 1] = { ...last, blocks: [...last.blocks, ...closingBlocks(stage)] };
    sections.push(...parts);
  });
  const org = record.organisation;
  return {
    title: `CSE assessment record — ${org.name}`,
    creator: options.generator ?? APP_NAME,
    description: `Customer Service Excellence assessment record of ${org.name}${org.reference ? ` (${org.reference})` : ''}, made ${options.generatedAt}.`,
    properties: [
      { name: FIELDBOOK_PROPERTIES.organisationId, value: org.id },
      {
        name: FIELDBOOK_PROPERTIES.stageIds,
        value: record.stages.map((s) => `${slotKey(s)}=${s.id}`).join(';'),
      },
    ],
    pageHeader: `CSE assessment record — ${org.name}${org.reference ? ` — ${org.reference}` : ''}`,
    pageFooter: CONFIDENTIAL_MARKING,
    pageFooterLines: certifyingBodyLines(options.certifyingBody),
    sections,
  };
}
