/**
 * Writes test/fixtures/db/v3.json: the v2 fixture upgraded by the version-3 step (which fills the
 * stage-marks index), then a mark, a VO flag and a text changed through the repository, dumped
 * raw. Run once with `npx tsx test/db/make-db-v3-fixture.ts`; the fixture is then frozen like
 * v1.json and v2.json (never regenerate it after schema version 3 ships).
 */
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import { SCHEMA_V2 } from '../../src-renderer/db/schema-v2';
import { SCHEMA_V3 } from '../../src-renderer/db/schema-v3';
import { STORES_V1 } from '../../src-renderer/db/schema';
import { installFixture, readDbFixture, writeDbFixture } from '../evidence/db-fixture';
import { openWorld } from './helpers';

const factory = await installFixture(readDbFixture('v2.json'));
let n = 0;
const { repo, db } = await openWorld({
  factory,
  newId: () => `v3-id-${String(++n).padStart(4, '0')}`,
  upgrades: [SCHEMA_V2, SCHEMA_V3],
});
const org = 'org-riverside' as OrganisationId;
const stage = 'st-ria-sv1' as StageId;
await repo.updateEntry(org, stage, '1.1.2' as ElementId, { finalMark: 'P' });
await repo.updateEntry(org, stage, '1.1.3' as ElementId, { verifiedOnSite: true });
await repo.updateEntry(org, stage, '1.1.1' as ElementId, {
  visitEvidence: 'Saw the customer insight map on the staff room wall.',
});
db.close();
await writeDbFixture(factory, 'v3.json', {
  description:
    'CSE Fieldbook IndexedDB at schema version 3 (stage-marks index), as written by the v3 storage code. Frozen: never regenerate.',
  schemaVersion: 3,
  stores: { ...STORES_V1, ...SCHEMA_V2.stores, ...SCHEMA_V3.stores },
});
