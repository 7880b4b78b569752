// Suggestion quality on the labelled corpus, per half: how often a primary element is in the
// top 3, and how often at least two accepted elements (primary or plausible) are in the top 5.
// Shared by the unit test (which holds the floors and prints the report) and the benchmark.
// Per-document results are given for the tuning half only: the held-back halves are measured as
// aggregates, so that nobody tunes on them by reading them.
import type { Passage } from '../../shared/evidence/types';
import { buildSuggestionModel } from '../../shared/evidence/model';
import { suggestElements } from '../../shared/evidence/suggest';
import type { CorpusDocument, CorpusManifest, Half } from './corpus-files';
import { corpusBytes, documentName, halfOf, readManifest } from './corpus-files';
import { extractOk } from './support';

export interface CorpusDocumentResult {
  readonly document: CorpusDocument;
  readonly top5: readonly string[];
  /** A primary element is among the first three. */
  readonly primaryInTop3: boolean;
  /** Accepted (primary or plausible) elements among the first five. */
  readonly acceptedInTop5: number;
  /** At least two accepted elements in the top five (one when only one is accepted). */
  readonly twoAcceptedInTop5: boolean;
}

export interface HalfQuality {
  readonly half: Half;
  readonly documents: number;
  readonly organisations: number;
  /** Share of documents with a primary element in the top 3. */
  readonly primaryTop3: number;
  /** Share of documents with at least two accepted elements in the top 5. */
  readonly twoAcceptedTop5: number;
  /** Mean share of the top 5 that is accepted (precision@5). */
  readonly precisionAt5: number;
}

/** Extracted passages per corpus document (kept: extraction is the slow part). */
const passagesCache = new Map<string, readonly Passage[]>();

export async function corpusPassages(
  manifest: CorpusManifest,
  doc: CorpusDocument,
): Promise<readonly Passage[]> {
  const key = `${doc.organisation}/${doc.file}`;
  const cached = passagesCache.get(key);
  if (cached) return cached;
  const read = await extractOk(documentName(doc), await corpusBytes(manifest, doc));
  passagesCache.set(key, read.text.passages);
  return read.text.passages;
}

/** The results of every document of one half. */
export async function evaluateHalf(
  half: Half,
  manifest = readManifest(),
): Promise<CorpusDocumentResult[]> {
  const model = buildSuggestionModel();
  const results: CorpusDocumentResult[] = [];
  for (const doc of manifest.documents.filter((d) => halfOf(manifest, d) === half)) {
    const passages = await corpusPassages(manifest, doc);
    const top5 = suggestElements(model, passages, { top: 5 }).map((s) => s.element as string);
    const accepted = new Set([...doc.primary, ...doc.plausible]);
    const acceptedInTop5 = top5.filter((e) => accepted.has(e)).length;
    results.push({
      document: doc,
      top5,
      primaryInTop3: top5.slice(0, 3).some((e) => doc.primary.includes(e)),
      acceptedInTop5,
      twoAcceptedInTop5: acceptedInTop5 >= Math.min(2, accepted.size),
    });
  }
  return results;
}

export function summarise(half: Half, results: readonly CorpusDocumentResult[]): HalfQuality {
  const share = (f: (r: CorpusDocumentResult) => number): number =>
    results.length === 0 ? 0 : results.reduce((sum, r) => sum + f(r), 0) / results.length;
  return {
    half,
    documents: results.length,
    organisations: new Set(results.map((r) => r.document.organisation)).size,
    primaryTop3: share((r) => (r.primaryInTop3 ? 1 : 0)),
    twoAcceptedTop5: share((r) => (r.twoAcceptedInTop5 ? 1 : 0)),
    precisionAt5: share((r) => r.acceptedInTop5 / 5),
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** The side-by-side table of every labelled half, and the tuning half's documents one by one. */
export function qualityReport(
  halves: readonly HalfQuality[],
  tuningResults: readonly CorpusDocumentResult[],
): string {
  const row = (label: string, cell: (h: HalfQuality) => string, note = ''): string =>
    `  ${label.padEnd(32)}${halves.map((h) => cell(h).padStart(13)).join('')}${note}`;
  const lines = [
    'Suggestion quality on the labelled corpus (test/fixtures/evidence-corpus)',
    row('', (h) => h.half),
    row('documents (organisations)', (h) => `${h.documents} (${h.organisations})`),
    row('primary element in top 3', (h) => pct(h.primaryTop3), '   (target ≥ 85% held back)'),
    row(
      'two accepted elements in top 5',
      (h) => pct(h.twoAcceptedTop5),
      '   (target ≥ 80% held back)',
    ),
    row('precision@5 (accepted share)', (h) => pct(h.precisionAt5)),
  ];
  if (tuningResults.length > 0) {
    lines.push('Tuning half, document by document (held-back documents are not listed):');
  }
  for (const r of tuningResults) {
    const mark = `${r.primaryInTop3 ? 'P' : '-'}${r.twoAcceptedInTop5 ? 'A' : '-'}`;
    lines.push(
      `  ${mark} ${`${r.document.organisation}/${r.document.file}`.padEnd(62)} top5 ${r.top5.join(' ').padEnd(30)} primary ${r.document.primary.join(' ')}`,
    );
  }
  return lines.join('\n');
}
