import type { ContentHashScheme } from '../signoff/content-hash';
import type { AssessmentRecord, Stage } from '../types/record';
import { PLANNED_DATE_FIELDS, STAGE_DATE_FIELDS } from '../types/record';
import { keyDateText } from './key-date-text';
import { CURRENT_EXCHANGE_VERSION } from './migrate';
import { FORMAT_NAME } from './schema-v1';
import { emptyLibrary } from '../evidence/types';
import { evidenceToV3 } from './evidence-v3';
import type { ExchangeV5, ExchangeV5Organisation, ExchangeV5Stage } from './schema-v5';
import { surveillanceToV2 } from './surveillance-v2';
import { reportToV5 } from './report-v5';

export interface WriteOptions {
  /** When the file is written (ISO 8601); passed in because shared code never reads the clock. */
  readonly exportedAt?: string;
  /** E.g. "CSE Fieldbook 0.1.0". */
  readonly generator?: string;
}

/**
 * The record as a current-version exchange document (a plain JSON value). Its evidence library
 * (documents' metadata and links, never their bytes) is written too; empty when it has none.
 */
export function toExchange(record: AssessmentRecord, options: WriteOptions = {}): ExchangeV5 {
  return {
    format: FORMAT_NAME,
    version: CURRENT_EXCHANGE_VERSION,
    ...(options.exportedAt !== undefined ? { exportedAt: options.exportedAt } : {}),
    ...(options.generator !== undefined ? { generator: options.generator } : {}),
    organisation: {
      id: record.organisation.id,
      name: record.organisation.name,
      reference: record.organisation.reference,
      unitsInScope: record.organisation.unitsInScope,
      contacts: record.organisation.contacts.map((c) => ({ ...c })),
      plannedDates: Object.fromEntries(
        PLANNED_DATE_FIELDS.map((f) => [f, keyDateText(record.organisation.plannedDates[f])]),
      ) as ExchangeV5Organisation['plannedDates'],
    },
    stages: record.stages.map(stageToV5),
    evidence: evidenceToV3(record.evidence ?? emptyLibrary()),
  };
}

function stageToV5(stage: Stage): ExchangeV5Stage {
  const dates = Object.fromEntries(
    STAGE_DATE_FIELDS.map((field) => [field, keyDateText(stage.dates[field])]),
  ) as ExchangeV5Stage['dates'];
  return {
    id: stage.id,
    kind: stage.kind,
    cycle: stage.cycle,
    catalogue: stage.catalogueId,
    assessor: stage.assessor,
    dates,
    visitDays: stage.visitDays,
    notes: stage.notes,
    entries: stage.entries.map((e) => ({ ...e })),
    surveillance: surveillanceToV2(stage.surveillance),
    report: reportToV5(stage.report),
    signOff: stage.signOff
      ? {
          ...stage.signOff,
          // Written as held; reading it back checks the scheme against those this build knows.
          scheme: stage.signOff.scheme as ContentHashScheme,
          signature: stage.signOff.signature ?? null,
        }
      : null,
  };
}

/** The exchange file's text: indented JSON ending in a newline. */
export function writeExchangeText(record: AssessmentRecord, options: WriteOptions = {}): string {
  return `${JSON.stringify(toExchange(record, options), null, 2)}\n`;
}
