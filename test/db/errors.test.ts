import { Dexie } from 'dexie';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import {
  NewerSchemaError,
  StorageError,
  classifyStorageError,
  requestPersistentStorage,
} from '../../src-renderer/db/index';
import { openWorld, sampleRecord } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

function named(name: string, message = name): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

describe('classifyStorageError', () => {
  it('recognises quota errors in every shape', () => {
    const dexieAbort = new Dexie.AbortError('Transaction aborted', named('QuotaExceededError'));
    expect(dexieAbort.name).toBe('AbortError');
    expect(classifyStorageError(dexieAbort).kind).toBe('quota');
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
    expect(classifyStorageError(named('QuotaExceededError')).kind).toBe('quota');
    expect(classifyStorageError(new Dexie.QuotaExceededError('full')).kind).toBe('quota');
    const bulk = { name: 'BulkError', failures: [named('QuotaExceededError')] };
    expect(classifyStorageError(bulk).kind).toBe('quota');
  });

  it('recognises VersionError, ConstraintError and DataError, and keeps StorageErrors', () => {
    expect(classifyStorageError(new DOMException('v', 'VersionError')).kind).toBe('newer-schema');
    expect(classifyStorageError(new Dexie.ConstraintError('dup')).kind).toBe('conflict');
    const data = classifyStorageError(new DOMException('gone', 'DataError'));
    expect(data.kind).toBe('unknown');
    expect(data.message).toMatch(/DataError/);
    expect(classifyStorageError(new Dexie.AbortError('aborted')).kind).toBe('unknown');
    expect(classifyStorageError('a string').kind).toBe('unknown');
    expect(classifyStorageError(null).kind).toBe('unknown');
    const own = new NewerSchemaError(2, 1);
    expect(classifyStorageError(own)).toBe(own);
  });

  it('words every kind plainly and never says the text is lost', () => {
    const kinds = [
      'quota',
      'not-found',
      'conflict',
      'newer-schema',
      'read-only',
      'unknown',
    ] as const;
    for (const kind of kinds) {
      const e = new StorageError(kind);
      expect(e).toBeInstanceOf(Error);
      expect(e.kind).toBe(kind);
      expect(e.message).not.toMatch(/\blost\b|deleted|gone|destroyed/i);
    }
    expect(new StorageError('quota').message).toMatch(/not saved yet/);
  });
});

describe('a write over quota', () => {
  it('rejects with kind quota and leaves the stored entry as it was', async () => {
    const { repo, db } = await openWorld();
    await repo.createRecord(sampleRecord());
    const id = 'org-northfield-university|stage-ia-2015|1.1.1';
    const before = await db.entries.get(id);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const write = repo.updateEntry(
      'org-northfield-university' as OrganisationId,
      'stage-ia-2015' as StageId,
      '1.1.1' as ElementId,
      { visitEvidence: 'a long note' },
    );
    await expect(write).rejects.toBeInstanceOf(StorageError);
    await expect(write).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await db.entries.get(id)).toEqual(before);
    db.close();
  });
});

describe('requestPersistentStorage', () => {
  it('asks for persistence once and reports the estimate', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const report = await requestPersistentStorage({
      persisted: () => Promise.resolve(false),
      persist,
      estimate: () => Promise.resolve({ usage: 10, quota: 100 }),
    });
    expect(report).toEqual({ persisted: true, usage: 10, quota: 100 });
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when already persisted', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const report = await requestPersistentStorage({
      persisted: () => Promise.resolve(true),
      persist,
    });
    expect(report).toEqual({ persisted: true });
    expect(persist).not.toHaveBeenCalled();
  });

  it('never throws where the API is missing or fails', async () => {
    expect(await requestPersistentStorage(undefined)).toEqual({ persisted: false });
    expect(await requestPersistentStorage({})).toEqual({ persisted: false });
    const failing = {
      persisted: () => Promise.reject(new Error('no')),
      estimate: () => Promise.reject(new Error('no')),
    };
    expect(await requestPersistentStorage(failing)).toEqual({ persisted: false });
    // In Node there is no navigator.storage: the default finds nothing and says so.
    expect((await requestPersistentStorage()).persisted).toBe(false);
  });
});
