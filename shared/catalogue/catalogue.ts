import type { CatalogueId, CriterionNumber, ElementId, SubCriterionId } from '../types/ids';
import type { CatalogueData } from './catalogue-types';
import { CSE_57 } from './cse-57';

/** An element with its place in the standard. */
export interface CatalogueElement {
  readonly id: ElementId;
  readonly statement: string;
  readonly criterion: CriterionNumber;
  readonly subCriterion: SubCriterionId;
  readonly wordingUnconfirmed: boolean;
}

export interface CatalogueSubCriterion {
  readonly id: SubCriterionId;
  readonly name: string;
  readonly criterion: CriterionNumber;
  readonly elements: readonly CatalogueElement[];
}

export interface CatalogueCriterion {
  readonly number: CriterionNumber;
  readonly name: string;
  readonly subCriteria: readonly CatalogueSubCriterion[];
  readonly elements: readonly CatalogueElement[];
}

/** A catalogue ready for look-ups; build one with `buildCatalogue`. */
export interface Catalogue {
  readonly id: CatalogueId;
  readonly title: string;
  readonly criteria: readonly CatalogueCriterion[];
  /** Every element in the standard's order (1.1.1 … 5.3.3). */
  readonly elements: readonly CatalogueElement[];
  readonly byId: ReadonlyMap<ElementId, CatalogueElement>;
}

/** Indexes catalogue data; throws on duplicate element ids, which is a programming error. */
export function buildCatalogue(data: CatalogueData): Catalogue {
  const criteria = data.criteria.map((c): CatalogueCriterion => {
    const criterion = c.number as CriterionNumber;
    const subCriteria = c.subCriteria.map((s): CatalogueSubCriterion => ({
      id: s.id as SubCriterionId,
      name: s.name,
      criterion,
      elements: s.elements.map((e) => ({
        id: e.id as ElementId,
        statement: e.statement,
        criterion,
        subCriterion: s.id as SubCriterionId,
        wordingUnconfirmed: e.wordingUnconfirmed === true,
      })),
    }));
    return {
      number: criterion,
      name: c.name,
      subCriteria,
      elements: subCriteria.flatMap((s) => s.elements),
    };
  });
  const elements = criteria.flatMap((c) => c.elements);
  const byId = new Map(elements.map((e) => [e.id, e] as const));
  if (byId.size !== elements.length) throw new Error(`Catalogue ${data.id} repeats an element id`);
  return { id: data.id as CatalogueId, title: data.title, criteria, elements, byId };
}

/** The edition every new record is scored against. */
export const DEFAULT_CATALOGUE: Catalogue = buildCatalogue(CSE_57);

const CATALOGUES: ReadonlyMap<string, Catalogue> = new Map([
  [DEFAULT_CATALOGUE.id, DEFAULT_CATALOGUE],
]);

/** The catalogue with this id, or `undefined` for an edition this build does not know. */
export function findCatalogue(id: string): Catalogue | undefined {
  return CATALOGUES.get(id);
}

/** Ids of every catalogue this build knows. */
export function knownCatalogueIds(): readonly string[] {
  return [...CATALOGUES.keys()];
}
