import type { ContentHash, DocumentId, EvidenceLibrary, LinkId } from '../evidence/types';
import type { ElementId, StageId } from '../types/ids';
import type { ExchangeV3Evidence } from './schema-v3';

/**
 * Converts an evidence library between the checked version-3 shape and the domain. The file
 * names a document's stage `stage` and a link's document `document` (as `catalogue` names a
 * stage's edition); the domain says `stageId` and `documentId`.
 */
export function evidenceFromV3(evidence: ExchangeV3Evidence): EvidenceLibrary {
  return {
    documents: evidence.documents.map((d) => ({
      id: d.id as DocumentId,
      name: d.name,
      mediaType: d.mediaType,
      size: d.size,
      contentHash: d.contentHash as ContentHash,
      kind: d.kind,
      addedAt: d.addedAt,
      stageId: d.stage as StageId | null,
      period: d.period,
      trashedAt: d.trashedAt,
      rejectedSuggestions: d.rejectedSuggestions.map((e) => e as ElementId),
    })),
    links: evidence.links.map((l) => ({
      id: l.id as LinkId,
      documentId: l.document as DocumentId,
      stageId: l.stage as StageId,
      element: l.element as ElementId,
      page: l.page,
      section: l.section,
      quote: l.quote,
      note: l.note,
      createdAt: l.createdAt,
    })),
  };
}

/** The version-3 shape of a library; the inverse of `evidenceFromV3`. */
export function evidenceToV3(library: EvidenceLibrary): ExchangeV3Evidence {
  return {
    documents: library.documents.map((d) => ({
      id: d.id,
      name: d.name,
      mediaType: d.mediaType,
      size: d.size,
      contentHash: d.contentHash,
      kind: d.kind,
      addedAt: d.addedAt,
      stage: d.stageId,
      period: d.period,
      trashedAt: d.trashedAt,
      rejectedSuggestions: [...d.rejectedSuggestions],
    })),
    links: library.links.map((l) => ({
      id: l.id,
      document: l.documentId,
      stage: l.stageId,
      element: l.element,
      page: l.page,
      section: l.section,
      quote: l.quote,
      note: l.note,
      createdAt: l.createdAt,
    })),
  };
}
