/** The part of `navigator.storage` we use; every method may be missing (older or odd hosts). */
export interface StorageManagerLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

export interface PersistenceReport {
  /** True when the browser promised not to evict our data under storage pressure. */
  readonly persisted: boolean;
  /** Bytes used by this origin, when the browser says. */
  readonly usage?: number;
  /** Bytes this origin may use, when the browser says. */
  readonly quota?: number;
}

function defaultStorage(): StorageManagerLike | undefined {
  const nav = (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator;
  return nav?.storage;
}

/**
 * Asks for persistent storage (call once at start-up and log the result) and reports usage.
 * Never throws: where the API is missing or refuses, `persisted` is false.
 */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = defaultStorage(),
): Promise<PersistenceReport> {
  if (!storage) return { persisted: false };
  let persisted: boolean;
  try {
    persisted = (await storage.persisted?.()) === true || (await storage.persist?.()) === true;
  } catch {
    persisted = false;
  }
  try {
    const estimate = await storage.estimate?.();
    return {
      persisted,
      ...(typeof estimate?.usage === 'number' ? { usage: estimate.usage } : {}),
      ...(typeof estimate?.quota === 'number' ? { quota: estimate.quota } : {}),
    };
  } catch {
    return { persisted };
  }
}
