import type { Brand } from './brand';

/** Client-made, globally unique id of an organisation (never auto-increment; see docs/storage). */
export type OrganisationId = Brand<string, 'OrganisationId'>;
/** Client-made, globally unique id of a stage of an organisation's record. */
export type StageId = Brand<string, 'StageId'>;
/** An element number of the catalogue, e.g. "4.3.2". */
export type ElementId = Brand<string, 'ElementId'>;
/** A sub-criterion number of the catalogue, e.g. "4.3". */
export type SubCriterionId = Brand<string, 'SubCriterionId'>;
/** A criterion number, 1 to 5 in the 57-element edition. */
export type CriterionNumber = Brand<number, 'CriterionNumber'>;
/** Identifies an edition of the standard, e.g. "cse-57". */
export type CatalogueId = Brand<string, 'CatalogueId'>;

/** Text shape of ids made by clients: letters, digits, `-` and `_`, 1 to 64 characters. */
// eslint-disable-next-line regexp/prefer-w, regexp/use-ignore-case -- published as written in the exchange format's JSON Schema
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Makes ids; injected so that shared code never calls a random source itself. */
export type IdSource = () => string;
