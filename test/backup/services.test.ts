import { beforeEach, describe, expect, it } from 'vitest';
import { openBackup } from '../../shared/backup/parse';
import type { OrganisationId } from '../../shared/types/ids';
import {
  backupBeforeImport,
  dailyBackupDue,
  runAutomaticBackups,
} from '../../src-renderer/services/backup/automatic-backups';
import type { VersionMemory } from '../../src-renderer/services/backup/automatic-backups';
import type { BackupDeps } from '../../src-renderer/services/backup/backup-service';
import { makeBackup } from '../../src-renderer/services/backup/backup-service';
import { checkEmptyDatabase } from '../../src-renderer/services/backup/empty-database';
import { applyRestore, planRestore } from '../../src-renderer/services/backup/restore-service';
import { openWorld } from '../db/helpers';
import type { TestWorld } from '../db/helpers';
import { MemoryBackupStore, backupPlatform, instant, nodeCrypto, variant } from './support';
import { nodeKeyCrypto as checkCrypto } from '../signoff/bolton';

let world: TestWorld;
let store: MemoryBackupStore;
let minute: number;
let deps: BackupDeps;

beforeEach(async () => {
  world = await openWorld();
  store = new MemoryBackupStore();
  minute = 0;
  deps = {
    repository: world.repo,
    platform: backupPlatform(store),
    now: () => instant(minute++),
    crypto: nodeCrypto,
    generator: 'CSE Fieldbook test',
  };
});

const memory = (start: string | null): VersionMemory & { value: string | null } => {
  const m = {
    value: start,
    get: () => m.value,
    set: (v: string) => {
      m.value = v;
    },
  };
  return m;
};

async function readOnly(name: string, passphrase: string | null = null) {
  const opened = await openBackup(await store.read(name), passphrase, nodeCrypto.subtle);
  if (opened.kind !== 'opened') throw new Error(JSON.stringify(opened));
  return opened.backup;
}

describe('making backups', () => {
  it('backs up every organisation, archived and trashed ones too', async () => {
    await world.repo.createRecord(variant('a'));
    await world.repo.createRecord(variant('b'));
    await world.repo.createRecord(variant('c'));
    await world.repo.setArchived('org-b' as OrganisationId, true);
    await world.repo.moveToTrash('org-c' as OrganisationId);
    const outcome = await makeBackup(deps, 'manual');
    if (outcome.kind !== 'kept') throw new Error(JSON.stringify(outcome));
    expect(outcome.organisations).toBe(3);
    const backup = await readOnly(outcome.info.name);
    expect(backup.records.map((r) => r.record)).toEqual(['a', 'b', 'c'].map((t) => variant(t)));
  });

  it('writes pending edits first', async () => {
    await world.repo.createRecord(variant('a'));
    const flushed: string[] = [];
    const outcome = await makeBackup(
      { ...deps, flush: async () => void flushed.push('x') },
      'daily',
    );
    expect(flushed).toEqual(['x']);
    expect(outcome.kind).toBe('kept');
  });

  it('encrypts with a passphrase', async () => {
    await world.repo.createRecord(variant('a'));
    const outcome = await makeBackup(deps, 'manual', 'a long passphrase');
    if (outcome.kind !== 'kept') throw new Error(JSON.stringify(outcome));
    expect(outcome.info.encrypted).toBe(true);
    expect((await readOnly(outcome.info.name, 'a long passphrase')).records).toHaveLength(1);
  });

  it('gives two backups made in the same millisecond two names, so neither replaces the other', async () => {
    await world.repo.createRecord(variant('a'));
    const frozen = { ...deps, now: () => instant(0) };
    const first = await makeBackup(frozen, 'pre-import');
    await world.repo.createRecord(variant('b'));
    const second = await makeBackup(frozen, 'pre-import');
    if (first.kind !== 'kept' || second.kind !== 'kept') throw new Error('not kept');
    expect(second.info.name).not.toBe(first.info.name);
    expect(Date.parse(second.info.createdAt) - Date.parse(first.info.createdAt)).toBe(1);
    expect((await readOnly(first.info.name)).records).toHaveLength(1);
    expect((await readOnly(second.info.name)).records).toHaveLength(2);
  });

  it('makes no backup of an empty fieldbook, and reports failures as messages', async () => {
    expect(await makeBackup(deps, 'daily')).toEqual({ kind: 'empty' });
    await world.repo.createRecord(variant('a'));
    store.failWrites = 'disk full';
    expect(await makeBackup(deps, 'daily')).toEqual({
      kind: 'failed',
      message: 'The backup was not made: disk full',
    });
    expect(
      await makeBackup({ ...deps, platform: backupPlatform(undefined) }, 'daily'),
    ).toMatchObject({ kind: 'failed' });
  });
});

describe('automatic backups', () => {
  it('backs up before the first start of a new version, and once a day', async () => {
    await world.repo.createRecord(variant('a'));
    const versions = memory('0.1.0');
    const first = await runAutomaticBackups(deps, '0.2.0', versions);
    expect(first.preUpgrade?.kind).toBe('kept');
    expect(first.daily?.kind).toBe('kept');
    expect(versions.value).toBe('0.2.0');
    const again = await runAutomaticBackups(deps, '0.2.0', versions);
    expect(again).toEqual({ preUpgrade: null, daily: null });
    expect((await store.list()).map((b) => b.reason).sort()).toEqual(['daily', 'pre-upgrade']);
    minute += 21 * 60;
    expect((await runAutomaticBackups(deps, '0.2.0', versions)).daily?.kind).toBe('kept');
  });

  it('retries a failed pre-upgrade backup at the next start', async () => {
    await world.repo.createRecord(variant('a'));
    const versions = memory('0.1.0');
    store.failWrites = 'disk full';
    await runAutomaticBackups(deps, '0.2.0', versions);
    expect(versions.value).toBe('0.1.0');
  });

  it('decides when a daily backup is due', () => {
    const daily = {
      name: 'x',
      createdAt: instant(0),
      reason: 'daily' as const,
      encrypted: false,
      size: 1,
    };
    expect(dailyBackupDue([], instant(0))).toBe(true);
    expect(dailyBackupDue([daily], instant(19 * 60))).toBe(false);
    expect(dailyBackupDue([daily], instant(20 * 60))).toBe(true);
    // A daily backup dated next year (a wrong clock) must not stop every daily backup.
    const future = { ...daily, createdAt: '2031-01-01T09:00:00.000Z' };
    expect(dailyBackupDue([future, daily], instant(20 * 60))).toBe(true);
  });

  it('backs up before an import, except an empty fieldbook', async () => {
    expect((await backupBeforeImport(deps)).kind).toBe('empty');
    await world.repo.createRecord(variant('a'));
    const outcome = await backupBeforeImport(deps);
    expect(outcome.kind === 'kept' && outcome.info.reason).toBe('pre-import');
  });
});

describe('restoring', () => {
  it('previews new, replaced, unchanged and trashed organisations, and writes only the chosen', async () => {
    for (const tag of ['a', 'b', 'c', 'd']) await world.repo.createRecord(variant(tag));
    const kept = await makeBackup(deps, 'manual');
    if (kept.kind !== 'kept') throw new Error('no backup');
    const stageId = variant('b').stages[0]?.id;
    if (!stageId) throw new Error('no stage');
    await world.repo.updateEntry(
      'org-b' as OrganisationId,
      stageId,
      variant('b').stages[0]?.entries[0]?.element ?? ('1.1.1' as never),
      { visitEvidence: 'typed after the backup' },
    );
    await world.repo.moveToTrash('org-d' as OrganisationId);
    await world.repo.emptyTrash();
    await world.repo.moveToTrash('org-c' as OrganisationId);

    const plan = await planRestore(world.repo, await readOnly(kept.info.name));
    expect(plan.map((i) => [i.record.organisation.id, i.change.kind])).toEqual([
      ['org-a', 'unchanged'],
      ['org-b', 'replaced'],
      ['org-c', 'blocked'],
      ['org-d', 'new'],
    ]);
    expect(plan[1]?.change).toMatchObject({ changedFields: 1, changedEntries: 1 });

    const report = await applyRestore(
      world.repo,
      plan,
      new Set(['org-a', 'org-b', 'org-c', 'org-d'] as OrganisationId[]),
    );
    expect(report.restored).toEqual(['Council b']);
    expect(report.unchanged).toEqual(['Council a']);
    expect(report.failed.map((f) => f.name)).toEqual(['Council c', 'Council d']);
    expect(report.failed[1]?.message).toMatch(/permanently deleted.*same id/);
    const b = await world.repo.loadRecord('org-b' as OrganisationId);
    expect(b?.stages[0]?.entries[0]?.visitEvidence).toBe(
      variant('b').stages[0]?.entries[0]?.visitEvidence,
    );
    const log = await world.repo.listChanges({ organisationId: 'org-b' as OrganisationId });
    expect(log[0]).toMatchObject({ field: 'visitEvidence', before: 'typed after the backup' });
  });

  it('keeps a stage signed off since the backup, and warns of a sign-off that does not hold', async () => {
    const record = variant('a');
    await world.repo.createRecord(record);
    const stage = record.stages[0]!;
    const kept = await makeBackup(deps, 'manual');
    if (kept.kind !== 'kept') throw new Error('no backup');
    // Since the backup: a note typed, then the stage signed off.
    await world.repo.updateEntry(record.organisation.id, stage.id, stage.entries[0]!.element, {
      visitEvidence: 'typed after the backup, then signed off',
    });
    const signOff = {
      signedOffAt: '2026-01-02T09:00:00.000Z',
      signedOffBy: 'Siân O’Connor',
      contentHash: 'c'.repeat(64),
      scheme: 'cse-fieldbook-stage-v1',
    };
    await world.repo.signOffStage(record.organisation.id, stage.id, signOff);
    const plan = await planRestore(world.repo, await readOnly(kept.info.name), checkCrypto);
    expect(plan[0]?.notes).toEqual([
      expect.stringContaining('Initial assessment is signed off (by Siân O’Connor), so it is kept'),
      expect.stringContaining('Warning: Initial assessment: CHANGED since sign-off'),
    ]);
    const report = await applyRestore(world.repo, plan, new Set([record.organisation.id]));
    expect(report.failed).toEqual([]);
    const after = await world.repo.loadRecord(record.organisation.id);
    expect(after?.stages[0]?.entries[0]?.visitEvidence).toBe(
      'typed after the backup, then signed off',
    );
    expect(after?.stages[0]?.signOff).toMatchObject({ signedOffBy: 'Siân O’Connor' });
  });

  it('restores into an empty fieldbook and offers it at start-up', async () => {
    const source = await openWorld();
    await source.repo.createRecord(variant('a'));
    const kept = await makeBackup({ ...deps, repository: source.repo }, 'daily');
    if (kept.kind !== 'kept') throw new Error('no backup');
    const dismissed = memory(null);
    const offer = await checkEmptyDatabase(world.repo, deps.platform, dismissed);
    expect(offer).toEqual({ newest: (await store.list())[0], count: 1 });
    dismissed.set(kept.info.name);
    expect(await checkEmptyDatabase(world.repo, deps.platform, dismissed)).toBeNull();
    const plan = await planRestore(world.repo, await readOnly(kept.info.name));
    await applyRestore(world.repo, plan, new Set(['org-a' as OrganisationId]));
    expect(await world.repo.loadRecord('org-a' as OrganisationId)).toEqual(variant('a'));
    expect(await checkEmptyDatabase(world.repo, deps.platform, memory(null))).toBeNull();
  });
});
