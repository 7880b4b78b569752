// The evidence library of an imported record (exchange format 3, or a bundle): written in the
// same transaction as the record. An import adds and updates documents and links; it never
// deletes any (an assessor's links and notes are never dropped by opening a file).
import type { EvidenceLibrary } from '../../shared/evidence/types';
import type { ChangeBatch } from './changes';
import { diffFields } from './changes';
import type { RepositoryContext } from './context';
import { nextVersion } from './write-logged';
import { StorageError } from './errors';
import { hasEvidenceTables, liveEvidenceRows } from './evidence-reads';
import type { DocumentRow, LinkRow } from './evidence-rows';
import { DOCUMENT_FIELDS, LINK_FIELDS, documentBody, linkBody } from './evidence-rows';
import { header } from './rows';
import type { FieldbookDb } from './schema';
import { signedOffError } from './signed-off';

/** The tables an import with an evidence library writes, besides the record's. */
export function evidenceImportTables(db: FieldbookDb, library: EvidenceLibrary | undefined) {
  if (!library || (library.documents.length === 0 && library.links.length === 0)) return [];
  if (!hasEvidenceTables(db)) {
    throw new StorageError(
      'unknown',
      'This record holds an evidence library, which this database cannot store yet. Nothing was changed.',
    );
  }
  return [db.documents, db.evidenceLinks];
}

/** Refuses a link written into (or out of) a signed-off stage. */
async function refuseSignedStageLink(
  db: FieldbookDb,
  stageIds: readonly string[],
  signed: ReadonlySet<string>,
): Promise<void> {
  const id = stageIds.find((s) => signed.has(s));
  const stage = id === undefined ? undefined : await db.stages.get(id);
  if (stage) throw signedOffError(stage, 'its linked evidence');
}

/** Refuses renaming or trashing a document a signed-off stage's linked evidence cites. */
async function refuseCitedDocument(
  db: FieldbookDb,
  documentId: string,
  links: readonly LinkRow[],
  signed: ReadonlySet<string>,
): Promise<void> {
  const cited = links.filter((l) => l.documentId === documentId).map((l) => l.stageId);
  await refuseSignedStageLink(db, cited, signed);
}

/**
 * Writes an imported library for `organisationId`. A document already in the library under the
 * same id is updated (its file must be the same); the same file under another id is kept as it
 * is and the import's links follow it; anything new is added. Call inside the transaction.
 */
export async function writeImportedEvidence(
  ctx: RepositoryContext,
  organisationId: string,
  library: EvidenceLibrary | undefined,
  batch: ChangeBatch,
  at: string,
  signedStageIds: ReadonlySet<string> = new Set(),
): Promise<void> {
  if (!library || (library.documents.length === 0 && library.links.length === 0)) return;
  const { db } = ctx;
  const live = await liveEvidenceRows(db, organisationId);
  const byId = new Map(live.documents.map((d) => [d.id, d]));
  const byHash = new Map(live.documents.map((d) => [d.contentHash, d]));
  const idFor = new Map<string, string>();
  const documents: DocumentRow[] = [];
  for (const doc of library.documents) {
    const existing = byId.get(doc.id) ?? byHash.get(doc.contentHash);
    const target = {
      entity: 'document',
      organisationId,
      stageId: doc.stageId,
      elementId: null,
    } as const;
    if (existing && existing.contentHash !== doc.contentHash) throw new StorageError('conflict');
    if (existing) {
      idFor.set(doc.id, existing.id);
      if (existing.id !== doc.id) continue;
      const desired: DocumentRow = { ...existing, ...documentBody(organisationId, doc) };
      const changes = diffFields(existing, desired, DOCUMENT_FIELDS);
      if (changes.length === 0) continue;
      if (changes.some((c) => c.field === 'name' || c.field === 'trashedAt')) {
        await refuseCitedDocument(db, existing.id, live.links, signedStageIds);
      }
      const { row } = nextVersion(existing, desired, at);
      documents.push(row);
      batch.add({ ...target, entityId: row.id, revision: row.revision }, changes);
      continue;
    }
    const taken = await db.documents.get(doc.id);
    if (taken) throw new StorageError('conflict');
    idFor.set(doc.id, doc.id);
    documents.push({ ...documentBody(organisationId, doc), ...header(at) });
    batch.add({ ...target, entityId: doc.id, revision: 1 }, [
      { field: 'created', before: null, after: { name: doc.name, contentHash: doc.contentHash } },
    ]);
  }
  const links = new Map(live.links.map((l) => [l.id, l]));
  const linkRows: LinkRow[] = [];
  for (const link of library.links) {
    const documentId = idFor.get(link.documentId) ?? link.documentId;
    const body = linkBody(organisationId, {
      ...link,
      documentId: documentId as typeof link.documentId,
    });
    const target = {
      entity: 'link',
      entityId: link.id,
      organisationId,
      stageId: link.stageId,
      elementId: link.element,
    } as const;
    const existing = links.get(link.id);
    if (existing) {
      const desired: LinkRow = { ...existing, ...body };
      const changes = diffFields(existing, desired, LINK_FIELDS);
      if (changes.length === 0) continue;
      await refuseSignedStageLink(db, [existing.stageId, link.stageId], signedStageIds);
      const { row } = nextVersion(existing, desired, at);
      linkRows.push(row);
      batch.add({ ...target, revision: row.revision }, changes);
      continue;
    }
    if (await db.evidenceLinks.get(link.id)) throw new StorageError('conflict');
    await refuseSignedStageLink(db, [link.stageId], signedStageIds);
    linkRows.push({ ...body, ...header(at) });
    batch.add({ ...target, revision: 1 }, [
      {
        field: 'created',
        before: null,
        after: { document: documentId, page: link.page, section: link.section },
      },
    ]);
  }
  await db.documents.bulkPut(documents);
  await db.evidenceLinks.bulkPut(linkRows);
}
