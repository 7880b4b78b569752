// Links from documents (or passages) to elements: add, edit the note, unlink. Unlinking never
// touches the document.
import type { EvidenceLink, LinkId } from '../../shared/evidence/types';
import type { OrganisationId } from '../../shared/types/ids';
import { diffFields } from './changes';
import { writableOrganisation, type RepositoryContext } from './context';
import { writeLogged } from './write-logged';
import { StorageError } from './errors';
import type { LinkPatch } from './evidence-repository';
import type { LinkRow } from './evidence-rows';
import { LINK_FIELDS, linkBody } from './evidence-rows';
import { liveDocument, logEvidence } from './evidence-writes';
import type { SaveReceipt } from './receipt';
import { entryRowId, header } from './rows';
import { refuseSignedOffLink } from './signed-off';
import type { FieldbookDb } from './schema';

function invalid(what: string): StorageError {
  return new StorageError(
    'invalid',
    `This link was not saved: ${what} is not a value CSE Fieldbook can store. Nothing was changed.`,
  );
}

function checkLinkFields(link: Partial<EvidenceLink>): void {
  if (link.note !== undefined && typeof link.note !== 'string') throw invalid('the note');
  if (link.quote !== undefined && typeof link.quote !== 'string')
    throw invalid('the quoted passage');
  if (link.section !== undefined && link.section !== null && typeof link.section !== 'string') {
    throw invalid('the section');
  }
  const page = link.page;
  if (page !== undefined && page !== null && (!Number.isInteger(page) || page < 1)) {
    throw invalid('the page number');
  }
}

function linkTables(db: FieldbookDb) {
  return [db.organisations, db.stages, db.entries, db.documents, db.evidenceLinks, db.changes];
}

export function addLink(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  link: EvidenceLink,
): Promise<SaveReceipt> {
  const { db } = ctx;
  return db.transaction('rw', linkTables(db), async () => {
    await writableOrganisation(db, organisationId);
    checkLinkFields(link);
    const document = await liveDocument(db, organisationId, link.documentId);
    if (document.trashedAt !== null)
      throw new StorageError(
        'read-only',
        'That document is in the library’s trash: restore it before linking it. Nothing was changed.',
      );
    const entry = await db.entries.get(entryRowId(organisationId, link.stageId, link.element));
    if (!entry || entry.deleted) throw new StorageError('not-found');
    await refuseSignedOffLink(db, link.stageId);
    if (await db.evidenceLinks.get(link.id)) throw new StorageError('conflict');
    const at = ctx.now();
    const row: LinkRow = { ...linkBody(organisationId, link), ...header(at) };
    await db.evidenceLinks.add(row);
    await logEvidence(
      ctx,
      at,
      {
        entity: 'link',
        entityId: link.id,
        organisationId,
        stageId: link.stageId,
        elementId: link.element,
        revision: 1,
      },
      [
        {
          field: 'created',
          before: null,
          after: { document: document.name, page: link.page, section: link.section },
        },
      ],
    );
    return { revision: 1, committedAt: at };
  });
}

async function liveLink(db: FieldbookDb, organisationId: string, linkId: string): Promise<LinkRow> {
  const row = await db.evidenceLinks.get(linkId);
  if (!row || row.deleted || row.organisationId !== organisationId)
    throw new StorageError('not-found');
  return row;
}

export function updateLink(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  linkId: LinkId,
  patch: LinkPatch,
): Promise<SaveReceipt> {
  const { db } = ctx;
  return db.transaction(
    'rw',
    [db.organisations, db.stages, db.evidenceLinks, db.changes],
    async () => {
      await writableOrganisation(db, organisationId);
      checkLinkFields(patch);
      const row = await liveLink(db, organisationId, linkId);
      await refuseSignedOffLink(db, row.stageId);
      const next: LinkRow = {
        ...row,
        ...(patch.note !== undefined ? { note: patch.note } : {}),
        ...(patch.quote !== undefined ? { quote: patch.quote } : {}),
        ...(patch.page !== undefined ? { page: patch.page } : {}),
        ...(patch.section !== undefined ? { section: patch.section } : {}),
      };
      const changes = diffFields(row, next, LINK_FIELDS);
      const target = {
        entity: 'link',
        entityId: row.id,
        organisationId,
        stageId: row.stageId,
        elementId: row.element,
      } as const;
      const table = db.evidenceLinks;
      return (await writeLogged(ctx, { table, row, next, changes, target })).receipt;
    },
  );
}

export function removeLink(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  linkId: LinkId,
): Promise<SaveReceipt> {
  const { db } = ctx;
  return db.transaction(
    'rw',
    [db.organisations, db.stages, db.evidenceLinks, db.changes],
    async () => {
      await writableOrganisation(db, organisationId);
      const row = await liveLink(db, organisationId, linkId);
      await refuseSignedOffLink(db, row.stageId);
      const at = ctx.now();
      // Kept as a tombstone (sync can tell "unlinked" from "never seen"), without its text.
      const tomb: LinkRow = { ...row, ...header(at, row), deleted: true, quote: '', note: '' };
      await db.evidenceLinks.put(tomb);
      await logEvidence(
        ctx,
        at,
        {
          entity: 'link',
          entityId: row.id,
          organisationId,
          stageId: row.stageId,
          elementId: row.element,
          revision: tomb.revision,
        },
        [{ field: 'deleted', before: false, after: true }],
      );
      return { revision: tomb.revision, committedAt: at };
    },
  );
}
