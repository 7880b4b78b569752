/**
 * Benchmark data: full 57-element records with evidence of a chosen size, deterministic (a
 * seeded generator, no clock), built on the sample record's stages so dates and surveillance
 * data are realistic too.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_CATALOGUE } from '../shared/catalogue/catalogue';
import { readExchangeText } from '../shared/exchange/read';
import type { ElementId, OrganisationId, StageId } from '../shared/types/ids';
import type { MaybeMark } from '../shared/types/marks';
import type { AssessmentRecord, ElementEntry, Stage } from '../shared/types/record';
import { EMPTY_PLANNED_DATES } from '../shared/types/record';
import { withStageIds } from './stage-ids';

const ROOT = new URL('..', import.meta.url).pathname;

export interface TextSize {
  /** Smallest and largest length of each evidence field, in UTF-8 bytes. */
  readonly minBytes: number;
  readonly maxBytes: number;
}

/** ~2–5 KB per evidence field: a thorough assessor's record. */
export const REALISTIC: TextSize = { minBytes: 2_000, maxBytes: 5_000 };
/** ~30 KB per evidence field: pasted policy text, the worst seen in practice. */
export const STRESS: TextSize = { minBytes: 28_000, maxBytes: 32_000 };

/** mulberry32: a tiny seeded generator, so every run writes the same data. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'customer insight profile survey feedback complaints charter standards staff training ' +
  'consultation partnership outcomes measured targets published reviewed quarterly annual ' +
  'report board minutes action plan equality impact assessment accessible information ' +
  'website leaflet signage reception telephone email response times monitored trends ' +
  'improvement “you said, we did” board’s decision café Zoë Siân £5 — evidence seen ' +
  'interviewed managers front-line team mystery shopping benchmarking satisfaction ✓'
).split(' ');

/** Numbered evidence lines of about `bytes` UTF-8 bytes, as assessors write them. */
export function evidenceText(random: () => number, bytes: number): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const words: string[] = [];
    const count = 8 + Math.floor(random() * 22);
    for (let i = 0; i < count; i += 1) words.push(WORDS[Math.floor(random() * WORDS.length)]!);
    const line = `${lines.length + 1}. ${words.join(' ')}.`;
    lines.push(line);
    size += encoder.encode(line).byteLength + 1;
  }
  return lines.join('\n');
}

const MARK_CYCLE: readonly MaybeMark[] = ['F', 'F', 'F', 'CP', 'F', 'P', 'F', 'F', 'F', 'F'];

function entry(random: () => number, element: ElementId, size: TextSize, i: number): ElementEntry {
  const len = (): number => size.minBytes + Math.floor(random() * (size.maxBytes - size.minBytes));
  const finalMark = MARK_CYCLE[i % MARK_CYCLE.length] ?? 'F';
  const dtrMark: MaybeMark = finalMark === 'CP' ? 'F' : finalMark;
  return {
    element,
    deskTopEvidence: evidenceText(random, len()),
    keyQuestions: evidenceText(random, len()),
    visitEvidence: evidenceText(random, len()),
    verifiedOnSite: i % 3 === 0,
    dtrMark,
    finalMark,
    cpJustification: finalMark === 'CP' ? evidenceText(random, 1_000) : '',
    developmentNote: finalMark === 'P' ? evidenceText(random, 800) : '',
  };
}

function sampleStages(): readonly Stage[] {
  const text = readFileSync(`${ROOT}test/fixtures/sample-record.json`, 'utf8');
  const read = readExchangeText(text);
  if (!read.ok) throw new Error('test/fixtures/sample-record.json does not read');
  return read.value.record.stages;
}

export interface RecordShape {
  /** Organisation id; stage ids are derived from it. */
  readonly id: string;
  readonly name: string;
  /** How many stages (from the sample record's initial, surveillance 1, surveillance 2, …). */
  readonly stages: number;
  readonly size: TextSize;
  readonly seed: number;
}

/** A full record: every element of every stage marked and written up at the given size. */
export function benchRecord(shape: RecordShape): AssessmentRecord {
  const random = generator(shape.seed);
  const stages = withStageIds(
    sampleStages().slice(0, shape.stages),
    (_, s) => `${shape.id}-s${s + 1}` as StageId,
  ).map((stage, s): Stage => ({
    ...stage,
    entries: DEFAULT_CATALOGUE.elements.map((e, i) => entry(random, e.id, shape.size, i + s)),
  }));
  return {
    organisation: {
      id: shape.id as OrganisationId,
      name: shape.name,
      reference: `${10 + (shape.seed % 89)}/${1000 + (shape.seed % 8999)}`,
      unitsInScope: 'Library, Student Services, Careers and Reception',
      contacts: [{ name: 'Zoë Ní Bhriain', role: 'Quality Manager', email: '', phone: '' }],
      plannedDates: EMPTY_PLANNED_DATES,
    },
    stages,
  };
}

/** UTF-8 bytes of the assessor's texts in a record (what the size claims are about). */
export function textBytes(record: AssessmentRecord): number {
  const encoder = new TextEncoder();
  let total = 0;
  for (const stage of record.stages) {
    for (const e of stage.entries) {
      for (const t of [e.deskTopEvidence, e.keyQuestions, e.visitEvidence]) {
        total += encoder.encode(t).byteLength;
      }
      total += encoder.encode(e.cpJustification + e.developmentNote).byteLength;
    }
  }
  return total;
}
