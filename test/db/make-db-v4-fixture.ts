/**
 * Writes test/fixtures/db/v4.json: the v3 fixture upgraded by the version-4 step (the recovery
 * and signing-key tables), then a refused edit kept for recovery and a signing key kept through
 * the repository, dumped raw. Run once with `npx tsx test/db/make-db-v4-fixture.ts`; the fixture
 * is then frozen like v1–v3 (never regenerate it after schema version 4 ships). The key's
 * passphrase is "fixture passphrase v4".
 */
import { webcrypto } from 'node:crypto';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { KeyCrypto } from '../../shared/signoff/signing-key';
import { createSigningKey } from '../../shared/signoff/signing-key';
import { SCHEMA_V2 } from '../../src-renderer/db/schema-v2';
import { SCHEMA_V3 } from '../../src-renderer/db/schema-v3';
import { SCHEMA_V4 } from '../../src-renderer/db/schema-v4';
import { STORES_V1 } from '../../src-renderer/db/schema';
import { installFixture, readDbFixture, writeDbFixture } from '../evidence/db-fixture';
import { openWorld } from './helpers';

const crypto: KeyCrypto = {
  subtle: webcrypto.subtle as unknown as KeyCrypto['subtle'],
  randomBytes: (length) => webcrypto.getRandomValues(new Uint8Array(length)),
  sha256: async (bytes) =>
    new Uint8Array(await webcrypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
};

const factory = await installFixture(readDbFixture('v3.json'));
let n = 0;
const { repo, db } = await openWorld({
  factory,
  newId: () => `v4-id-${String(++n).padStart(4, '0')}`,
  upgrades: [SCHEMA_V2, SCHEMA_V3, SCHEMA_V4],
});
await repo.keepRecovery({
  organisationId: 'org-riverside' as OrganisationId,
  organisationName: 'Riverside Information & Advice',
  target: { kind: 'entry', stageId: 'st-ria-sv1' as StageId, element: '1.2.1' as ElementId },
  patch: { visitEvidence: 'Typed while the stage was signed off in another window — kept.' },
  reason: 'Surveillance 1 is signed off by A. Assessor, so it cannot be changed.',
});
await repo.saveSigningKey(
  await createSigningKey(
    crypto,
    { id: 'key-fixture-v4', owner: 'A. Assessor', createdAt: '2026-01-01T09:00:00.000Z' },
    'fixture passphrase v4',
  ),
);
db.close();
await writeDbFixture(factory, 'v4.json', {
  description:
    'CSE Fieldbook IndexedDB at schema version 4 (recovery of refused edits, signing keys), as written by the v4 storage code. Frozen: never regenerate.',
  schemaVersion: 4,
  stores: { ...STORES_V1, ...SCHEMA_V2.stores, ...SCHEMA_V3.stores, ...SCHEMA_V4.stores },
});
