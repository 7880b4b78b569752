// Linked evidence of an element: which documents (or passages) the assessor linked to it, cited
// as the record prints them, and the desk-top evidence text made from them.
import type { ElementId, StageId } from '../types/ids';
import type { EvidenceDocument, EvidenceLibrary, EvidenceLink } from './types';
import { citePlace } from './types';

/** A link with its document, and how the record cites it. */
export interface LinkedEvidenceItem {
  readonly link: EvidenceLink;
  readonly document: EvidenceDocument;
  /** "Complaints procedure.pdf, p. 3" or "Customer charter.docx, § Our promises". */
  readonly citation: string;
}

/** "Name, p. 3, § Escalation" (the document name alone when the whole document is linked). */
export function citation(document: EvidenceDocument, link: EvidenceLink): string {
  const place = citePlace(link);
  return place === '' ? document.name : `${document.name}, ${place}`;
}

function compareItems(a: LinkedEvidenceItem, b: LinkedEvidenceItem): number {
  const byName = a.document.name.localeCompare(b.document.name);
  if (byName !== 0) return byName;
  const pa = a.link.page ?? 0;
  const pb = b.link.page ?? 0;
  if (pa !== pb) return pa - pb;
  if (a.link.createdAt !== b.link.createdAt) return a.link.createdAt < b.link.createdAt ? -1 : 1;
  return a.link.id < b.link.id ? -1 : a.link.id > b.link.id ? 1 : 0;
}

/**
 * The evidence linked to one element of one stage: links whose document is in the library and
 * not in its trash, by document name, then page, then when they were made. For the XLSX and PDF
 * exports ("linked documents" of each element) and the workbook. A record without an evidence
 * library has none.
 */
export function linkedEvidenceFor(
  record: { readonly evidence?: EvidenceLibrary | undefined },
  stageId: StageId,
  elementId: ElementId,
): LinkedEvidenceItem[] {
  const library = record.evidence;
  if (!library) return [];
  const documents = new Map(library.documents.map((d) => [d.id, d]));
  const items: LinkedEvidenceItem[] = [];
  for (const link of library.links) {
    if (link.stageId !== stageId || link.element !== elementId) continue;
    const document = documents.get(link.documentId);
    if (!document || document.trashedAt !== null) continue;
    items.push({ link, document, citation: citation(document, link) });
  }
  return items.sort(compareItems);
}

/**
 * The quote a link keeps of its passage: whitespace flattened, at most `max` characters; a
 * longer passage is cut after its last whole word within the limit, with "…".
 */
export function quoteOf(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max);
  const cut = room.lastIndexOf(' ');
  return `${(cut > 0 ? room.slice(0, cut) : room.slice(0, max - 1)).trimEnd()}…`;
}

/**
 * One line of desk-top evidence for a link: "• Name, p. 3 — “quote” — note", with the linked
 * passage quoted whole (as kept by the link), never cut mid-word.
 */
export function evidenceLine(item: LinkedEvidenceItem): string {
  const quote = item.link.quote.replace(/\s+/g, ' ').trim();
  const parts = [`• ${item.citation}`];
  if (quote !== '') parts.push(`“${quote}”`);
  const note = item.link.note.replace(/\s+/g, ' ').trim();
  if (note !== '') parts.push(note);
  return parts.join(' — ');
}

/**
 * The desk-top evidence text filled from links: the assessor's current text kept as it is, with
 * a line added for each linked item whose line is not in it yet. Idempotent (filling twice adds
 * nothing) and never removes or rewrites what the assessor wrote.
 */
export function fillDeskTopEvidence(current: string, items: readonly LinkedEvidenceItem[]): string {
  const missing = items.map(evidenceLine).filter((line) => !current.includes(line));
  const unique = [...new Set(missing)];
  if (unique.length === 0) return current;
  const base = current.trimEnd();
  return base === '' ? unique.join('\n') : `${base}\n${unique.join('\n')}`;
}
