import { describe, expect, it } from 'vitest';
import type { ElementId } from '../../shared/types/ids';
import type { StageSignOff } from '../../shared/types/record';
import { openWorld, sampleRecord } from './helpers';

const SIGN_OFF: StageSignOff = {
  signedOffAt: '2026-11-23T10:00:00.000Z',
  signedOffBy: 'Siân O’Connor',
  contentHash: 'a'.repeat(64),
  scheme: 'cse-fieldbook-stage-v1',
};

describe('stage sign-off in storage', () => {
  it('locks a signed-off stage, logs it, and unlocks it when withdrawn with a reason', async () => {
    const { repo } = await openWorld();
    const record = sampleRecord();
    await repo.createRecord(record);
    const org = record.organisation.id;
    const stage = record.stages[0]!;
    await repo.signOffStage(org, stage.id, SIGN_OFF);

    const loaded = await repo.loadRecord(org);
    expect(loaded?.stages[0]?.signOff).toEqual(SIGN_OFF);
    expect(loaded?.stages[1]?.signOff).toBeUndefined();

    await expect(
      repo.updateEntry(org, stage.id, '1.1.1' as ElementId, { finalMark: 'NC' }),
    ).rejects.toMatchObject({ kind: 'signed-off' });
    await expect(repo.updateStage(org, stage.id, { notes: 'late edit' })).rejects.toMatchObject({
      kind: 'signed-off',
      message: expect.stringContaining('signed off'),
    });
    await expect(repo.signOffStage(org, stage.id, SIGN_OFF)).rejects.toMatchObject({
      kind: 'conflict',
    });
    // Other stages stay editable.
    await repo.updateEntry(org, record.stages[1]!.id, '1.1.1' as ElementId, {
      keyQuestions: 'Ask again',
    });
    const unchanged = await repo.loadRecord(org);
    expect(unchanged?.stages[0]?.entries[0]).toEqual(stage.entries[0]);

    await expect(repo.withdrawSignOff(org, stage.id, '   ')).rejects.toMatchObject({
      kind: 'invalid',
    });
    await repo.withdrawSignOff(org, stage.id, 'Certifying body asked for 4.3.2 to be re-read');
    await repo.updateEntry(org, stage.id, '4.3.2' as ElementId, { finalMark: 'F' });
    const after = await repo.loadRecord(org);
    expect(after?.stages[0]?.signOff).toBeUndefined();
    expect(after?.stages[0]?.entries.find((e) => e.element === '4.3.2')?.finalMark).toBe('F');

    const log = await repo.listChanges({ organisationId: org, stageId: stage.id });
    const fields = log.map((c) => c.field);
    expect(fields).toContain('signOffWithdrawnBecause');
    const signed = log.filter((c) => c.field === 'signOff');
    expect(signed.map((c) => [c.before, c.after])).toEqual([
      [SIGN_OFF, null],
      [null, SIGN_OFF],
    ]);
  });

  it('keeps a sign-off through replaceRecord (an import of a signed-off record)', async () => {
    const { repo } = await openWorld();
    const record = sampleRecord();
    await repo.createRecord(record);
    const signed = {
      ...record,
      stages: record.stages.map((s, i) => (i === 1 ? { ...s, signOff: SIGN_OFF } : s)),
    };
    await repo.replaceRecord(signed);
    expect((await repo.loadRecord(record.organisation.id))?.stages[1]?.signOff).toEqual(SIGN_OFF);
  });
});

describe('replacing a record', () => {
  it('writes a stage whose only change is its surveillance records (a restore must bring them back)', async () => {
    const { repo } = await openWorld();
    const record = sampleRecord();
    await repo.createRecord(record);
    const stage = record.stages[1]!;
    const changed = {
      ...record,
      stages: record.stages.map((s) =>
        s.id === stage.id
          ? { ...s, surveillance: { ...s.surveillance, contactedOn: '2016-01-11' as never } }
          : s,
      ),
    };
    await repo.replaceRecord(changed);
    const loaded = await repo.loadRecord(record.organisation.id);
    expect(loaded?.stages[1]?.surveillance.contactedOn).toBe('2016-01-11');
    const log = await repo.listChanges({
      organisationId: record.organisation.id,
      stageId: stage.id,
    });
    expect(log.some((c) => c.field === 'surveillance.contactedOn')).toBe(true);
  });
});
