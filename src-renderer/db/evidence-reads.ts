import type { ContentHash, EvidenceLibrary } from '../../shared/evidence/types';
import type { OrganisationId } from '../../shared/types/ids';
import type { RepositoryContext } from './context';
import type { StoredDocument, StoredLibrary } from './evidence-repository';
import type { DocumentRow, DocumentTextRow, LinkRow } from './evidence-rows';
import { documentFromRow, linkFromRow } from './evidence-rows';
import type { FieldbookDb } from './schema';

/** Whether the database has the evidence tables (schema 2); test worlds opened at 1 have not. */
export function hasEvidenceTables(db: FieldbookDb): boolean {
  return db.tables.some((t) => t.name === 'evidenceLinks');
}

function byAdded(a: DocumentRow, b: DocumentRow): number {
  if (a.addedAt !== b.addedAt) return a.addedAt < b.addedAt ? -1 : 1;
  return a.id < b.id ? -1 : 1;
}

function byCreated(a: LinkRow, b: LinkRow): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : 1;
}

/** Live document and link rows of an organisation, in the order they were added. */
export async function liveEvidenceRows(
  db: FieldbookDb,
  organisationId: string,
): Promise<{ documents: DocumentRow[]; links: LinkRow[] }> {
  const documents = (await db.documents.where('organisationId').equals(organisationId).toArray())
    .filter((d) => !d.deleted)
    .sort(byAdded);
  const links = (await db.evidenceLinks.where('organisationId').equals(organisationId).toArray())
    .filter((l) => !l.deleted)
    .sort(byCreated);
  return { documents, links };
}

export function loadLibrary(
  { db }: RepositoryContext,
  organisationId: OrganisationId,
): Promise<StoredLibrary> {
  if (!hasEvidenceTables(db)) return Promise.resolve({ documents: [], links: [] });
  return db.transaction(
    'r',
    [db.documents, db.evidenceLinks, db.blobs, db.documentTexts],
    async () => {
      const rows = await liveEvidenceRows(db, organisationId);
      const hashes = [...new Set(rows.documents.map((d) => d.contentHash))];
      const files = new Set((await db.blobs.where('hash').anyOf(hashes).primaryKeys()) as string[]);
      const texts = new Map<string, DocumentTextRow>();
      for (const text of await db.documentTexts.bulkGet(hashes))
        if (text) texts.set(text.hash, text);
      const documents: StoredDocument[] = rows.documents.map((row) => {
        const text = texts.get(row.contentHash);
        const hasFile = files.has(row.contentHash);
        return {
          document: documentFromRow(row),
          hasFile,
          textStatus: text ? text.status : hasFile ? 'no-text' : 'missing',
          pageCount: text?.pageCount ?? null,
        };
      });
      return { documents, links: rows.links.map(linkFromRow) };
    },
  );
}

export async function loadEvidence(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
): Promise<EvidenceLibrary> {
  const library = await loadLibrary(ctx, organisationId);
  return { documents: library.documents.map((d) => d.document), links: library.links };
}

export async function loadTexts(
  { db }: RepositoryContext,
  hashes: readonly ContentHash[],
): Promise<Map<ContentHash, DocumentTextRow>> {
  const texts = new Map<ContentHash, DocumentTextRow>();
  if (!hasEvidenceTables(db)) return texts;
  for (const row of await db.documentTexts.bulkGet([...new Set(hashes)])) {
    if (row) texts.set(row.hash as ContentHash, row);
  }
  return texts;
}

export async function loadFile(
  { db }: RepositoryContext,
  hash: ContentHash,
): Promise<Uint8Array | null> {
  const row = await db.blobs.get(hash);
  return row ? new Uint8Array(row.data) : null;
}
