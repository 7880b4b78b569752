// Schema version 4: two tables, no existing row changes. `recovery` keeps the text of edits the
// database refused for good (the stage was signed off, the record was trashed or removed), so the
// assessor can copy or re-apply it; `signingKeys` keeps the assessor's Ed25519 key pair, the
// private key encrypted with their passphrase (shared/signoff/signing-key.ts).
import type { SchemaStep } from './schema-step';

/** The stores schema version 4 adds. */
export const STORES_V4 = {
  recovery: '&id, organisationId',
  signingKeys: '&id',
} as const;

/** Schema version 4 (test/fixtures/db/v4.json holds data written at it). */
export const SCHEMA_V4: SchemaStep = {
  version: 4,
  describe: 'recovery of refused edits, and the assessor’s encrypted signing key',
  stores: { ...STORES_V4 },
  rows: {},
};
