// Schema version 4: the recovery table (edits refused for good, kept with their text) and the
// signing-key table, with the frozen fixture test/fixtures/db/v4.json.
import { describe, expect, it } from 'vitest';
import { unlockSigningKey } from '../../shared/signoff/signing-key';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import { knownSchemaVersion } from '../../src-renderer/db/migrations';
import { SCHEMA_V4, STORES_V4 } from '../../src-renderer/db/schema-v4';
import { installFixture, readDbFixture } from '../evidence/db-fixture';
import { nodeKeyCrypto } from '../signoff/bolton';
import { openWorld } from './helpers';

const ORG = 'org-riverside' as OrganisationId;

describe('schema version 4', () => {
  it('reads the v4 fixture: the kept edit and the signing key, which unlocks', async () => {
    const v4 = readDbFixture('v4.json');
    expect(v4.schemaVersion).toBe(4);
    expect(v4.stores).toMatchObject(STORES_V4);
    expect(SCHEMA_V4.stores).toEqual(STORES_V4);
    const { repo, db } = await openWorld({ factory: await installFixture(v4) });
    expect(knownSchemaVersion()).toBe(4);
    expect(await repo.listRecovery()).toEqual([
      expect.objectContaining({
        organisationId: ORG,
        target: { kind: 'entry', stageId: 'st-ria-sv1', element: '1.2.1' },
        patch: { visitEvidence: 'Typed while the stage was signed off in another window — kept.' },
      }),
    ]);
    const key = await repo.loadSigningKey();
    expect(key).toMatchObject({ id: 'key-fixture-v4', owner: 'A. Assessor' });
    await unlockSigningKey(nodeKeyCrypto.subtle, key!, 'fixture passphrase v4');
    db.close();
  });

  it('upgrades the v3 fixture with nothing kept and no key', async () => {
    const { repo, db } = await openWorld({
      factory: await installFixture(readDbFixture('v3.json')),
    });
    expect(await db.meta.get('schemaVersion')).toEqual({ key: 'schemaVersion', value: 4 });
    expect(await repo.listRecovery()).toEqual([]);
    expect(await repo.loadSigningKey()).toBeNull();
    db.close();
  });

  it('keeps, lists and forgets refused edits; emptying the trash removes its organisation’s', async () => {
    const { repo, db } = await openWorld({
      factory: await installFixture(readDbFixture('v4.json')),
    });
    const item = await repo.keepRecovery({
      organisationId: ORG,
      organisationName: 'Riverside',
      target: { kind: 'organisation' },
      patch: { unitsInScope: 'Library' },
      reason: 'In the trash.',
    });
    expect((await repo.listRecovery()).map((r) => r.id)).toHaveLength(2);
    await repo.removeRecovery(item.id);
    await expect(repo.removeRecovery(item.id)).rejects.toMatchObject({ kind: 'not-found' });
    await repo.moveToTrash(ORG);
    await repo.emptyTrash();
    expect(await repo.listRecovery()).toEqual([]);
    // The kept text went with it; the refused write itself could never land now.
    await expect(
      repo.updateEntry(ORG, 'st-ria-sv1' as StageId, '1.2.1' as ElementId, { visitEvidence: 'x' }),
    ).rejects.toMatchObject({ kind: 'read-only' });
    db.close();
  });
});
