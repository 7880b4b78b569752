// Issue 15: every write path refuses to change a signed-off stage, in the repository itself —
// entry and stage edits, whole-record replaces (every import), links, the documents a signed
// stage cites, and the organisation header. Each refusal writes nothing.
import { describe, expect, it } from 'vitest';
import type { DocumentId, LinkId } from '../../shared/evidence/types';
import type { StageSignOff } from '../../shared/types/record';
import type { TestWorld } from './helpers';
import {
  E,
  IA,
  ORG,
  addOk,
  link,
  newDocument,
  worldWithSample,
} from '../evidence/db-evidence-world';

const SIGN_OFF: StageSignOff = {
  signedOffAt: '2026-11-23T10:00:00.000Z',
  signedOffBy: 'Siân O’Connor',
  contentHash: 'a'.repeat(64),
  scheme: 'cse-fieldbook-stage-v2',
  signature: null,
};
const refused = { kind: 'signed-off', message: expect.stringContaining('signed off') as unknown };
const DOC = 'doc-charter' as DocumentId;

/** The sample record with a linked document, its initial assessment then signed off. */
async function signedWorld(): Promise<TestWorld> {
  const world = await worldWithSample();
  await addOk(
    world.repo,
    ORG,
    await newDocument(
      DOC,
      'Customer charter.txt',
      new TextEncoder().encode('We answer in 3 days.'),
    ),
  );
  await world.repo.addLink(ORG, link('link-1', DOC));
  await world.repo.signOffStage(ORG, IA, SIGN_OFF);
  return world;
}

/** Every table, to compare before and after a refusal. */
async function snapshot(world: TestWorld): Promise<unknown> {
  const out: Record<string, unknown> = {};
  for (const table of world.db.tables) out[table.name] = await table.toArray();
  return out;
}

async function expectRefusedUnchanged(world: TestWorld, write: () => Promise<unknown>) {
  const before = await snapshot(world);
  await expect(write()).rejects.toMatchObject(refused);
  expect(await snapshot(world)).toEqual(before);
}

describe('a signed-off stage in the repository', () => {
  it('refuses an entry edit, a stage edit and the organisation header', async () => {
    const w = await signedWorld();
    await expectRefusedUnchanged(w, () => w.repo.updateEntry(ORG, IA, E, { finalMark: 'NC' }));
    await expectRefusedUnchanged(w, () => w.repo.updateStage(ORG, IA, { notes: 'late' }));
    for (const patch of [
      { name: 'Renamed' },
      { reference: '99/9999' },
      { unitsInScope: 'All' },
      { contacts: [] },
    ]) {
      await expectRefusedUnchanged(w, () => w.repo.updateOrganisation(ORG, patch));
    }
    // The planned dates of later stages are not part of any sign-off.
    await w.repo.updateOrganisation(ORG, {
      plannedDates: { surveillance1: { kind: 'tbc' }, surveillance2: null, recertification: null },
    });
  });

  it('refuses every import that would change it, and lets one through that keeps it', async () => {
    const w = await signedWorld();
    const stored = (await w.repo.loadRecord(ORG))!;
    const ia = stored.stages.find((s) => s.id === IA)!;
    const changedEntry = {
      ...stored,
      stages: stored.stages.map((s) =>
        s.id === IA ? { ...s, entries: s.entries.map((e) => ({ ...e, keyQuestions: 'x' })) } : s,
      ),
    };
    const withoutIt = { ...stored, stages: stored.stages.filter((s) => s.id !== IA) };
    const withdrawn = {
      ...stored,
      stages: stored.stages.map((s) => (s.id === IA ? { ...ia, signOff: undefined } : s)),
    };
    const header = { ...stored, organisation: { ...stored.organisation, name: 'Other' } };
    const newLink = {
      ...stored,
      evidence: { documents: [], links: [link('link-2', DOC, { element: '1.1.1' })] },
    };
    for (const record of [changedEntry, withoutIt, withdrawn, header, newLink]) {
      await expectRefusedUnchanged(w, () => w.repo.replaceRecord(record));
    }
    // The same content (other stages changed, the signed one moved) goes through.
    const other = stored.stages.find((s) => s.id !== IA)!;
    const fine = {
      ...stored,
      stages: [{ ...other, notes: 'Later stage notes' }, ia],
    };
    await w.repo.replaceRecord(fine);
    expect((await w.repo.loadRecord(ORG))?.stages.map((s) => s.id)).toEqual([other.id, IA]);
  });

  it('refuses adding, editing and removing its links', async () => {
    const w = await signedWorld();
    await expectRefusedUnchanged(w, () =>
      w.repo.addLink(ORG, link('link-3', DOC, { element: '1.1.1' })),
    );
    await expectRefusedUnchanged(w, () =>
      w.repo.updateLink(ORG, 'link-1' as LinkId, { note: 'changed' }),
    );
    await expectRefusedUnchanged(w, () => w.repo.removeLink(ORG, 'link-1' as LinkId));
  });

  it('refuses renaming, trashing or deleting a document its linked evidence cites', async () => {
    const w = await signedWorld();
    await expectRefusedUnchanged(w, () => w.repo.updateDocument(ORG, DOC, { name: 'Other.txt' }));
    await expectRefusedUnchanged(w, () => w.repo.trashDocument(ORG, DOC));
    await expectRefusedUnchanged(w, () => w.repo.deleteDocument(ORG, DOC));
    // What the exports do not print stays editable.
    await w.repo.updateDocument(ORG, DOC, { period: '2025–26' });
  });

  it('takes every edit again once the sign-off is withdrawn', async () => {
    const w = await signedWorld();
    await w.repo.withdrawSignOff(ORG, IA, 'Certifying body asked for 4.3.2 again');
    await w.repo.updateEntry(ORG, IA, E, { finalMark: 'F' });
    await w.repo.updateOrganisation(ORG, { name: 'Renamed' });
    await w.repo.removeLink(ORG, 'link-1' as LinkId);
    await w.repo.trashDocument(ORG, DOC);
  });
});
