// The linked evidence the exports list under each element: the documents (or passages) the
// assessor linked to it in the evidence library, cited as the record prints them.
import type { Catalogue } from '../catalogue/catalogue';
import type { LinkedEvidenceItem } from '../evidence/links';
import { linkedEvidenceFor } from '../evidence/links';
import type { ElementId, StageId } from '../types/ids';
import type { AssessmentRecord } from '../types/record';

/** Each element of a stage with the evidence linked to it (elements without any are left out). */
export type LinkedEvidenceMap = ReadonlyMap<ElementId, readonly LinkedEvidenceItem[]>;

/**
 * The linked evidence of every element of `catalogue` in one stage, in the order
 * `linkedEvidenceFor` gives (document name, page, when linked). Empty for a record without an
 * evidence library, or whose library has no live link in this stage.
 */
export function linkedEvidenceMap(
  record: AssessmentRecord,
  stageId: StageId,
  catalogue: Catalogue,
): LinkedEvidenceMap {
  const map = new Map<ElementId, readonly LinkedEvidenceItem[]>();
  if (!record.evidence || record.evidence.links.length === 0) return map;
  for (const element of catalogue.elements) {
    const items = linkedEvidenceFor(record, stageId, element.id);
    if (items.length > 0) map.set(element.id, items);
  }
  return map;
}

/**
 * One linked item as the exports print it: "Customer Charter.docx, § Our promises — note"
 * (the citation alone when the link has no note; the note's line breaks become spaces).
 */
export function linkedEvidenceLine(item: LinkedEvidenceItem): string {
  const note = item.link.note.replace(/\s+/g, ' ').trim();
  return note === '' ? item.citation : `${item.citation} — ${note}`;
}

/** The lines of an element's linked evidence, one per item, joined by line breaks. */
export function linkedEvidenceText(items: readonly LinkedEvidenceItem[]): string {
  return items.map(linkedEvidenceLine).join('\n');
}
