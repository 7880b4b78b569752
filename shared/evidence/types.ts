// The evidence library: the documents a client submits, their text, and the assessor's links
// from documents (or passages of them) to elements as desk-top evidence.
import type { Brand } from '../types/brand';
import type { ElementId, StageId } from '../types/ids';

/** Client-made id of a document in an organisation's library (the client id shape). */
export type DocumentId = Brand<string, 'DocumentId'>;
/** Client-made id of a link from a document to an element. */
export type LinkId = Brand<string, 'LinkId'>;
/** SHA-256 of a file's bytes: 64 lower-case hex digits. Same bytes, same hash. */
export type ContentHash = Brand<string, 'ContentHash'>;

/** The shape of a content hash. */
export const CONTENT_HASH_PATTERN = /^[0-9a-f]{64}$/;

/**
 * What kind of file a document is, which decides how its text is read: PDF (pdf.js, per page),
 * DOCX (mammoth, per heading), plain text, Markdown and HTML (per heading). `attachment` files
 * (images, spreadsheets, slides, old Word files) are kept with no text.
 */
export const DOCUMENT_KINDS = ['pdf', 'docx', 'text', 'markdown', 'html', 'attachment'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A document in an organisation's library: its metadata, never its bytes or text. */
export interface EvidenceDocument {
  readonly id: DocumentId;
  /** The file name as added (a base name, never a path). */
  readonly name: string;
  readonly mediaType: string;
  /** Bytes. */
  readonly size: number;
  readonly contentHash: ContentHash;
  readonly kind: DocumentKind;
  /** ISO 8601 instant it was added. */
  readonly addedAt: string;
  /** The stage the client submitted it for, or null when not said. */
  readonly stageId: StageId | null;
  /** The period it evidences, as the assessor writes it, e.g. "survey results 2014–15". */
  readonly period: string;
  /** When it was moved to the library's recoverable trash; null when not in the trash. */
  readonly trashedAt: string | null;
  /** Elements the assessor rejected as suggestions for this document: never suggested again. */
  readonly rejectedSuggestions: readonly ElementId[];
}

/** Where in a document a passage is: a page (PDF) and/or the heading it sits under. */
export interface PassageRef {
  /** 1-based page number; null for documents without pages. */
  readonly page: number | null;
  /** The heading the passage sits under (nearest one), or null. */
  readonly section: string | null;
}

/** A link from a document, or a passage of it, to one element of one stage. */
export interface EvidenceLink extends PassageRef {
  readonly id: LinkId;
  readonly documentId: DocumentId;
  readonly stageId: StageId;
  readonly element: ElementId;
  /** The passage linked, as quoted from the document; empty when the whole document is linked. */
  readonly quote: string;
  /** The assessor's note on what it shows. */
  readonly note: string;
  /** ISO 8601 instant the link was made. */
  readonly createdAt: string;
}

/** An organisation's library as the record carries it (exchange format v3). */
export interface EvidenceLibrary {
  readonly documents: readonly EvidenceDocument[];
  readonly links: readonly EvidenceLink[];
}

/** The empty library (a fresh object each call). */
export function emptyLibrary(): EvidenceLibrary {
  return { documents: [], links: [] };
}

/** One passage of a document's text, with its place. `index` is its order in the document. */
export interface Passage extends PassageRef {
  readonly index: number;
  readonly text: string;
}

/**
 * The text read from a document. `no-text` means the file was read but holds no text (an
 * image-only PDF, an empty file, an attachment): it is kept as an attachment.
 */
export interface DocumentText {
  readonly status: 'text' | 'no-text';
  /** Pages of a PDF; null for other kinds. */
  readonly pageCount: number | null;
  readonly passages: readonly Passage[];
}

/** "p. 3", "§ Escalation", "p. 3, § Escalation", or "" when the place is not known. */
export function citePlace(ref: PassageRef): string {
  const parts: string[] = [];
  if (ref.page !== null) parts.push(`p. ${ref.page}`);
  if (ref.section !== null && ref.section !== '') parts.push(`§ ${ref.section}`);
  return parts.join(', ');
}
