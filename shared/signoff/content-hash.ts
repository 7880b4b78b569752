import type { AssessmentRecord, Stage } from '../types/record';
import { keyDateText } from '../exchange/key-date-text';
import { canonicalJson } from './canonical-json';

/** SHA-256 of some bytes; passed in (WebCrypto in the app, node:crypto on the command line). */
export type Sha256 = (bytes: Uint8Array) => Promise<Uint8Array>;

/**
 * The key dates scheme v1 hashes, frozen as they were when it was defined (exchange format 4):
 * dates added later must not change the hash of a stage signed off under v1.
 */
const V1_DATE_FIELDS = [
  'deskTopReview',
  'deskTopSentToClient',
  'deskTopSentToCertifyingBody',
  'secondDeskTopReview',
  'visit',
  'analysisSentToCertifyingBody',
] as const;

/** Names the hashing scheme so that a later change of what is hashed can be told apart. */
export const CONTENT_HASH_SCHEME = 'cse-fieldbook-stage-v1';

/**
 * What a stage's sign-off vouches for: the organisation's header and everything recorded at the
 * stage (assessor, key dates, visit days, notes, all 57 entries, the surveillance records) —
 * not its sign-off itself. Dates are in their exchange text form so the hash does not depend on
 * how they are held in memory.
 */
export function signedContent(record: AssessmentRecord, stage: Stage): unknown {
  const org = record.organisation;
  return {
    scheme: CONTENT_HASH_SCHEME,
    organisation: {
      id: org.id,
      name: org.name,
      reference: org.reference,
      unitsInScope: org.unitsInScope,
    },
    stage: {
      id: stage.id,
      kind: stage.kind,
      cycle: stage.cycle,
      catalogue: stage.catalogueId,
      assessor: stage.assessor,
      dates: Object.fromEntries(V1_DATE_FIELDS.map((f) => [f, keyDateText(stage.dates[f])])),
      visitDays: stage.visitDays,
      notes: stage.notes,
      entries: stage.entries,
      surveillance: stage.surveillance,
    },
  };
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The content hash of a stage: lower-case hex SHA-256 of its canonical signed content. */
export async function stageContentHash(
  record: AssessmentRecord,
  stage: Stage,
  sha256: Sha256,
): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(signedContent(record, stage)));
  return hex(await sha256(bytes));
}

/** The hash as people compare it: groups of four, e.g. "3f2a 9c01 …". */
export function formatHash(hash: string): string {
  return hash.replace(/(.{4})(?=.)/g, '$1 ');
}
