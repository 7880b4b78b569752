// The store's evidence slice: one library per organisation, kept while its organisation is on
// screen, dropped (its extraction worker ended once idle) on leaving it, on a restore and after
// an import over its record; nothing of one organisation's library shows in another's.
import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../../shared/evidence/types';
import type { ElementId, OrganisationId } from '../../shared/types/ids';
import { addOk, newDocument } from '../evidence/db-evidence-world';
import { fixtureBytes } from '../evidence/support';
import { FakeExtractWorker } from './support/fake-extract-worker';
import type { StoreWorld } from './support/store-world';
import { storeWorld } from './support/store-world';

/**
 * A store whose extraction workers are fakes, listed in `workers` as they are made; while
 * `slow.reads` is true, a new worker holds its answers until released.
 */
async function world(): Promise<
  StoreWorld & { workers: FakeExtractWorker[]; slow: { reads: boolean } }
> {
  const workers: FakeExtractWorker[] = [];
  const slow = { reads: false };
  const w = await storeWorld({
    createExtractWorker: () => {
      const worker = new FakeExtractWorker();
      if (slow.reads) worker.hold();
      workers.push(worker);
      return worker;
    },
  });
  return { ...w, workers, slow };
}

/** Makes an organisation through the store (which opens its workbook) and returns its id. */
async function organisation(w: StoreWorld, name: string, reference: string) {
  await w.store.getState().createOrganisation(name, reference);
  const route = w.store.getState().route;
  if (route.screen === 'portfolio') throw new Error('the new organisation did not open');
  return route.organisationId;
}

const onScreen = (w: StoreWorld, organisationId: OrganisationId): void =>
  w.store.setState({ route: { screen: 'library', organisationId, documentId: null } });

const names = (w: StoreWorld, organisationId: OrganisationId): string[] =>
  (w.store.getState().libraries[organisationId]?.documents ?? []).map((d) => d.document.name);

const file = (name: string) => ({ name, bytes: fixtureBytes(name) });

/** Two organisations (Bolton's library and council), the first on screen, both libraries loaded. */
async function twoLoaded(w: StoreWorld) {
  const a = await organisation(w, 'University of Bolton Library', '14/5167');
  const b = await organisation(w, 'Bolton Council Customer Services', '14/5168');
  onScreen(w, a);
  await w.store.getState().evidence.load(a);
  await w.store.getState().evidence.load(b);
  return { a, b };
}

describe('the evidence slice', () => {
  it('keeps the library of the organisation on screen and drops the rest on leaving', async () => {
    const w = await world();
    const { a, b } = await twoLoaded(w);
    w.store.setState({ route: { screen: 'organisation', organisationId: a } });
    expect(Object.keys(w.store.getState().libraries).sort()).toEqual([a, b].sort());
    onScreen(w, b);
    expect(Object.keys(w.store.getState().libraries)).toEqual([b]);
    w.store.setState({ route: { screen: 'portfolio' } });
    expect(w.store.getState().libraries).toEqual({});
  });

  it('shows each organisation only its own documents, links and notices', async () => {
    const w = await world();
    const a = await organisation(w, 'University of Bolton Library', '14/5167');
    const b = await organisation(w, 'Bolton Council Customer Services', '14/5168');
    await addOk(
      w.repository,
      a,
      await newDocument(
        'doc-a',
        'complaints-procedure.md',
        fixtureBytes('complaints-procedure.md'),
      ),
    );
    const { evidence } = w.store.getState();
    onScreen(w, a);
    await evidence.load(a);
    await evidence.load(b);
    // A bundle opened into B from A's screen: B's files and notice stay B's.
    const added = await evidence.addFiles(b, [file('customer-charter.html')], {
      stageId: null,
      period: '',
    });
    expect(added.map((f) => f.outcome)).toEqual(['added']);
    evidence.notify(b, 'Opened the bundle.');
    expect(names(w, a)).toEqual(['complaints-procedure.md']);
    expect(names(w, b)).toEqual(['customer-charter.html']);
    expect(w.store.getState().libraries[a]?.notice).toBeNull();
    expect(w.store.getState().libraries[a]?.jobs).toEqual([]);
    expect(w.store.getState().libraries[b]?.jobs.map((j) => j.state)).toEqual(['done']);
    const stageId = (await w.repository.loadRecord(a))!.stages[0]!.id;
    const linked = await evidence.link(a, {
      documentId: 'doc-a' as DocumentId,
      stageId,
      element: '1.1.1' as ElementId,
      passage: null,
      note: 'Seen on the visit',
    });
    expect(linked).toBe(true);
    expect(w.store.getState().libraries[a]?.links.map((l) => l.note)).toEqual([
      'Seen on the visit',
    ]);
    expect(w.store.getState().libraries[b]?.links).toEqual([]);
    await evidence.ensureIndex(a);
    await evidence.ensureIndex(b);
    expect(evidence.search(a, 'complaint').length).toBeGreaterThan(0);
    expect(evidence.search(b, 'complaint').every((h) => h.documentId !== 'doc-a')).toBe(true);
    expect(await evidence.text(b, 'doc-a' as DocumentId)).toBeNull();
    expect(await evidence.trash(b, 'doc-a' as DocumentId)).toBe(false);
    expect(w.store.getState().libraries[b]?.problem).not.toBeNull();
    expect(w.store.getState().libraries[a]?.problem).toBeNull();
  });

  it('ends the extraction worker on leaving the organisation, once it has read its document', async () => {
    const w = await world();
    const a = await organisation(w, 'University of Bolton Library', '14/5167');
    const { evidence } = w.store.getState();
    onScreen(w, a);
    await evidence.load(a);
    await evidence.addFiles(a, [file('customer-charter.html')], { stageId: null, period: '' });
    expect(w.workers).toHaveLength(1);
    expect(w.workers[0]?.terminated).toBe(false);
    // A long read in a new library: leaving does not cut it short, but the worker ends after.
    w.store.setState({ route: { screen: 'portfolio' } });
    expect(w.workers[0]?.terminated).toBe(true);
    onScreen(w, a);
    await evidence.load(a);
    w.slow.reads = true;
    const adding = evidence.addFiles(a, [file('engagement-strategy.md')], {
      stageId: null,
      period: '',
    });
    await expect.poll(() => w.workers.length).toBe(2);
    const second = w.workers[1] as FakeExtractWorker;
    await expect.poll(() => second.seen).toEqual(['engagement-strategy.md']);
    w.store.setState({ route: { screen: 'portfolio' } });
    expect(second.terminated).toBe(false);
    second.release();
    expect((await adding).map((f) => f.outcome)).toEqual(['added']);
    expect(second.terminated).toBe(true);
    // What the dropped library came to is stored, but not put back in the store.
    expect(w.store.getState().libraries).toEqual({});
    const stored = await w.repository.loadLibrary(a);
    expect(stored.documents.map((d) => d.document.name).sort()).toEqual([
      'customer-charter.html',
      'engagement-strategy.md',
    ]);
  });

  it('drops every library on a restore, ending their workers; the next use loads afresh', async () => {
    const w = await world();
    const a = await organisation(w, 'University of Bolton Library', '14/5167');
    const { evidence } = w.store.getState();
    onScreen(w, a);
    await evidence.load(a);
    await evidence.addFiles(a, [file('customer-charter.html')], { stageId: null, period: '' });
    evidence.notify(a, 'Saved the bundle.');
    // The restore wrote the library over: the document is gone from the stored one.
    await w.repository.deleteDocument(
      a,
      w.store.getState().libraries[a]!.documents[0]!.document.id,
    );
    await w.store.getState().recordReplaced(null);
    expect(w.store.getState().libraries).toEqual({});
    expect(w.workers[0]?.terminated).toBe(true);
    await evidence.load(a);
    expect(w.store.getState().libraries[a]).toMatchObject({ status: 'ready', notice: null });
    expect(names(w, a)).toEqual([]);
  });

  it('drops only the library of a record an import wrote over', async () => {
    const w = await world();
    const { a, b } = await twoLoaded(w);
    await w.store.getState().recordReplaced(b);
    expect(Object.keys(w.store.getState().libraries)).toEqual([a]);
  });

  it('does not put back a library dropped while it was loading', async () => {
    const w = await world();
    const a = await organisation(w, 'University of Bolton Library', '14/5167');
    const { evidence } = w.store.getState();
    onScreen(w, a);
    const loading = evidence.load(a);
    evidence.drop(a);
    await loading;
    expect(w.store.getState().libraries).toEqual({});
  });
});
