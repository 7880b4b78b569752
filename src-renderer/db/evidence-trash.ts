import type { FieldbookDb } from './schema';
import { hasEvidenceTables } from './evidence-reads';
import { dropUnusedFile } from './evidence-writes';
import { header } from './rows';

/** The evidence tables `blankEvidence` writes, when the database has them. */
export function evidenceTrashTables(db: FieldbookDb) {
  return hasEvidenceTables(db) ? [db.documents, db.evidenceLinks, db.blobs, db.documentTexts] : [];
}

/**
 * Turns an organisation's documents and links into tombstones without text and removes the
 * files and texts no other organisation holds: emptying the trash leaves nothing confidential.
 * Call inside a transaction over `evidenceTrashTables(db)`.
 */
export async function blankEvidence(
  db: FieldbookDb,
  organisationId: string,
  at: string,
): Promise<void> {
  if (!hasEvidenceTables(db)) return;
  const documents = await db.documents.where('organisationId').equals(organisationId).toArray();
  await db.documents.bulkPut(
    documents.map((d) => ({ ...d, ...header(at, d), deleted: true, name: '', period: '' })),
  );
  const links = await db.evidenceLinks.where('organisationId').equals(organisationId).toArray();
  await db.evidenceLinks.bulkPut(
    links.map((l) => ({ ...l, ...header(at, l), deleted: true, quote: '', note: '' })),
  );
  for (const hash of new Set(documents.map((d) => d.contentHash))) await dropUnusedFile(db, hash);
}
