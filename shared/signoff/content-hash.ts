import type { AssessmentRecord, Stage } from '../types/record';
import { canonicalJson } from './canonical-json';
import { SCHEME_V1, signedContentV1 } from './signed-content-v1';
import type { SignerDetails } from './signed-content-v2';
import { SCHEME_V2, signedContentV2 } from './signed-content-v2';
import { encodeUtf8 } from '../text/utf8';

export type { SignerDetails } from './signed-content-v2';

/** SHA-256 of some bytes; passed in (WebCrypto in the app, node:crypto on the command line). */
export type Sha256 = (bytes: Uint8Array) => Promise<Uint8Array>;

/** Every hashing scheme this build can check, oldest first. */
export const CONTENT_HASH_SCHEMES = [SCHEME_V1, SCHEME_V2] as const;
export type ContentHashScheme = (typeof CONTENT_HASH_SCHEMES)[number];

/** The scheme new sign-offs are made with. */
export const CONTENT_HASH_SCHEME: ContentHashScheme = SCHEME_V2;

export function isKnownScheme(scheme: string): scheme is ContentHashScheme {
  return (CONTENT_HASH_SCHEMES as readonly string[]).includes(scheme);
}

/**
 * What a sign-off of `stage` under `scheme` vouches for (signed-content-v1.ts, -v2.ts): never
 * the content hash or signature themselves. `signer` is part of it from v2 on.
 */
export function signedContent(
  record: AssessmentRecord,
  stage: Stage,
  scheme: ContentHashScheme,
  signer: SignerDetails,
): unknown {
  switch (scheme) {
    case SCHEME_V1:
      return signedContentV1(record, stage);
    case SCHEME_V2:
      return signedContentV2(record, stage, signer);
  }
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The content hash of a stage under `scheme`: lower-case hex SHA-256 of its canonical signed
 * content. For a record's evidence links to count (v2), `record.evidence` must be loaded.
 */
export async function stageContentHash(
  record: AssessmentRecord,
  stage: Stage,
  sha256: Sha256,
  scheme: ContentHashScheme,
  signer: SignerDetails,
): Promise<string> {
  const content = signedContent(record, stage, scheme, signer);
  return hex(await sha256(encodeUtf8(canonicalJson(content))));
}

/** The hash as people compare it: groups of four, e.g. "3f2a 9c01 …". */
export function formatHash(hash: string): string {
  return hash.replace(/(.{4})(?=.)/g, '$1 ');
}
