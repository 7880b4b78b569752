import { GENERIC_ACTIVITY_NAMES, REQUESTED_DOCUMENT_NAMES } from '../../types/surveillance';
import { isPlaceholder, matchKey } from '../text';
import { columnOf } from './columns';
import { isHeaderText } from './header-words';
import { labelOf } from './labels';
import type { Located } from './raw';
import { stageMention } from './stage-names';
import { activityOf, documentOf } from './surveillance-values';

/**
 * The words of a certifying body's blank template (ASSESSMENT-RECORD.md, sections 2 and 3): the
 * note to the client, the instructions to the assessor, the scoring rules, the lists of
 * documents and activities. Text made only of these is the template, not the assessor's.
 */

/** Sentences of the template, matched on `matchKey` text. */
export const TEMPLATE_SENTENCES: readonly RegExp[] = [
  /commercial in confidence$/,
  /^this document will be the key record/,
  /^contents$/,
  /^surveillance 1 and 2$/,
  /^(first|second|third) surveillance$/,
  /^in order to maintain your (accreditation|certification)/,
  /will contact you (in|on|by) .*request the following/,
  /^you will (also )?be asked to provide responses/,
  /^(on-?site visit|off-?site assessment|on-?site assessment)(:.*)?$/,
  /^clients undergoing their (first|second|third)? ?surveillance/,
  /^the following activities have been identified/,
  /^an outline plan must be completed/,
  /^-?\s*to achieve (the standard|customer service excellence)/,
  /the maximum number of partial compliances allowed/,
  /\(insert [^)]*\)/,
  /\(assessor to [^)]*\)/,
];

const TEMPLATE_WORDS = new Set(
  [
    'item',
    'generic',
    'activities',
    'activities onsite plan',
    'onsite plan',
    'on-site plan',
    'date/time',
    'criterion',
    ...Object.values(REQUESTED_DOCUMENT_NAMES),
    ...Object.values(GENERIC_ACTIVITY_NAMES),
  ].map(matchKey),
);

/** True for a piece of a blank template: a bullet, a label, a header, a listed document … */
function templatePiece(text: string): boolean {
  const key = matchKey(text);
  if (key === '' || /^[•·\-–—*o]$/.test(key) || /^\d{1,2}$/.test(key)) return true;
  if (isPlaceholder(text) || TEMPLATE_WORDS.has(key)) return true;
  if (TEMPLATE_SENTENCES.some((p) => p.test(key))) return true;
  if (labelOf(text) !== null || isHeaderText(text) || stageMention(text) !== null) return true;
  if (columnOf(text) !== null) return true;
  if (key.length <= 160 && (documentOf(text) !== undefined || activityOf(text) !== undefined)) {
    return true;
  }
  // Words of a listed activity wrapped onto a row of their own in the template.
  return /^(?:for customers|service)$/.test(key);
}

/**
 * True when a passage the import could not place is template text: every cell of a table row
 * ("a | b | c") or the paragraph is a template piece. Such text does not make a stage.
 */
export function isTemplateText(text: Located): boolean {
  return text.text.split(' | ').every((piece) => piece.split('\n').every(templatePiece));
}
