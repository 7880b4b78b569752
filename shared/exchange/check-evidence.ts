import type { Catalogue } from '../catalogue/catalogue';
import { findCatalogue } from '../catalogue/catalogue';
import type { ExchangeError } from './errors';
import { jsonPath } from './errors';
import type { ExchangeV3 } from './schema-v3';

function firstSeen<T>(
  items: readonly T[],
  key: (item: T) => string,
  report: (index: number, first: number, value: string) => ExchangeError,
): ExchangeError[] {
  const seen = new Map<string, number>();
  const errors: ExchangeError[] = [];
  items.forEach((item, i) => {
    const value = key(item);
    const first = seen.get(value);
    if (first === undefined) seen.set(value, i);
    else errors.push(report(i, first, value));
  });
  return errors;
}

/**
 * What the schema cannot say about the evidence library: ids and files appear once; a document's
 * stage exists; a link names a document, a stage and an element of that stage's edition that
 * exist; rejected suggestions are elements of an edition the record uses.
 */
export function checkEvidence(doc: Pick<ExchangeV3, 'stages' | 'evidence'>): ExchangeError[] {
  const { documents, links } = doc.evidence;
  const at = (...rest: PropertyKey[]): string => jsonPath(['evidence', ...rest]);
  const stages = new Map(doc.stages.map((s) => [s.id, s]));
  const catalogues = new Map<string, Catalogue>();
  for (const stage of doc.stages) {
    const catalogue = findCatalogue(stage.catalogue);
    if (catalogue) catalogues.set(stage.id, catalogue);
  }
  const knownElements = new Set<string>(
    [...catalogues.values()].flatMap((c) => c.elements.map((e) => e.id as string)),
  );
  const stageList = [...stages.keys()].map((id) => `"${id}"`).join(', ');
  const errors: ExchangeError[] = [
    ...firstSeen(
      documents,
      (d) => d.id,
      (i, first, id) => ({
        path: at('documents', i, 'id'),
        problem: `the document id "${id}" is also used at ${at('documents', first)}`,
        expected: 'a different id for each document',
      }),
    ),
    ...firstSeen(
      documents,
      (d) => d.contentHash,
      (i, first) => ({
        path: at('documents', i, 'contentHash'),
        problem: `the same file is also listed at ${at('documents', first)}`,
        expected: 'each file once in a library',
      }),
    ),
    ...firstSeen(
      links,
      (l) => l.id,
      (i, first, id) => ({
        path: at('links', i, 'id'),
        problem: `the link id "${id}" is also used at ${at('links', first)}`,
        expected: 'a different id for each link',
      }),
    ),
  ];
  documents.forEach((d, i) => {
    if (d.stage !== null && !stages.has(d.stage)) {
      errors.push({
        path: at('documents', i, 'stage'),
        problem: `no stage "${d.stage}" in this record`,
        expected: `null or the id of a stage: ${stageList}`,
      });
    }
    d.rejectedSuggestions.forEach((element, k) => {
      if (!knownElements.has(element)) {
        errors.push({
          path: at('documents', i, 'rejectedSuggestions', k),
          problem: `unknown element "${element}"`,
          expected: 'an element number of the standard, e.g. "4.3.2"',
        });
      }
    });
  });
  const documentIds = new Set(documents.map((d) => d.id));
  links.forEach((l, i) => {
    if (!documentIds.has(l.document)) {
      errors.push({
        path: at('links', i, 'document'),
        problem: `no document "${l.document}" in the evidence library`,
        expected: 'the id of a document in evidence.documents',
      });
    }
    const catalogue = catalogues.get(l.stage);
    if (!stages.has(l.stage)) {
      errors.push({
        path: at('links', i, 'stage'),
        problem: `no stage "${l.stage}" in this record`,
        expected: `the id of a stage: ${stageList}`,
      });
    } else if (catalogue && !catalogue.byId.has(l.element as never)) {
      errors.push({
        path: at('links', i, 'element'),
        problem: `unknown element "${l.element}"`,
        expected: `an element number of ${catalogue.id}, ${catalogue.elements[0]?.id ?? ''} to ${catalogue.elements[catalogue.elements.length - 1]?.id ?? ''}`,
      });
    }
  });
  return errors;
}
