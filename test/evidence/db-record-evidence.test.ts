import { describe, expect, it } from 'vitest';
import { readExchangeText } from '../../shared/exchange/read';
import { writeExchangeText } from '../../shared/exchange/write';
import { formatExchangeError } from '../../shared/exchange/errors';
import type { ContentHash, DocumentId, LinkId } from '../../shared/evidence/types';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import { readFileSync } from 'node:fs';
import { openWorld } from '../db/helpers';
import { ORG, addOk, link, newDocument, worldWithSample } from './db-evidence-world';
import { fixtureBytes } from './support';

describe('the record and its evidence', () => {
  const v3 = (): ReturnType<typeof readExchangeText> =>
    readExchangeText(
      readFileSync(new URL('../fixtures/exchange/v3.json', import.meta.url), 'utf8'),
    );

  it('a v3 file opens with its library; files not in this fieldbook are reported missing', async () => {
    const read = v3();
    if (!read.ok) throw new Error(read.errors.map(formatExchangeError).join('\n'));
    const { repo, db } = await openWorld();
    await repo.createRecord(read.value.record);
    const library = await repo.loadLibrary('org-v2-fixture' as OrganisationId);
    expect(library.documents.map((d) => [d.document.id, d.hasFile, d.textStatus])).toEqual([
      ['doc-complaints', false, 'missing'],
      ['doc-charter', false, 'missing'],
      ['doc-survey', false, 'missing'],
      ['doc-photo', false, 'missing'],
    ]);
    expect(library.links.map((l) => l.id)).toEqual(['ln-1', 'ln-2', 'ln-3']);
    db.close();
  });

  it('links survive storage and the exchange format: store, load, write, read gives the same library', async () => {
    const read = v3();
    if (!read.ok) throw new Error('fixture invalid');
    const { repo, db } = await openWorld();
    await repo.createRecord(read.value.record);
    const id = 'org-v2-fixture' as OrganisationId;
    const record = await repo.loadRecord(id);
    const evidence = await repo.loadEvidence(id);
    const again = readExchangeText(writeExchangeText({ ...record!, evidence }));
    expect(again.ok && again.value.record.evidence).toEqual(read.value.record.evidence);
    db.close();
  });

  it('an import adds and updates evidence, never deletes it; the same file under another id is kept once', async () => {
    const read = v3();
    if (!read.ok) throw new Error('fixture invalid');
    const { repo, db } = await openWorld();
    await repo.createRecord(read.value.record);
    const id = 'org-v2-fixture' as OrganisationId;
    await repo.addLink(id, {
      ...link('mine', 'doc-charter'),
      stageId: 's1' as StageId,
      element: '5.2.1' as ElementId,
    });
    const evidence = read.value.record.evidence!;
    const changed = {
      ...read.value.record,
      evidence: {
        documents: [
          { ...evidence.documents[0]!, period: 'updated period' },
          { ...evidence.documents[1]!, id: 'doc-charter-renamed' as DocumentId },
        ],
        links: [
          { ...evidence.links[0]!, note: 'updated note' },
          {
            ...evidence.links[1]!,
            id: 'ln-new' as LinkId,
            documentId: 'doc-charter-renamed' as DocumentId,
          },
        ],
      },
    };
    await repo.replaceRecord(changed);
    const library = await repo.loadLibrary(id);
    expect(library.documents.map((d) => d.document.id)).toEqual([
      'doc-complaints',
      'doc-charter',
      'doc-survey',
      'doc-photo',
    ]);
    expect(library.documents[0]?.document.period).toBe('updated period');
    expect(library.links.find((l) => l.id === 'ln-1')?.note).toBe('updated note');
    expect(library.links.find((l) => l.id === 'ln-new')?.documentId).toBe('doc-charter');
    expect(library.links.map((l) => l.id)).toEqual(
      expect.arrayContaining(['ln-1', 'ln-2', 'ln-3', 'mine', 'ln-new']),
    );
    db.close();
  });

  it('emptying the trash leaves no document name, note or file of that organisation', async () => {
    const { repo, db } = await worldWithSample();
    await addOk(
      repo,
      ORG,
      await newDocument('doc-1', 'Charter.html', fixtureBytes('customer-charter.html')),
    );
    await repo.addLink(ORG, link('l-1', 'doc-1'));
    await repo.moveToTrash(ORG);
    expect(await repo.emptyTrash()).toBe(1);
    expect(await db.documents.get('doc-1')).toMatchObject({ deleted: true, name: '' });
    expect(await db.evidenceLinks.get('l-1')).toMatchObject({ deleted: true, note: '', quote: '' });
    expect(await db.blobs.count()).toBe(0);
    expect(await db.documentTexts.count()).toBe(0);
    db.close();
  });
});

export type { ContentHash };
