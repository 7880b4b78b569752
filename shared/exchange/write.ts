import type { AssessmentRecord, Stage } from '../types/record';
import { STAGE_DATE_FIELDS } from '../types/record';
import { keyDateText } from './key-date-text';
import { CURRENT_EXCHANGE_VERSION } from './migrate';
import { FORMAT_NAME } from './schema-v1';
import type { ExchangeV2, ExchangeV2Stage } from './schema-v2';
import { surveillanceToV2 } from './surveillance-v2';

export interface WriteOptions {
  /** When the file is written (ISO 8601); passed in because shared code never reads the clock. */
  readonly exportedAt?: string;
  /** E.g. "CSE Fieldbook 0.1.0". */
  readonly generator?: string;
}

/** The record as a current-version exchange document (a plain JSON value). */
export function toExchange(record: AssessmentRecord, options: WriteOptions = {}): ExchangeV2 {
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
    },
    stages: record.stages.map(stageToV2),
  };
}

function stageToV2(stage: Stage): ExchangeV2Stage {
  const dates = Object.fromEntries(
    STAGE_DATE_FIELDS.map((field) => [field, keyDateText(stage.dates[field])]),
  ) as ExchangeV2Stage['dates'];
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
  };
}

/** The exchange file's text: indented JSON ending in a newline. */
export function writeExchangeText(record: AssessmentRecord, options: WriteOptions = {}): string {
  return `${JSON.stringify(toExchange(record, options), null, 2)}\n`;
}
