// The assessor's signing key (schema version 4): the public key, and the private key encrypted
// with their passphrase (shared/signoff/signing-key.ts makes and unlocks it; nothing here can
// read the private key). Keys are never deleted: a replaced key still names who signed before.
import type { StoredSigningKey } from '../../shared/signoff/signing-key';
import type { RepositoryContext } from './context';
import { StorageError } from './errors';
import { hasSchema4Tables } from './schema';

function needsSchema4(ctx: RepositoryContext): void {
  if (!hasSchema4Tables(ctx.db)) {
    throw new StorageError(
      'unknown',
      'This database cannot keep a signing key yet. Nothing was changed.',
    );
  }
}

/** The newest kept signing key, or null when none was made on this computer. */
export async function loadSigningKey(ctx: RepositoryContext): Promise<StoredSigningKey | null> {
  if (!hasSchema4Tables(ctx.db)) return null;
  const rows = await ctx.db.signingKeys.toArray();
  rows.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return rows[0] ?? null;
}

/** Keeps a new signing key; it becomes the one sign-offs use. Rejects `conflict` on a used id. */
export function saveSigningKey(ctx: RepositoryContext, key: StoredSigningKey): Promise<void> {
  needsSchema4(ctx);
  const { db } = ctx;
  return db.transaction('rw', [db.signingKeys], async () => {
    if (await db.signingKeys.get(key.id)) throw new StorageError('conflict');
    await db.signingKeys.add(key);
  });
}
