/** One element of the standard as written in the catalogue data. */
export interface ElementData {
  readonly id: string;
  readonly statement: string;
  /** Set where the reference text itself says the wording still needs confirming. */
  readonly wordingUnconfirmed?: true;
}

export interface SubCriterionData {
  readonly id: string;
  readonly name: string;
  readonly elements: readonly ElementData[];
}

export interface CriterionData {
  readonly number: number;
  readonly name: string;
  readonly subCriteria: readonly SubCriterionData[];
}

/** An edition of the standard, kept as data so that a revised edition can sit beside it. */
export interface CatalogueData {
  readonly id: string;
  readonly title: string;
  readonly criteria: readonly CriterionData[];
}
