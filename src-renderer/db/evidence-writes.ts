// Writes to the evidence library's documents: add (file, text and row in one transaction), edit,
// trash, restore, delete for good. Each logs its changes like the record's own writes.
import type { Suggestion } from '../../shared/evidence/suggest';
import type { ContentHash, DocumentId } from '../../shared/evidence/types';
import type { OrganisationId } from '../../shared/types/ids';
import { ChangeBatch, diffFields } from './changes';
import type { FieldChange } from './changes';
import { writableOrganisation, type RepositoryContext } from './context';
import { writeLogged } from './write-logged';
import { StorageError } from './errors';
import type { AddDocumentOutcome, DocumentPatch, NewDocument } from './evidence-repository';
import type { DocumentRow, LinkRow } from './evidence-rows';
import { DOCUMENT_FIELDS, documentBody, documentFromRow } from './evidence-rows';
import type { SaveReceipt } from './receipt';
import { header } from './rows';
import type { FieldbookDb } from './schema';
import { refuseSignedOffDocument } from './signed-off';

function invalid(what: string): StorageError {
  return new StorageError(
    'invalid',
    `This change was not saved: ${what} is not a value CSE Fieldbook can store. Nothing was changed.`,
  );
}

/** Logs changes to a document or link row in the current transaction. */
export async function logEvidence(
  ctx: RepositoryContext,
  at: string,
  target: {
    entity: 'document' | 'link';
    entityId: string;
    organisationId: string;
    stageId: string | null;
    elementId: string | null;
    revision: number;
  },
  changes: readonly FieldChange[],
): Promise<void> {
  const batch = new ChangeBatch(ctx.newId, at);
  batch.add(target, changes);
  await ctx.db.changes.bulkAdd(batch.rows);
}

/** A live document of the organisation, or `not-found`. Call inside a transaction. */
export async function liveDocument(
  db: FieldbookDb,
  organisationId: string,
  documentId: string,
): Promise<DocumentRow> {
  const row = await db.documents.get(documentId);
  if (!row || row.deleted || row.organisationId !== organisationId) {
    throw new StorageError(
      'not-found',
      'That document is not in this library (it may have been deleted in another window). Nothing was changed.',
    );
  }
  return row;
}

function documentTables(db: FieldbookDb) {
  return [db.organisations, db.documents, db.blobs, db.documentTexts, db.changes];
}

export function addDocument(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  input: NewDocument,
): Promise<AddDocumentOutcome> {
  const { db } = ctx;
  return db.transaction('rw', documentTables(db), async (): Promise<AddDocumentOutcome> => {
    await writableOrganisation(db, organisationId);
    const doc = input.document;
    const same = (await db.documents.where('contentHash').equals(doc.contentHash).toArray()).find(
      (d) => !d.deleted && d.organisationId === organisationId,
    );
    const hasFile = (await db.blobs.get(doc.contentHash)) !== undefined;
    if (same && hasFile) return { kind: 'duplicate', existing: documentFromRow(same) };
    const at = ctx.now();
    if (!hasFile) {
      const data = input.bytes.slice().buffer;
      await db.blobs.put({ hash: doc.contentHash, data });
    }
    await db.documentTexts.put({
      hash: doc.contentHash,
      status: input.text.status,
      pageCount: input.text.pageCount,
      passages: input.text.passages,
      extractedAt: at,
      suggesterVersion: input.suggesterVersion,
      suggestions: input.suggestions,
    });
    if (same) {
      const receipt = { revision: same.revision, committedAt: at };
      return { kind: 'restored-file', existing: documentFromRow(same), receipt };
    }
    if (await db.documents.get(doc.id)) throw new StorageError('conflict');
    const row: DocumentRow = { ...documentBody(organisationId, doc), ...header(at) };
    await db.documents.add(row);
    await logEvidence(
      ctx,
      at,
      {
        entity: 'document',
        entityId: doc.id,
        organisationId,
        stageId: doc.stageId,
        elementId: null,
        revision: 1,
      },
      [{ field: 'created', before: null, after: { name: doc.name, contentHash: doc.contentHash } }],
    );
    return { kind: 'added', receipt: { revision: 1, committedAt: at } };
  });
}

function patchDocument(row: DocumentRow, patch: DocumentPatch): DocumentRow {
  let next: DocumentRow = { ...row };
  if (patch.name !== undefined) {
    if (typeof patch.name !== 'string' || patch.name.trim() === '')
      throw invalid('the document name');
    next = { ...next, name: patch.name };
  }
  if (patch.period !== undefined) {
    if (typeof patch.period !== 'string') throw invalid('the period');
    next = { ...next, period: patch.period };
  }
  if (patch.stageId !== undefined) {
    if (patch.stageId !== null && typeof patch.stageId !== 'string') throw invalid('the stage');
    next = { ...next, stageId: patch.stageId };
  }
  if (patch.rejectedSuggestions !== undefined) {
    if (!Array.isArray(patch.rejectedSuggestions)) throw invalid('the rejected suggestions');
    next = { ...next, rejectedSuggestions: [...new Set(patch.rejectedSuggestions)] };
  }
  return next;
}

/** Writes a changed document row and logs it; writes nothing when nothing changed. */
async function writeDocument(
  ctx: RepositoryContext,
  row: DocumentRow,
  next: DocumentRow,
): Promise<SaveReceipt> {
  const changes = diffFields(row, next, DOCUMENT_FIELDS);
  const target = {
    entity: 'document',
    entityId: row.id,
    organisationId: row.organisationId,
    stageId: next.stageId,
    elementId: null,
  } as const;
  const table = ctx.db.documents;
  return (await writeLogged(ctx, { table, row, next, changes, target })).receipt;
}

function editDocument(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  documentId: DocumentId,
  change: (row: DocumentRow, at: string) => DocumentRow,
): Promise<SaveReceipt> {
  const { db } = ctx;
  const tables = [db.organisations, db.documents, db.stages, db.evidenceLinks, db.changes];
  return db.transaction('rw', tables, async () => {
    await writableOrganisation(db, organisationId);
    const row = await liveDocument(db, organisationId, documentId);
    const next = change(row, ctx.now());
    // Its name and whether it is listed are printed in a signed-off stage's linked evidence.
    if (next.name !== row.name || next.trashedAt !== row.trashedAt) {
      await refuseSignedOffDocument(db, documentId);
    }
    if (next.stageId !== null && next.stageId !== row.stageId) {
      const stage = await db.stages.get(next.stageId);
      if (!stage || stage.deleted || stage.organisationId !== organisationId) {
        throw new StorageError('not-found');
      }
    }
    return writeDocument(ctx, row, next);
  });
}

export function updateDocument(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  documentId: DocumentId,
  patch: DocumentPatch,
): Promise<SaveReceipt> {
  return editDocument(ctx, organisationId, documentId, (row) => patchDocument(row, patch));
}

export function trashDocument(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  documentId: DocumentId,
): Promise<SaveReceipt> {
  return editDocument(ctx, organisationId, documentId, (row, at) =>
    row.trashedAt === null ? { ...row, trashedAt: at } : row,
  );
}

export function restoreDocument(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  documentId: DocumentId,
): Promise<SaveReceipt> {
  return editDocument(ctx, organisationId, documentId, (row) => ({ ...row, trashedAt: null }));
}

/** Removes a file and its text unless a live document still holds them. */
export async function dropUnusedFile(db: FieldbookDb, hash: string): Promise<void> {
  const users = await db.documents.where('contentHash').equals(hash).toArray();
  if (users.some((d) => !d.deleted)) return;
  await db.blobs.delete(hash);
  await db.documentTexts.delete(hash);
}

export function deleteDocument(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  documentId: DocumentId,
): Promise<SaveReceipt> {
  const { db } = ctx;
  const tables = [...documentTables(db), db.stages, db.evidenceLinks];
  return db.transaction('rw', tables, async () => {
    await writableOrganisation(db, organisationId);
    const row = await liveDocument(db, organisationId, documentId);
    await refuseSignedOffDocument(db, documentId);
    const at = ctx.now();
    // A tombstone keeps the id, not the text: the records are commercially confidential.
    const tomb: DocumentRow = { ...row, ...header(at, row), deleted: true, name: '', period: '' };
    await db.documents.put(tomb);
    const links = await db.evidenceLinks.where('documentId').equals(documentId).toArray();
    const removed: LinkRow[] = links
      .filter((l) => !l.deleted)
      .map((l) => ({ ...l, ...header(at, l), deleted: true, quote: '', note: '' }));
    await db.evidenceLinks.bulkPut(removed);
    const batch = new ChangeBatch(ctx.newId, at);
    const deleted = [{ field: 'deleted', before: false, after: true }];
    batch.add(
      {
        entity: 'document',
        entityId: row.id,
        organisationId,
        stageId: null,
        elementId: null,
        revision: tomb.revision,
      },
      deleted,
    );
    for (const l of removed) {
      batch.add(
        {
          entity: 'link',
          entityId: l.id,
          organisationId,
          stageId: l.stageId,
          elementId: l.element,
          revision: l.revision,
        },
        deleted,
      );
    }
    await db.changes.bulkAdd(batch.rows);
    await dropUnusedFile(db, row.contentHash);
    return { revision: tomb.revision, committedAt: at };
  });
}

export async function saveSuggestions(
  { db }: RepositoryContext,
  hash: ContentHash,
  suggestions: readonly Suggestion[],
  suggesterVersion: number,
): Promise<void> {
  await db.transaction('rw', [db.documentTexts], async () => {
    const row = await db.documentTexts.get(hash);
    if (row) await db.documentTexts.put({ ...row, suggestions, suggesterVersion });
  });
}
