import * as docx from 'docx';
import { readFileSync } from 'node:fs';
import { readExchangeText } from '../../../shared/exchange/read';
import { toExchange } from '../../../shared/exchange/write';
import type { AssessmentRecord } from '../../../shared/types/record';
import { buildWordRecord } from '../../../shared/word/export/build-document';
import { renderWordDocument } from '../../../shared/word/export/render-docx';

export const SAMPLE = new URL('../../fixtures/sample-record.json', import.meta.url).pathname;
export const GENERATED_AT = '2025-05-01T09:30:00Z';

export function sampleRecord(): AssessmentRecord {
  const read = readExchangeText(readFileSync(SAMPLE, 'utf8'));
  if (!read.ok)
    throw new Error(`fixture does not read: ${JSON.stringify(read.errors.slice(0, 3))}`);
  return read.value.record;
}

/** The record in the Word layout, as bytes. */
export async function exportDocx(record: AssessmentRecord): Promise<Uint8Array> {
  return renderWordDocument(buildWordRecord(record, { generatedAt: GENERATED_AT }), docx);
}

/** The exchange JSON of a record, the form round trips are compared in. */
export function exchangeOf(record: AssessmentRecord): unknown {
  return JSON.parse(JSON.stringify(toExchange(record)));
}
