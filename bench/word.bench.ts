/**
 * Word record benchmark (not part of `npm test`): `npx tsx bench/word.bench.ts [runs]`.
 *
 * Exports a full record — the sample record's four stages with every element's desk-top evidence
 * lengthened to ~4,000 characters over 40 lines — to .docx and imports it back, `runs` times
 * after one warm-up each, and prints the medians (and every run) as JSON on stdout. The export is
 * timed as build + render (the `docx` library's packing included); the import as the whole
 * `importDocx` (unzip, XML parse, walk, assemble, validate).
 */
import { readFileSync } from 'node:fs';
import * as docx from 'docx';
import { XMLParser } from 'fast-xml-parser';
import { readExchangeText } from '../shared/exchange/read';
import type { AssessmentRecord } from '../shared/types/record';
import { buildWordRecord } from '../shared/word/export/build-document';
import { renderWordDocument } from '../shared/word/export/render-docx';
import { importDocx } from '../shared/word/import/import-docx';

const ROOT = new URL('..', import.meta.url).pathname;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The sample record with long desk-top evidence on every element of every stage. */
function longRecord(): AssessmentRecord {
  const read = readExchangeText(readFileSync(`${ROOT}test/fixtures/sample-record.json`, 'utf8'));
  if (!read.ok) throw new Error('the sample record does not read');
  const record = read.value.record;
  const long = (id: string): string =>
    Array.from(
      { length: 40 },
      (_, i) =>
        `${i + 1}. ${id} evidence: minutes of the Service Improvement Group, item ${i + 1}, with actions and owners.`,
    ).join('\n');
  return {
    ...record,
    stages: record.stages.map((s) => ({
      ...s,
      entries: s.entries.map((e) => ({ ...e, deskTopEvidence: long(e.element) })),
    })),
  };
}

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export async function runWordBench(runs = 7): Promise<unknown> {
  const record = longRecord();
  const options = { generatedAt: '2025-05-01T09:30:00Z' };
  const exportOnce = async (): Promise<Uint8Array> =>
    renderWordDocument(buildWordRecord(record, options), docx);
  const bytes = await exportOnce();
  let n = 0;
  const importOnce = async (): Promise<void> => {
    const result = await importDocx(bytes, { XMLParser }, { newId: () => `bench-${++n}` });
    if (!result.ok) throw new Error(result.errors[0]?.message);
  };
  await importOnce();
  const exports: number[] = [];
  const imports: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    exports.push(await time(exportOnce));
    imports.push(await time(importOnce));
  }
  const characters = record.stages.reduce(
    (sum, s) => sum + s.entries.reduce((t, e) => t + e.deskTopEvidence.length, 0),
    0,
  );
  return {
    node: process.version,
    record: { stages: record.stages.length, elementsPerStage: 57, evidenceCharacters: characters },
    docxBytes: bytes.length,
    runs,
    exportMs: { median: Math.round(median(exports)), runs: exports.map(Math.round) },
    importMs: { median: Math.round(median(imports)), runs: imports.map(Math.round) },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? '7');
  const results = await runWordBench(Number.isInteger(runs) && runs > 0 ? runs : 7);
  console.log(JSON.stringify(results, null, 2));
}
