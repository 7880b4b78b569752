// Starting the app in a page: src-renderer/main.tsx (the product) and bench/probe (the
// benchmark page, which adds its measuring points to the running app).
import { createRoot } from 'react-dom/client';
import type { IsoDate } from '../shared/types/dates';
import { App } from './App';
import { createRepository, openFieldbookDb, requestPersistentStorage } from './db/index';
import type { FieldbookDb } from './db/index';
import { detectPlatform } from './platform/detect';
import type { AppDeps } from './state/app-state';
import { createAppStore } from './state/store';
import type { AppStore } from './state/store';
import {
  backupBeforeImport,
  backupBeforeRemoval,
  startAutomaticBackups,
} from './services/backup/automatic-backups';
import { backupDepsFrom } from './features/backup/backup-deps';
import { localVersionMemory } from './services/backup/local-memory';
import { EditJournal, browserStore } from './state/journal';
import { holdSessionLock, liveSessions } from './platform/journal-sessions';
import { webSha256 } from './services/crypto/web-sha256';
import type { KeyCrypto } from '../shared/signoff/signing-key';
import './styles.css';

/** Today in the local time zone, as the assessor's calendar shows it. */
function localToday(): IsoDate {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as IsoDate;
}

/** Options of `startApp`. */
export interface StartOptions {
  /**
   * Keep the journal of pending edits in localStorage (the default). Only the benchmark's
   * comparison page (bench/probe) turns it off.
   */
  readonly journal?: boolean;
}

/** The running app, for what wraps it (the benchmark page's measuring points). */
export interface StartedApp {
  readonly store: AppStore;
  readonly deps: AppDeps;
  readonly db: FieldbookDb;
}

/**
 * Opens the database, builds the store, replays the journal, renders the app into `root` and
 * starts automatic backups. Null, with the reason shown in `root`, when the database cannot be
 * opened.
 */
export async function startApp(
  root: HTMLElement,
  options: StartOptions = {},
): Promise<StartedApp | null> {
  const platform = detectPlatform();
  let db: FieldbookDb;
  try {
    db = await openFieldbookDb();
  } catch (error) {
    root.textContent = '';
    const p = document.createElement('p');
    p.className = 'empty';
    p.setAttribute('role', 'alert');
    p.textContent = error instanceof Error ? error.message : String(error);
    root.append(p);
    return null;
  }
  void requestPersistentStorage().then((s) => console.info('storage', s));
  // The journal of pending edits of this page, per database; its lock marks the page as running.
  const session = crypto.randomUUID();
  holdSessionLock(session);
  const journalStore = options.journal === false ? null : browserStore();
  const deps: AppDeps = {
    platform,
    repository: createRepository(db, {
      now: () => new Date().toISOString(),
      newId: () => crypto.randomUUID(),
    }),
    newId: () => crypto.randomUUID(),
    now: () => new Date().toISOString(),
    today: localToday,
    crypto: {
      subtle: globalThis.crypto.subtle as unknown as KeyCrypto['subtle'],
      randomBytes: (length) => globalThis.crypto.getRandomValues(new Uint8Array(length)),
      sha256: webSha256,
    },
    ...(journalStore ? { journal: new EditJournal(journalStore, db.name, session) } : {}),
    liveJournalSessions: liveSessions,
    // The safety backup before an import writes over stored records (features/backup).
    beforeImport: () => backupBeforeImport(backupDepsFrom(deps, () => store.getState().flush())),
    beforeRemoval: () => backupBeforeRemoval(backupDepsFrom(deps, () => store.getState().flush())),
  };
  const store = createAppStore(deps, window.location.hash);
  // What a reload, a closed tab or a crash left unwritten is written before any screen reads.
  const replayed = await store.getState().replayJournal();
  if (replayed > 0) console.info(`wrote ${replayed} edit(s) kept in the journal`);
  await Promise.all([store.getState().loadRecovery(), store.getState().loadSigningKey()]);
  createRoot(root).render(<App store={store} deps={deps} />);
  void platform.appInfo().then((info) =>
    startAutomaticBackups(
      backupDepsFrom(deps, () => store.getState().flush()),
      info.version,
      localVersionMemory(),
      (message) =>
        store
          .getState()
          .showDialog({ kind: 'message', title: 'The automatic backup failed', body: message }),
    ),
  );
  document.documentElement.dataset.ready = 'true';
  return { store, deps, db };
}
