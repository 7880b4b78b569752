// Words that any organisation's documents use whatever they are about ("received", "request",
// "completed", "provide", "within"): a statement may use one in a particular sense, but finding
// it in a document says next to nothing about which element the document evidences.
import { stemOf } from './tokenise';

const GENERIC_WORDS =
  'receive received receives receiving request requested requests requesting complete ' +
  'completed completing provide provided provides providing ensure ensures ensuring include ' +
  'included includes including make makes made making take takes taken taking use used uses ' +
  'using able way ways time times day days week weeks month months year years number numbers ' +
  'level levels full range main key specific particular appropriate relevant possible regular ' +
  'regularly reasonable steps part general overall whole new good well better best high low ' +
  'give gives given giving get gets got set sets setting see seen show shows shown find found ' +
  'work works worked people person individual individuals available need needs needed';

/** The stems of the generic words. */
export const GENERIC_STEMS: ReadonlySet<string> = new Set(
  GENERIC_WORDS.split(/\s+/).map((w) => stemOf(w)),
);
