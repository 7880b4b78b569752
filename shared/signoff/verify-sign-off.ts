import type { AssessmentRecord, Stage } from '../types/record';
import type { Sha256 } from './content-hash';
import { formatHash, isKnownScheme, stageContentHash } from './content-hash';
import type { SignatureSubtle } from './signature';
import { keyFingerprint, verifySignOffSignature } from './signature';

/**
 * What checking a signed-off stage found. `intact`: the content is what was signed (and, when
 * signed with a key, the signature is that key's). `trusted` says whether the key is the one the
 * checker was given (`null`: none was given, so the key only travelled with the record).
 */
export type SignOffCheck =
  | {
      readonly kind: 'intact';
      readonly hash: string;
      readonly key: {
        readonly publicKey: string;
        readonly fingerprint: string;
        readonly trusted: boolean | null;
      } | null;
    }
  | { readonly kind: 'changed'; readonly signed: string; readonly now: string }
  | { readonly kind: 'bad-signature'; readonly fingerprint: string }
  | { readonly kind: 'unknown-scheme'; readonly scheme: string };

/** What checking needs from the runtime. */
export interface CheckCrypto {
  readonly sha256: Sha256;
  readonly subtle: SignatureSubtle;
}

/**
 * Checks a signed-off stage: recomputes its content hash under the scheme it was signed with
 * and, when it carries a signature, verifies it. `trustedKey` (base64 raw) is the assessor's
 * key as the checker knows it from elsewhere; a signature by any other key is reported as
 * intact but not trusted. For v2, `record.evidence` must be loaded. Null for a stage that is not
 * signed off. Never throws for anything a file can hold.
 */
export async function checkSignOff(
  record: AssessmentRecord,
  stage: Stage,
  crypto: CheckCrypto,
  trustedKey: string | null = null,
): Promise<SignOffCheck | null> {
  const signOff = stage.signOff;
  if (!signOff) return null;
  if (!isKnownScheme(signOff.scheme)) return { kind: 'unknown-scheme', scheme: signOff.scheme };
  const signature = signOff.signature ?? null;
  const now = await stageContentHash(record, stage, crypto.sha256, signOff.scheme, {
    signedOffBy: signOff.signedOffBy,
    signedOffAt: signOff.signedOffAt,
    publicKey: signature?.publicKey ?? null,
  });
  if (now !== signOff.contentHash) return { kind: 'changed', signed: signOff.contentHash, now };
  if (signature === null) return { kind: 'intact', hash: now, key: null };
  const fingerprint = await keyFingerprint(signature.publicKey, crypto.sha256);
  const valid = await verifySignOffSignature(
    crypto.subtle,
    signature.publicKey,
    signature.value,
    signOff.scheme,
    now,
  );
  if (!valid) return { kind: 'bad-signature', fingerprint };
  const trusted = trustedKey === null ? null : trustedKey === signature.publicKey;
  return {
    kind: 'intact',
    hash: now,
    key: { publicKey: signature.publicKey, fingerprint, trusted },
  };
}

/** True when the check found nothing wrong with the content or its signature. */
export function isIntact(check: SignOffCheck | null): boolean {
  return check === null || check.kind === 'intact';
}

/** The finding in one sentence, for the app and the command line. */
export function describeSignOffCheck(check: SignOffCheck): string {
  switch (check.kind) {
    case 'intact': {
      const content = `The content is what was signed off (SHA-256 ${formatHash(check.hash)}).`;
      if (check.key === null) return `${content} It was signed off without a signing key.`;
      const key = `key ${check.key.fingerprint}`;
      if (check.key.trusted === true)
        return `${content} The signature is valid and made with the assessor’s ${key}.`;
      if (check.key.trusted === false) {
        return `${content} The signature is valid but made with ${key}, which is NOT the key given to check against.`;
      }
      return `${content} The signature is valid, made with ${key} (the key travels with the record: compare its fingerprint with the assessor’s own).`;
    }
    case 'changed':
      return `CHANGED since sign-off: the content no longer matches what was signed (signed ${formatHash(check.signed)}, now ${formatHash(check.now)}).`;
    case 'bad-signature':
      return `The signature does NOT match: the sign-off was altered after it was signed (key ${check.fingerprint}).`;
    case 'unknown-scheme':
      return `The sign-off uses the hashing scheme “${check.scheme.slice(0, 64)}”, which this version of CSE Fieldbook does not know, so it cannot be checked.`;
  }
}
