// The journal of pending edits: written on every change, bounded, per database and session, and
// replayed at the next start so a reload, a closed tab or a crash loses nothing typed.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { PendingWrite } from '../../src-renderer/state/autosave';
import type { KeyValueStore } from '../../src-renderer/state/journal';
import { EditJournal, parseEntry } from '../../src-renderer/state/journal';
import { storeWorld } from './support/store-world';

/** `localStorage` as the journal sees it, in memory; `failWrites` makes it full. */
function memoryStore(): KeyValueStore & { map: Map<string, string>; failWrites: boolean } {
  const map = new Map<string, string>();
  const store = {
    map,
    failWrites: false,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (store.failWrites) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    keys: () => [...map.keys()],
  };
  return store;
}

const op = (element: string, text: string): PendingWrite => ({
  kind: 'entry',
  organisationId: 'org' as OrganisationId,
  stageId: 'st' as StageId,
  element: element as ElementId,
  patch: { visitEvidence: text },
});

describe('the edit journal', () => {
  it('keeps one entry per target, removes it when written, and keeps databases apart', () => {
    const store = memoryStore();
    const a = new EditJournal(store, 'db-a', 'session-1');
    const b = new EditJournal(store, 'db-b', 'session-1');
    a.put('k1', op('1.1.1', 'a'));
    a.put('k1', op('1.1.1', 'ab'));
    b.put('k1', op('1.1.1', 'other database'));
    expect(store.map.size).toBe(2);
    const later = new EditJournal(store, 'db-a', 'session-2');
    expect(later.orphans(new Set()).map((o) => o.op.patch)).toEqual([{ visitEvidence: 'ab' }]);
    a.remove('k1');
    expect(later.orphans(new Set())).toEqual([]);
  });

  it('never replays a session that is still running (another tab)', () => {
    const store = memoryStore();
    new EditJournal(store, 'db', 'tab-1').put('k', op('1.1.1', 'typed in tab 1'));
    const tab2 = new EditJournal(store, 'db', 'tab-2');
    expect(tab2.orphans(new Set(['tab-1']))).toEqual([]);
    expect(tab2.orphans(new Set())).toHaveLength(1);
  });

  it('stays within its bound and survives a full storage, keeping the older entry', () => {
    const store = memoryStore();
    const journal = new EditJournal(store, 'db', 's', 200);
    journal.put('k', op('1.1.1', 'short'));
    journal.put('k', op('1.1.1', 'x'.repeat(500)));
    expect(parseEntry([...store.map.values()][0]!)?.patch).toEqual({ visitEvidence: 'short' });
    store.failWrites = true;
    expect(() => journal.put('k2', op('1.1.2', 'y'))).not.toThrow();
    store.failWrites = false;
    journal.remove('k');
    journal.put('k2', op('1.1.2', 'y'.repeat(80)));
    expect(store.map.size).toBe(1);
  });

  it('drops entries no version wrote, and reads only well-formed writes', () => {
    const store = memoryStore();
    store.setItem('cse-fieldbook-journal|db|dead|x', '{not json');
    store.setItem(
      'cse-fieldbook-journal|db|dead|y',
      JSON.stringify({ v: 1, op: { kind: 'entry' } }),
    );
    store.setItem('unrelated', 'kept');
    expect(new EditJournal(store, 'db', 'me').orphans(new Set())).toEqual([]);
    expect([...store.map.keys()]).toEqual(['unrelated']);
    expect(parseEntry(JSON.stringify({ v: 2, op: op('1.1.1', 'x') }))).toBeNull();
    expect(parseEntry(JSON.stringify({ v: 1, op: op('1.1.1', 'x') }))).toEqual(op('1.1.1', 'x'));
  });
});

describe('replaying the journal at start', () => {
  it('writes what a reload or crash left between keystroke and commit', async () => {
    const store = memoryStore();
    const factory = new IDBFactory();
    const name = `journal-${Math.random()}`;
    const first = await storeWorld({
      journal: new EditJournal(store, name, 'page-1'),
      factory,
      name,
    });
    await first.store.getState().createOrganisation('Riverside', '');
    const route = first.store.getState().route;
    if (route.screen !== 'workbook') throw new Error('not in the workbook');
    await first.store.getState().openRecord(route.organisationId);
    const typed = 'Seen the customer insight map on the staff room wall';
    for (let i = 1; i <= typed.length; i += 1) {
      first.store.getState().editEntry(route.stageId, '1.1.1' as ElementId, {
        visitEvidence: typed.slice(0, i),
      });
    }
    first.store.getState().editOrganisation({ unitsInScope: 'Library' });
    // The page goes away before the pause: nothing was written to the database.
    const gone = await first.repository.loadRecord(route.organisationId);
    expect(gone?.stages[0]?.entries[0]?.visitEvidence).toBe('');

    const second = await storeWorld({
      journal: new EditJournal(store, name, 'page-2'),
      factory,
      name,
    });
    expect(await second.store.getState().replayJournal()).toBe(2);
    const after = await second.repository.loadRecord(route.organisationId);
    expect(after?.stages[0]?.entries[0]?.visitEvidence).toBe(typed);
    expect(after?.organisation.unitsInScope).toBe('Library');
    expect(store.map.size).toBe(0);
  });

  it('keeps a replayed edit the database refuses in recovery, never drops it', async () => {
    const store = memoryStore();
    const factory = new IDBFactory();
    const name = `journal-${Math.random()}`;
    const first = await storeWorld({
      journal: new EditJournal(store, name, 'page-1'),
      factory,
      name,
    });
    await first.store.getState().createOrganisation('Trashed before replay', '');
    const route = first.store.getState().route;
    if (route.screen !== 'workbook') throw new Error('not in the workbook');
    await first.store.getState().openRecord(route.organisationId);
    first.store.getState().editEntry(route.stageId, '2.1.1' as ElementId, {
      keyQuestions: 'Who owns the standards?',
    });
    await first.repository.moveToTrash(route.organisationId);

    const second = await storeWorld({
      journal: new EditJournal(store, name, 'page-2'),
      factory,
      name,
    });
    await second.store.getState().replayJournal();
    expect(second.store.getState().recovery.map((r) => r.patch)).toEqual([
      { keyQuestions: 'Who owns the standards?' },
    ]);
    expect(store.map.size).toBe(0);
  });
});
