// Rows of the evidence library (schema version 2) and their conversions to the domain. Kept apart
// from the record's rows: autosave rewrites entry rows, never these.
import type { Suggestion } from '../../shared/evidence/suggest';
import type {
  ContentHash,
  DocumentId,
  DocumentKind,
  EvidenceDocument,
  EvidenceLink,
  LinkId,
  Passage,
} from '../../shared/evidence/types';
import type { ElementId, StageId } from '../../shared/types/ids';
import type { RowHeader } from './rows';

/** A document of an organisation's library; its bytes are in `blobs` under `contentHash`. */
export interface DocumentRow extends RowHeader {
  readonly id: string;
  readonly organisationId: string;
  readonly contentHash: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly kind: DocumentKind;
  readonly addedAt: string;
  readonly stageId: string | null;
  readonly period: string;
  readonly trashedAt: string | null;
  readonly rejectedSuggestions: readonly string[];
}

/** A link from a document (or a passage) to an element of a stage; tombstoned when removed. */
export interface LinkRow extends RowHeader {
  readonly id: string;
  readonly organisationId: string;
  readonly documentId: string;
  readonly stageId: string;
  readonly element: string;
  readonly page: number | null;
  readonly section: string | null;
  readonly quote: string;
  readonly note: string;
  readonly createdAt: string;
}

/**
 * The text read from a file, by content hash (the same bytes always read the same), with the
 * suggestions worked out from it by `suggesterVersion` of the suggestion model.
 */
export interface DocumentTextRow {
  readonly hash: string;
  readonly status: 'text' | 'no-text';
  readonly pageCount: number | null;
  readonly passages: readonly Passage[];
  readonly extractedAt: string;
  readonly suggesterVersion: number;
  readonly suggestions: readonly Suggestion[];
}

export type DocumentBody = Omit<DocumentRow, keyof RowHeader>;
export type LinkBody = Omit<LinkRow, keyof RowHeader>;

export const DOCUMENT_FIELDS = [
  'name',
  'stageId',
  'period',
  'trashedAt',
  'rejectedSuggestions',
] as const satisfies readonly (keyof DocumentRow)[];
export const LINK_FIELDS = [
  'page',
  'section',
  'quote',
  'note',
] as const satisfies readonly (keyof LinkRow)[];

export function documentBody(organisationId: string, d: EvidenceDocument): DocumentBody {
  return {
    id: d.id,
    organisationId,
    contentHash: d.contentHash,
    name: d.name,
    mediaType: d.mediaType,
    size: d.size,
    kind: d.kind,
    addedAt: d.addedAt,
    stageId: d.stageId,
    period: d.period,
    trashedAt: d.trashedAt,
    rejectedSuggestions: [...d.rejectedSuggestions],
  };
}

export function documentFromRow(row: DocumentRow): EvidenceDocument {
  return {
    id: row.id as DocumentId,
    name: row.name,
    mediaType: row.mediaType,
    size: row.size,
    contentHash: row.contentHash as ContentHash,
    kind: row.kind,
    addedAt: row.addedAt,
    stageId: row.stageId as StageId | null,
    period: row.period,
    trashedAt: row.trashedAt,
    rejectedSuggestions: row.rejectedSuggestions.map((e) => e as ElementId),
  };
}

export function linkBody(organisationId: string, l: EvidenceLink): LinkBody {
  return {
    id: l.id,
    organisationId,
    documentId: l.documentId,
    stageId: l.stageId,
    element: l.element,
    page: l.page,
    section: l.section,
    quote: l.quote,
    note: l.note,
    createdAt: l.createdAt,
  };
}

export function linkFromRow(row: LinkRow): EvidenceLink {
  return {
    id: row.id as LinkId,
    documentId: row.documentId as DocumentId,
    stageId: row.stageId as StageId,
    element: row.element as ElementId,
    page: row.page,
    section: row.section,
    quote: row.quote,
    note: row.note,
    createdAt: row.createdAt,
  };
}
