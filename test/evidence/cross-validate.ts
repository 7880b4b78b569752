// Leave-one-organisation-out cross-validation (issue 17, third round) over every labelled
// document: each organisation's documents are ranked with an element baseline measured on the
// other organisations' documents only, so that no document shapes the baseline it is ranked
// with. A parameter is chosen by nested LOOO: for each organisation, the value that is best on
// the other organisations' cross-validated results is the one its documents are ranked with.
// Used by corpus.test.ts (which prints the figures) and as a script for experiments:
// `npx tsx test/evidence/cross-validate.ts [--docs]`.
import type { Ranking, SuggestionModel } from '../../shared/evidence/model';
import { DEFAULT_VOCABULARY, RANKING, buildSuggestionModel } from '../../shared/evidence/model';
import { suggestElements } from '../../shared/evidence/suggest';
import type { Passage } from '../../shared/evidence/types';
import type { CorpusDocument, CorpusManifest, Half } from './corpus-files';
import { LABELLED_HALVES, halfOf, readManifest } from './corpus-files';
import type { CorpusDocumentResult } from './corpus-quality';
import { corpusPassages, judge } from './corpus-quality';

/** A variant of the suggester being measured: its vocabulary and ranking parameters. */
export interface Variant {
  readonly vocabulary?: Readonly<Record<string, string>>;
  readonly ranking?: Ranking;
}

export interface Loaded {
  readonly doc: CorpusDocument;
  readonly half: Half;
  readonly passages: readonly Passage[];
}

/** Every labelled document (tuning, held-back, held-back-2) with its extracted passages. */
export async function labelledDocuments(manifest = readManifest()): Promise<Loaded[]> {
  const labelled = manifest.documents.filter((d) =>
    (LABELLED_HALVES as readonly string[]).includes(halfOf(manifest, d)),
  );
  const out: Loaded[] = [];
  for (const doc of labelled) {
    out.push({ doc, half: halfOf(manifest, doc), passages: await corpusPassages(manifest, doc) });
  }
  return out;
}

/** Each element's share of the document's best score, ranked without a baseline. */
export function elementShares(model: SuggestionModel, passages: readonly Passage[]): number[] {
  const all = suggestElements(model, passages, { top: model.elements.length });
  const best = all[0]?.score ?? 0;
  const byElement = new Map(all.map((s) => [s.element as string, s.score]));
  return model.elements.map((e) => (best > 0 ? (byElement.get(e) ?? 0) / best : 0));
}

/** The mean of per-document shares, element → share rounded to 3 decimals. */
export function meanShares(
  elements: readonly string[],
  shares: readonly (readonly number[])[],
): Record<string, number> {
  return Object.fromEntries(
    elements.map((e, i) => {
      const sum = shares.reduce((s, row) => s + (row[i] ?? 0), 0);
      return [e, Math.round((sum / Math.max(1, shares.length)) * 1000) / 1000];
    }),
  );
}

/**
 * Every document's result when its organisation is left out of the baseline: LOOO-CV of the
 * suggester `variant`, in the order of `docs`.
 */
export function crossValidated(
  docs: readonly Loaded[],
  variant: Variant = {},
): CorpusDocumentResult[] {
  const vocabulary = variant.vocabulary ?? DEFAULT_VOCABULARY;
  const ranking = variant.ranking ?? RANKING;
  const bare = buildSuggestionModel(undefined, vocabulary, null, ranking);
  const shares = docs.map((d) => elementShares(bare, d.passages));
  const results: CorpusDocumentResult[] = new Array<CorpusDocumentResult>(docs.length);
  for (const org of new Set(docs.map((d) => d.doc.organisation))) {
    const others = shares.filter((_, i) => docs[i]?.doc.organisation !== org);
    const baseline = meanShares(bare.elements, others);
    const model = buildSuggestionModel(undefined, vocabulary, baseline, ranking);
    docs.forEach((d, i) => {
      if (d.doc.organisation !== org) return;
      const top5 = suggestElements(model, d.passages, { top: 5 }).map((s) => s.element as string);
      results[i] = judge(d.doc, top5);
    });
  }
  return results;
}

/** Share of results with the primary element in the top 3, and with two accepted in the top 5. */
export function figures(results: readonly CorpusDocumentResult[]): {
  primaryTop3: number;
  twoAcceptedTop5: number;
} {
  const n = Math.max(1, results.length);
  return {
    primaryTop3: results.filter((r) => r.primaryInTop3).length / n,
    twoAcceptedTop5: results.filter((r) => r.twoAcceptedInTop5).length / n,
  };
}

/**
 * Nested LOOO over candidate variants: for each organisation, the candidate whose
 * cross-validated results on the other organisations are best (primary in top 3, then two
 * accepted in top 5; the first candidate on ties) ranks that organisation's documents. Returns
 * the results so obtained and, per organisation, the candidate chosen.
 */
export function nestedCrossValidated(
  docs: readonly Loaded[],
  candidates: readonly Variant[],
): { results: CorpusDocumentResult[]; chosen: Map<string, number> } {
  const perCandidate = candidates.map((c) => crossValidated(docs, c));
  const results: CorpusDocumentResult[] = new Array<CorpusDocumentResult>(docs.length);
  const chosen = new Map<string, number>();
  for (const org of new Set(docs.map((d) => d.doc.organisation))) {
    let best = 0;
    let bestKey = -1;
    perCandidate.forEach((rs, c) => {
      const f = figures(rs.filter((r) => r.document.organisation !== org));
      const key = f.primaryTop3 * 1000 + f.twoAcceptedTop5;
      if (key > bestKey + 1e-9) {
        bestKey = key;
        best = c;
      }
    });
    chosen.set(org, best);
    docs.forEach((d, i) => {
      if (d.doc.organisation === org) results[i] = perCandidate[best]?.[i] as CorpusDocumentResult;
    });
  }
  return { results, chosen };
}

/** The manifest's documents as the cross-validation reads them, for scripts. */
export type { CorpusManifest };

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '-')) {
  const docs = await labelledDocuments();
  const cv = crossValidated(docs);
  const f = figures(cv);
  console.log(
    `LOOO-CV over ${docs.length} documents: primary in top 3 ${(f.primaryTop3 * 100).toFixed(1)}%, two accepted in top 5 ${(f.twoAcceptedTop5 * 100).toFixed(1)}%`,
  );
  if (process.argv.includes('--docs')) {
    for (const r of cv) {
      const mark = `${r.primaryInTop3 ? 'P' : '-'}${r.twoAcceptedInTop5 ? 'A' : '-'}`;
      console.log(
        `${mark} ${`${r.document.organisation}/${r.document.file}`.padEnd(60)} ${r.top5.join(' ').padEnd(30)} P ${r.document.primary.join(' ')} | ${r.document.plausible.join(' ')}`,
      );
    }
  }
}
