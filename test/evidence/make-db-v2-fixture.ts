/**
 * Writes test/fixtures/db/v2.json: the v1 fixture upgraded by this build's schema steps, plus an
 * evidence library (two documents with files and texts, one link, one document in the trash),
 * dumped raw. Run once with `npx tsx test/evidence/make-db-v2-fixture.ts`; the fixture is then
 * frozen like v1.json (never regenerate it after schema version 2 ships).
 */
import type { ElementId, OrganisationId } from '../../shared/types/ids';
import type { LinkId } from '../../shared/evidence/types';
import { SCHEMA_V2 } from '../../src-renderer/db/schema-v2';
import { STORES_V1 } from '../../src-renderer/db/schema';
import { openWorld } from '../db/helpers';
import { addOk, newDocument } from './db-evidence-world';
import { installFixture, readDbFixture, writeDbFixture } from './db-fixture';
import { fixtureBytes } from './support';

const v1 = readDbFixture('v1.json');
const factory = await installFixture(v1);
let n = 0;
// Only the steps up to version 2, so that running this again still writes a version-2 database.
const { repo, db } = await openWorld({
  factory,
  newId: () => `v2-id-${String(++n).padStart(4, '0')}`,
  upgrades: [SCHEMA_V2],
});
const org = 'org-riverside';
await addOk(
  repo,
  org,
  await newDocument(
    'doc-complaints',
    'Complaints procedure.md',
    fixtureBytes('complaints-procedure.md'),
    { stageId: 'st-ria-ia' as never, period: '2018–19' },
  ),
);
await addOk(
  repo,
  org,
  await newDocument('doc-charter', 'Customer charter.html', fixtureBytes('customer-charter.html'), {
    stageId: 'st-ria-ia' as never,
  }),
);
await addOk(
  repo,
  org,
  await newDocument(
    'doc-reception',
    'Reception photo.png',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
  ),
);
await repo.trashDocument(org as OrganisationId, 'doc-reception' as never);
await repo.addLink(org as OrganisationId, {
  id: 'link-1' as LinkId,
  documentId: 'doc-complaints' as never,
  stageId: 'st-ria-ia' as never,
  element: '4.3.2' as ElementId,
  page: null,
  section: 'Stage 1: local resolution',
  quote: 'Most problems can be sorted out straight away by the person you first speak to.',
  note: 'Timescales on page 2.',
  createdAt: '2026-01-02T11:00:00.000Z',
});
db.close();
await writeDbFixture(factory, 'v2.json', {
  description:
    'CSE Fieldbook IndexedDB at schema version 2 (evidence library), as written by the v2 storage code. Frozen: never regenerate.',
  schemaVersion: 2,
  stores: { ...STORES_V1, ...SCHEMA_V2.stores },
});
