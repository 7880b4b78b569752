// Precision@3 and recall@5 of the suggestions on the labelled sample documents, shared by the
// unit test (which holds the floor) and the benchmark (which reports the figures).
import { buildSuggestionModel } from '../../shared/evidence/model';
import { suggestElements } from '../../shared/evidence/suggest';
import { extractOk, fixtureBytes, labelledSet } from './support';

export interface DocumentQuality {
  readonly file: string;
  readonly relevant: readonly string[];
  readonly top5: readonly string[];
  readonly precisionAt3: number;
  readonly recallAt5: number;
}

export interface Quality {
  readonly documents: readonly DocumentQuality[];
  /** Mean over documents of |relevant ∩ top 3| / 3. */
  readonly precisionAt3: number;
  /** Mean over documents of |relevant ∩ top 5| / |relevant|. */
  readonly recallAt5: number;
  /** The best precision@3 the labels allow (a document with one label can score at most 1/3). */
  readonly precisionAt3Ceiling: number;
}

export async function measureQuality(): Promise<Quality> {
  const model = buildSuggestionModel();
  const documents: DocumentQuality[] = [];
  for (const [file, relevant] of Object.entries(labelledSet())) {
    const { text } = await extractOk(file, fixtureBytes(file));
    const top5 = suggestElements(model, text.passages, { top: 5 }).map((s) => s.element as string);
    const hits = (k: number): number => top5.slice(0, k).filter((e) => relevant.includes(e)).length;
    documents.push({
      file,
      relevant,
      top5,
      precisionAt3: hits(3) / 3,
      recallAt5: hits(5) / relevant.length,
    });
  }
  const mean = (f: (d: DocumentQuality) => number): number =>
    documents.reduce((sum, d) => sum + f(d), 0) / documents.length;
  return {
    documents,
    precisionAt3: mean((d) => d.precisionAt3),
    recallAt5: mean((d) => d.recallAt5),
    precisionAt3Ceiling: mean((d) => Math.min(3, d.relevant.length) / 3),
  };
}
