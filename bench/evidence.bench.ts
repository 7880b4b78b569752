/**
 * Evidence library benchmark (not part of `npm test`): `npx tsx bench/evidence.bench.ts`.
 *
 * 1. Extraction of a 100-page PDF (pdfmake-made, DejaVu Sans, ~450 words a page) with pdf.js in
 *    Node, as `fieldbook suggest` and the worker do: median of 3 runs after a warm-up.
 * 2. Search over 300 documents of ~20 pages each (synthetic, deterministic, built from the
 *    sentences of the labelled sample documents): the index is built once, then 400 queries of
 *    1–4 words (some quoted phrases, some prefixes being typed) are timed one by one, snippets
 *    included. Target: p95 ≤ 50 ms.
 * 3. Suggestion quality on the labelled set in test/fixtures/evidence: precision@3 and recall@5.
 *
 * Keystroke latency during an extraction is measured in the browser by the lead's harness
 * (bench/probe/extraction-hook.ts starts one from the benchmark page).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extractDocument } from '../shared/evidence/extract';
import { EvidenceSearchIndex } from '../shared/evidence/search-index';
import type { DocumentId, Passage } from '../shared/evidence/types';
import { nodeExtractLibraries } from '../src-cli/commands/suggest';
import { makePdf } from '../test/evidence/make-files';
import { measureQuality } from '../test/evidence/quality';
import { median, quantile } from './stats';

const FIXTURES = new URL('../test/fixtures/evidence/', import.meta.url).pathname;
const RESULTS = new URL('./evidence-results.json', import.meta.url);
const SEARCH_TARGET_MS = 50;

/** A small deterministic random source (mulberry32), so every run searches the same library. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every sentence of the sample documents: the material the synthetic library is made of. */
function sentences(): string[] {
  const all: string[] = [];
  for (const file of readdirSync(FIXTURES)) {
    if (file.endsWith('.json')) continue;
    const text = readFileSync(`${FIXTURES}${file}`, 'utf8')
      .replace(/<[^<>]+>/g, ' ')
      .replace(/[#*|]/g, ' ');
    for (const s of text.split(/(?<=[.!?])\s+/)) {
      const flat = s.replace(/\s+/g, ' ').trim();
      if (flat.length > 30) all.push(flat);
    }
  }
  return all;
}

const pick = <T>(rnd: () => number, items: readonly T[]): T =>
  items[Math.floor(rnd() * items.length)] as T;

async function benchExtraction(): Promise<{
  pages: number;
  runs: number;
  medianMs: number;
  passages: number;
}> {
  const rnd = random(7);
  const pool = sentences();
  const pages = Array.from({ length: 100 }, (_, i) => ({
    heading: i % 5 === 0 ? `Section ${i / 5 + 1}` : undefined,
    paragraphs: Array.from({ length: 4 }, () =>
      Array.from({ length: 5 }, () => pick(rnd, pool)).join(' '),
    ),
  }));
  const pdf = await makePdf(pages.map((p) => (p.heading ? p : { paragraphs: p.paragraphs })));
  const libs = nodeExtractLibraries();
  let passages = 0;
  const run = async (): Promise<number> => {
    const start = performance.now();
    const read = await extractDocument('report.pdf', pdf, libs);
    if (!read.ok) throw new Error(read.errors[0]?.message);
    passages = read.value.text.passages.length;
    return performance.now() - start;
  };
  await run();
  const times = [await run(), await run(), await run()];
  return { pages: 100, runs: times.length, medianMs: median(times), passages };
}

function benchSearch(): {
  documents: number;
  passages: number;
  buildMs: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  withinTarget: boolean;
} {
  const rnd = random(42);
  const pool = sentences();
  const index = new EvidenceSearchIndex();
  let passages = 0;
  const buildStart = performance.now();
  for (let d = 0; d < 300; d += 1) {
    const list: Passage[] = [];
    for (let page = 1; page <= 20; page += 1) {
      for (let k = 0; k < 3; k += 1) {
        const text = Array.from({ length: 4 }, () => pick(rnd, pool)).join(' ');
        list.push({ index: list.length, page, section: k === 0 ? `Part ${page}` : null, text });
      }
    }
    passages += list.length;
    index.add(`doc-${d}` as DocumentId, `Document ${d}.pdf`, list);
  }
  const buildMs = performance.now() - buildStart;
  const words =
    pool
      .join(' ')
      .toLowerCase()
      .match(/[a-z]{4,}/g) ?? [];
  const queries: string[] = [];
  for (let q = 0; q < 400; q += 1) {
    const kind = q % 4;
    if (kind === 0) queries.push(`"${pick(rnd, pool).split(' ').slice(2, 5).join(' ')}"`);
    else if (kind === 1) queries.push(pick(rnd, words).slice(0, 4));
    else queries.push(Array.from({ length: kind + 1 }, () => pick(rnd, words)).join(' '));
  }
  for (const q of queries.slice(0, 20)) index.search(q);
  const times = queries.map((q) => {
    const start = performance.now();
    index.search(q);
    return performance.now() - start;
  });
  const p95 = quantile(times, 0.95);
  return {
    documents: 300,
    passages,
    buildMs,
    queries: queries.length,
    p50Ms: median(times),
    p95Ms: p95,
    maxMs: Math.max(...times),
    withinTarget: p95 <= SEARCH_TARGET_MS,
  };
}

const extraction = await benchExtraction();
console.log(
  `PDF extraction: ${extraction.pages} pages, ${extraction.passages} passages, median ${extraction.medianMs.toFixed(0)} ms (${extraction.runs} runs)`,
);
const search = benchSearch();
console.log(
  `Search: ${search.documents} documents, ${search.passages} passages, index built in ${search.buildMs.toFixed(0)} ms; ` +
    `${search.queries} queries p50 ${search.p50Ms.toFixed(2)} ms, p95 ${search.p95Ms.toFixed(2)} ms (target ≤ ${SEARCH_TARGET_MS} ms), max ${search.maxMs.toFixed(1)} ms`,
);
const quality = await measureQuality();
console.log(
  `Suggestions on ${quality.documents.length} labelled documents: precision@3 ${quality.precisionAt3.toFixed(3)} ` +
    `(ceiling ${quality.precisionAt3Ceiling.toFixed(3)}), recall@5 ${quality.recallAt5.toFixed(3)} (aim ≥ 0.8)`,
);
for (const d of quality.documents) {
  console.log(
    `  ${d.file.padEnd(38)} P@3 ${d.precisionAt3.toFixed(2)}  R@5 ${d.recallAt5.toFixed(2)}  labelled ${d.relevant.join(' ')}  top 5 ${d.top5.join(' ')}`,
  );
}
writeFileSync(
  RESULTS,
  `${JSON.stringify({ node: process.version, extraction, search, quality: { precisionAt3: quality.precisionAt3, precisionAt3Ceiling: quality.precisionAt3Ceiling, recallAt5: quality.recallAt5, documents: quality.documents } }, null, 2)}\n`,
);
