import { describe, expect, it } from 'vitest';
import type { DocumentId, LinkId } from '../../shared/evidence/types';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import { SCHEMA_STEPS, knownSchemaVersion } from '../../src-renderer/db/migrations';
import { upgradeDocumentRowV2 } from '../../src-renderer/db/schema-v2';
import { openWorld } from '../db/helpers';
import { E, IA, ORG, addOk, link, newDocument, worldWithSample } from './db-evidence-world';
import { installFixture, readDbFixture } from './db-fixture';
import { fixtureBytes } from './support';

describe('schema version 2', () => {
  it('is the first step; version 1 data upgrades with every row kept', async () => {
    expect(SCHEMA_STEPS[0]?.version).toBe(2);
    const v1 = readDbFixture('v1.json');
    const withDocument = {
      ...v1,
      tables: {
        ...v1.tables,
        documents: [
          {
            id: 'doc-old',
            organisationId: 'org-riverside',
            contentHash: 'a'.repeat(64),
            name: 'Old charter.PDF',
            mediaType: 'application/pdf',
            size: 12,
            updatedAt: '2026-01-01T09:00:00.000Z',
            revision: 1,
            baseRevision: 0,
            deleted: false,
          },
        ],
      },
    };
    const factory = await installFixture(withDocument);
    const { db, repo } = await openWorld({ factory });
    expect(await db.meta.get('schemaVersion')).toEqual({
      key: 'schemaVersion',
      value: knownSchemaVersion(),
    });
    expect(await db.entries.count()).toBe(v1.tables.entries?.length);
    const library = await repo.loadLibrary('org-riverside' as OrganisationId);
    expect(library.documents).toEqual([
      {
        document: expect.objectContaining({
          id: 'doc-old',
          kind: 'pdf',
          addedAt: '2026-01-01T09:00:00.000Z',
          stageId: null,
          period: '',
          trashedAt: null,
          rejectedSuggestions: [],
        }),
        hasFile: false,
        textStatus: 'missing',
        pageCount: null,
      },
    ]);
    db.close();
  });

  it('upgrades document rows purely and idempotently', () => {
    const row = { id: 'd', name: 'Survey.docx', updatedAt: 'x', period: 'kept' };
    const once = upgradeDocumentRowV2(row);
    expect(once).toMatchObject({ kind: 'docx', addedAt: 'x', period: 'kept', stageId: null });
    expect(upgradeDocumentRowV2(once)).toEqual(once);
    expect(row).toEqual({ id: 'd', name: 'Survey.docx', updatedAt: 'x', period: 'kept' });
  });

  it('reads the v2 fixture: documents, files, texts, suggestions and links', async () => {
    const factory = await installFixture(readDbFixture('v2.json'));
    const { db, repo } = await openWorld({ factory });
    const org = 'org-riverside' as OrganisationId;
    const library = await repo.loadLibrary(org);
    expect(
      library.documents.map((d) => [
        d.document.name,
        d.hasFile,
        d.textStatus,
        d.document.trashedAt !== null,
      ]),
    ).toEqual([
      // Added at the same instant: in id order.
      ['Customer charter.html', true, 'text', false],
      ['Complaints procedure.md', true, 'text', false],
      ['Reception photo.png', true, 'no-text', true],
    ]);
    expect(library.links).toEqual([
      expect.objectContaining({ id: 'link-1', element: '4.3.2', note: 'Timescales on page 2.' }),
    ]);
    const texts = await repo.loadTexts(library.documents.map((d) => d.document.contentHash));
    const complaints = texts.get(library.documents[1]!.document.contentHash);
    expect(complaints?.suggestions[0]?.element).toBe('4.3.2');
    expect(complaints?.passages.some((p) => p.section === 'Stage 1: local resolution')).toBe(true);
    const file = await repo.loadFile(library.documents[0]!.document.contentHash);
    expect(new TextDecoder().decode(file!)).toContain('Our Customer Charter');
    db.close();
  });
});

describe('documents', () => {
  it('stores file, text and row together; the same file twice is kept once', async () => {
    const { repo, db } = await worldWithSample();
    const input = await newDocument(
      'doc-1',
      'Complaints procedure.md',
      fixtureBytes('complaints-procedure.md'),
    );
    expect((await repo.addDocument(ORG, input)).kind).toBe('added');
    const again = await repo.addDocument(ORG, {
      ...input,
      document: { ...input.document, id: 'doc-2' as DocumentId, name: 'copy.md' },
    });
    expect(again).toMatchObject({
      kind: 'duplicate',
      existing: { id: 'doc-1', name: 'Complaints procedure.md' },
    });
    expect(await db.documents.count()).toBe(1);
    expect(await db.blobs.count()).toBe(1);
    const log = await repo.listChanges({ organisationId: ORG });
    expect(log[0]).toMatchObject({ entity: 'document', field: 'created' });
    db.close();
  });

  it('edits stage, period and rejected suggestions, refusing a stage of another record', async () => {
    const { repo, db } = await worldWithSample();
    await addOk(
      repo,
      ORG,
      await newDocument('doc-1', 'Charter.html', fixtureBytes('customer-charter.html')),
    );
    await repo.updateDocument(ORG, 'doc-1' as DocumentId, {
      stageId: IA,
      period: 'survey results 2014–15',
      rejectedSuggestions: ['3.1.2' as ElementId],
    });
    const [stored] = (await repo.loadLibrary(ORG)).documents;
    expect(stored?.document).toMatchObject({
      stageId: IA,
      period: 'survey results 2014–15',
      rejectedSuggestions: ['3.1.2'],
    });
    await expect(
      repo.updateDocument(ORG, 'doc-1' as DocumentId, { stageId: 'st-elsewhere' as StageId }),
    ).rejects.toMatchObject({ kind: 'not-found' });
    db.close();
  });

  it('trash is recoverable; deleting removes the document, its links and its unshared file', async () => {
    const { repo, db } = await worldWithSample();
    await addOk(
      repo,
      ORG,
      await newDocument('doc-1', 'Charter.html', fixtureBytes('customer-charter.html')),
    );
    await repo.addLink(ORG, link('l-1', 'doc-1'));
    await repo.trashDocument(ORG, 'doc-1' as DocumentId);
    let library = await repo.loadLibrary(ORG);
    expect(library.documents[0]?.document.trashedAt).not.toBeNull();
    expect(library.links).toHaveLength(1);
    await expect(repo.addLink(ORG, link('l-2', 'doc-1'))).rejects.toMatchObject({
      kind: 'read-only',
    });
    await repo.restoreDocument(ORG, 'doc-1' as DocumentId);
    const hash = library.documents[0]!.document.contentHash;
    await repo.deleteDocument(ORG, 'doc-1' as DocumentId);
    library = await repo.loadLibrary(ORG);
    expect(library).toEqual({ documents: [], links: [] });
    expect(await repo.loadFile(hash)).toBeNull();
    expect((await repo.loadTexts([hash])).size).toBe(0);
    const tomb = await db.documents.get('doc-1');
    expect(tomb).toMatchObject({ deleted: true, name: '' });
    const record = await repo.loadRecord(ORG);
    expect(record?.stages[0]?.entries.find((e) => e.element === E)).toBeDefined();
    db.close();
  });

  it('a refused operation changes nothing', async () => {
    const { repo, db } = await worldWithSample();
    await addOk(
      repo,
      ORG,
      await newDocument('doc-1', 'Charter.html', fixtureBytes('customer-charter.html')),
    );
    const before = await repo.loadLibrary(ORG);
    await expect(repo.addLink(ORG, link('l-1', 'doc-missing'))).rejects.toMatchObject({
      kind: 'not-found',
    });
    await expect(
      repo.addLink(ORG, link('l-1', 'doc-1', { element: '9.9.9' })),
    ).rejects.toMatchObject({ kind: 'not-found' });
    await expect(repo.addLink(ORG, link('l-1', 'doc-1', { page: 0 }))).rejects.toMatchObject({
      kind: 'invalid',
    });
    await expect(
      repo.updateDocument(ORG, 'doc-1' as DocumentId, { name: '  ' }),
    ).rejects.toMatchObject({ kind: 'invalid' });
    expect(await repo.loadLibrary(ORG)).toEqual(before);
    db.close();
  });
});

describe('links', () => {
  it('adds, edits and unlinks; unlinking never touches the document', async () => {
    const { repo, db } = await worldWithSample();
    await addOk(
      repo,
      ORG,
      await newDocument('doc-1', 'Charter.html', fixtureBytes('customer-charter.html')),
    );
    await repo.addLink(ORG, link('l-1', 'doc-1'));
    await expect(repo.addLink(ORG, link('l-1', 'doc-1'))).rejects.toMatchObject({
      kind: 'conflict',
    });
    await repo.updateLink(ORG, 'l-1' as LinkId, { note: 'Seen on the notice board.' });
    expect((await repo.loadLibrary(ORG)).links[0]?.note).toBe('Seen on the notice board.');
    await repo.removeLink(ORG, 'l-1' as LinkId);
    const library = await repo.loadLibrary(ORG);
    expect(library.links).toEqual([]);
    expect(library.documents).toHaveLength(1);
    expect(await db.evidenceLinks.get('l-1')).toMatchObject({ deleted: true, note: '' });
    db.close();
  });
});
