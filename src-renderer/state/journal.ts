import type { PendingWrite, WriteJournal } from './autosave';

/**
 * The journal of pending edits: every queued edit is also written, synchronously and before the
 * keystroke's handler returns, to a small key-value store that survives a reload, a closed tab
 * or a crash (`localStorage` in the browser build and in Electron's renderer). An entry is
 * removed once its write commits or is handed to recovery. On the next start, the entries of
 * sessions that are no longer running are written again (replayed), so nothing typed between a
 * keystroke and its commit is lost. Keys are per database and per session, so two tabs never
 * replay each other's edits while both are open.
 */

/** The slice of `Storage` the journal uses. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  /** May throw (storage full); the journal then carries on without that entry. */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Every key in the store. */
  keys(): string[];
}

/** Characters the journal may hold in all (about 2 MB in `localStorage`'s UTF-16). */
export const JOURNAL_MAX_CHARS = 1_000_000;

const PREFIX = 'cse-fieldbook-journal';
const VERSION = 1;

/** An entry of a session that is no longer running, to write again. */
export interface OrphanEntry {
  readonly storageKey: string;
  readonly op: PendingWrite;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The write an entry holds, or null when it is not one this version wrote. Only the shape is
 * checked here: the repository checks every value again when it is written (and refuses, into
 * recovery, anything it cannot store).
 */
export function parseEntry(text: string): PendingWrite | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(parsed) || parsed.v !== VERSION || !isObject(parsed.op)) return null;
  const op = parsed.op;
  if (typeof op.organisationId !== 'string' || !isObject(op.patch)) return null;
  if (op.kind === 'organisation') return op as unknown as PendingWrite;
  if (typeof op.stageId !== 'string') return null;
  if (op.kind === 'stage') return op as unknown as PendingWrite;
  if (op.kind === 'entry' && typeof op.element === 'string') return op as unknown as PendingWrite;
  return null;
}

/** The journal of one running session over one database. */
export class EditJournal implements WriteJournal {
  private readonly sizes = new Map<string, number>();
  private total = 0;
  private readonly base: string;

  /**
   * @param store where entries live (`localStorage`)
   * @param database the database's name, so two databases of one origin keep apart
   * @param session this running session's id
   */
  constructor(
    private readonly store: KeyValueStore,
    database: string,
    private readonly session: string,
    private readonly maxChars: number = JOURNAL_MAX_CHARS,
  ) {
    this.base = `${PREFIX}|${database}|`;
  }

  put(key: string, op: PendingWrite): void {
    const storageKey = `${this.base}${this.session}|${key}`;
    const value = JSON.stringify({ v: VERSION, op });
    const before = this.sizes.get(key) ?? 0;
    if (this.total - before + value.length > this.maxChars) {
      // Over budget: the older entry stays (it is a prefix of what is typed, never wrong), and
      // the queue writes this one at its next pause as always.
      console.warn('The edit journal is full; this edit is kept in memory until it is saved.');
      return;
    }
    try {
      this.store.setItem(storageKey, value);
    } catch (error) {
      console.warn('The edit journal could not be written:', error);
      return;
    }
    this.sizes.set(key, value.length);
    this.total += value.length - before;
  }

  remove(key: string): void {
    this.total -= this.sizes.get(key) ?? 0;
    this.sizes.delete(key);
    try {
      this.store.removeItem(`${this.base}${this.session}|${key}`);
    } catch (error) {
      console.warn('The edit journal could not be cleared:', error);
    }
  }

  /**
   * Entries left by sessions of this database that are not running (`live` names those that
   * are), oldest session first is not known, so in key order. Entries that cannot be read are
   * removed with a warning: they were written by no version of this app.
   */
  orphans(live: ReadonlySet<string>): OrphanEntry[] {
    const found: OrphanEntry[] = [];
    for (const storageKey of this.store.keys().sort()) {
      if (!storageKey.startsWith(this.base)) continue;
      const session = storageKey.slice(this.base.length).split('|', 1)[0] ?? '';
      if (session === this.session || live.has(session)) continue;
      const op = parseEntry(this.store.getItem(storageKey) ?? '');
      if (op === null) {
        console.warn(`Dropped an unreadable edit journal entry: ${storageKey.slice(0, 120)}`);
        this.store.removeItem(storageKey);
        continue;
      }
      found.push({ storageKey, op });
    }
    return found;
  }

  /** Forgets an orphan entry once its write is queued again under this session. */
  forget(storageKey: string): void {
    if (storageKey.startsWith(this.base)) this.store.removeItem(storageKey);
  }
}

/** `localStorage` as a `KeyValueStore`, or null where there is none (or it is refused). */
export function browserStore(): KeyValueStore | null {
  let storage: Storage;
  try {
    storage = globalThis.localStorage;
    if (!storage) return null;
  } catch {
    return null;
  }
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
    keys: () => {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key !== null) keys.push(key);
      }
      return keys;
    },
  };
}
