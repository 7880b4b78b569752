import type { AssessmentRecord, Stage, StageSignOff } from '../types/record';
import type { Sha256 } from './content-hash';
import { CONTENT_HASH_SCHEME, stageContentHash } from './content-hash';
import type { SignatureSubtle } from './signature';
import { signSignOff } from './signature';
import type { UnlockedKey } from './signing-key';

/**
 * The sign-off of `stage` by `signedOffBy` at `signedOffAt` under the current scheme: its
 * content hash and, with an unlocked key, the Ed25519 signature and the public key to check it.
 * For the linked evidence to count, `record.evidence` must be loaded.
 */
export async function makeSignOff(
  record: AssessmentRecord,
  stage: Stage,
  by: { readonly signedOffBy: string; readonly signedOffAt: string },
  crypto: { readonly sha256: Sha256; readonly subtle: SignatureSubtle },
  key: UnlockedKey | null,
): Promise<StageSignOff> {
  const signedOffBy = by.signedOffBy.trim();
  const publicKey = key?.stored.publicKey ?? null;
  const scheme = CONTENT_HASH_SCHEME;
  const contentHash = await stageContentHash(record, stage, crypto.sha256, scheme, {
    signedOffBy,
    signedOffAt: by.signedOffAt,
    publicKey,
  });
  const signature =
    key === null
      ? null
      : {
          algorithm: 'Ed25519' as const,
          publicKey: key.stored.publicKey,
          value: await signSignOff(crypto.subtle, key.privateKey, scheme, contentHash),
        };
  return { signedOffAt: by.signedOffAt, signedOffBy, contentHash, scheme, signature };
}
