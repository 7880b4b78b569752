/** Why a storage operation did not happen. Every kind means "nothing was changed by this call". */
export type StorageErrorKind =
  | 'quota'
  | 'not-found'
  | 'conflict'
  | 'newer-schema'
  | 'read-only'
  | 'signed-off'
  | 'invalid'
  | 'unknown';

/** Kinds no retry can overcome: the write is refused for good (autosave hands it to recovery). */
export const PERMANENT_KINDS: readonly StorageErrorKind[] = [
  'not-found',
  'read-only',
  'signed-off',
  'invalid',
];

const MESSAGES: Readonly<Record<StorageErrorKind, string>> = {
  quota:
    'This change is not saved yet: the computer has run out of storage space for CSE Fieldbook. ' +
    'Everything saved before is safe. Free some disk space, then save again.',
  'not-found':
    'That record or entry is not in this fieldbook (it may have been removed in another window). ' +
    'Nothing was changed.',
  conflict: 'Something with the same id is already in this fieldbook. Nothing was changed.',
  'newer-schema':
    'This database was written by a newer CSE Fieldbook. Update the app; nothing was changed.',
  'read-only':
    'This record is in the trash or has been removed, so it cannot be changed. ' +
    'Restore it from the trash first. Nothing was changed.',
  'signed-off':
    'This stage is signed off, so it cannot be changed; withdraw the sign-off first. Nothing was changed.',
  invalid:
    'This change was not saved: it holds a value CSE Fieldbook cannot store. Nothing was changed.',
  unknown:
    'This change is not saved yet: the storage reported a problem. Everything saved before is ' +
    'safe. Try again; if it keeps happening, export a backup and restart CSE Fieldbook.',
};

/**
 * A storage operation that did not happen. The message is plain words for the assessor and
 * never says their text is lost: the caller still holds it and can retry.
 */
export class StorageError extends Error {
  override readonly name: string = 'StorageError';
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: string = MESSAGES[kind], options?: ErrorOptions) {
    super(message, options);
    this.kind = kind;
  }
}

/** The database holds a schema this build does not know; it was opened read-only and closed. */
export class NewerSchemaError extends StorageError {
  override readonly name: string = 'NewerSchemaError';
  /** The schema version found in the database. */
  readonly found: number;
  /** The newest schema version this build knows. */
  readonly known: number;

  constructor(found: number, known: number) {
    super(
      'newer-schema',
      `This database was written by a newer CSE Fieldbook (schema ${found}); this version knows ` +
        `up to ${known}. Update the app; nothing was changed.`,
    );
    this.found = found;
    this.known = known;
  }
}

function nameOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/** The error names of `e` and of the errors it wraps (Dexie's `.inner` and a `BulkError`'s
 * `.failures`, standard `.cause`). */
function namesOf(e: unknown, depth = 0): string[] {
  if (typeof e !== 'object' || e === null || depth > 4) return [];
  const wrapped = e as { inner?: unknown; cause?: unknown; failures?: unknown };
  const failures = Array.isArray(wrapped.failures) ? (wrapped.failures as unknown[]) : [];
  return [
    ...(nameOf(e) ? [nameOf(e) as string] : []),
    ...namesOf(wrapped.inner ?? wrapped.cause, depth + 1),
    ...failures.slice(0, 10).flatMap((f) => namesOf(f, depth + 1)),
  ];
}

/**
 * Turns anything a storage call threw into a `StorageError`. Recognises quota errors in all the
 * shapes browsers and Dexie produce (a plain `QuotaExceededError`, Dexie's `AbortError` whose
 * `.inner.name` is `QuotaExceededError`), `VersionError` (a newer app upgraded the database),
 * `ConstraintError` (an id already used) and `DataError` (a value that cannot be stored or read).
 */
export function classifyStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const names = namesOf(e);
  const cause = { cause: e };
  if (names.some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded')) {
    return new StorageError('quota', undefined, cause);
  }
  if (names.includes('VersionError')) return new StorageError('newer-schema', undefined, cause);
  if (names.includes('ConstraintError')) return new StorageError('conflict', undefined, cause);
  if (names.includes('DataError')) {
    return new StorageError(
      'unknown',
      'This change is not saved yet: part of the stored data could not be read or written ' +
        '(DataError). Everything else saved is safe. Try again; if it keeps happening, export a ' +
        'backup and restart CSE Fieldbook.',
      cause,
    );
  }
  return new StorageError('unknown', undefined, cause);
}

/** True when `error` is a refusal no retry can overcome (see `PERMANENT_KINDS`). */
export function isPermanentRefusal(error: unknown): boolean {
  return error instanceof StorageError && PERMANENT_KINDS.includes(error.kind);
}

/** Runs a storage operation and rejects only with `StorageError`s. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (e) {
    throw classifyStorageError(e);
  }
}
