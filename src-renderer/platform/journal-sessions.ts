/**
 * The journal's sessions (state/journal.ts) are told apart with Web Locks: each running page
 * holds the lock named after its session for as long as it lives, so at start a page replays
 * only the entries of sessions whose lock nobody holds (a reloaded, closed or crashed page),
 * never those of another open tab. Where Web Locks are missing, every other session counts as
 * ended.
 */

const LOCK_PREFIX = 'cse-fieldbook-journal-session:';

/** Holds this session's lock until the page goes away. */
export function holdSessionLock(session: string): void {
  const locks = globalThis.navigator?.locks;
  if (!locks) return;
  void locks
    .request(`${LOCK_PREFIX}${session}`, () => new Promise<void>(() => undefined))
    .catch(() => undefined);
}

/** The sessions whose pages are still running (their locks are held). */
export async function liveSessions(): Promise<ReadonlySet<string>> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return new Set();
  try {
    const { held = [] } = await locks.query();
    return new Set(
      held
        .map((lock) => lock.name ?? '')
        .filter((name) => name.startsWith(LOCK_PREFIX))
        .map((name) => name.slice(LOCK_PREFIX.length)),
    );
  } catch {
    return new Set();
  }
}
