import { describe, expect, it } from 'vitest';
import { diffRecord } from '../../shared/backup/diff';
import { CONTENT_HASH_SCHEME, stageContentHash } from '../../shared/signoff/content-hash';
import type { CriterionNumber, ElementId } from '../../shared/types/ids';
import type { StageReport } from '../../shared/types/report';
import { emptyStageReport } from '../../shared/types/report';
import type { AssessmentRecord, StageSignOff } from '../../shared/types/record';
import { makeSignOff } from '../../shared/signoff/make-sign-off';
import { checkSignOff } from '../../shared/signoff/verify-sign-off';
import { openWorld, sampleRecord } from '../db/helpers';
import { nodeKeyCrypto } from '../signoff/bolton';
import { createHash } from 'node:crypto';

/** The assessment report in storage: edits, audit trail, sign-off, replace, old rows, trash. */

const SIGN_OFF: StageSignOff = {
  signedOffAt: '2026-11-23T10:00:00.000Z',
  signedOffBy: 'Siân O’Connor',
  contentHash: 'a'.repeat(64),
  scheme: 'cse-fieldbook-stage-v1',
};

const WRITTEN: StageReport = {
  ...emptyStageReport(),
  introduction: 'Northfield University asked for certification of four services.',
  sites: [{ site: 'Library, Main Campus', people: 'Head of Library; 6 students' }],
  findings: [{ criterion: 1 as CriterionNumber, text: 'Customer insight is thorough.' }],
  developmentPoints: [
    { element: '1.3.4' as ElementId, found: null, toMakeFull: 'Publish the trend.' },
  ],
};

async function stored() {
  const world = await openWorld();
  const record = sampleRecord();
  await world.repo.createRecord(record);
  return { ...world, record, org: record.organisation.id, stage: record.stages[0]!.id };
}

const sha256 = async (bytes: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(createHash('sha256').update(bytes).digest());

describe('the report of a stage in storage', () => {
  it('stores what the assessor writes and logs each changed section apart', async () => {
    const { repo, org, stage, db } = await stored();
    await repo.updateStage(org, stage, { report: WRITTEN });
    await repo.updateStage(org, stage, {
      report: { ...WRITTEN, introduction: `${WRITTEN.introduction} Second visit.` },
    });
    const loaded = await repo.loadRecord(org);
    expect(loaded?.stages[0]?.report.introduction).toBe(`${WRITTEN.introduction} Second visit.`);
    expect(loaded?.stages[0]?.report.developmentPoints).toEqual(WRITTEN.developmentPoints);
    expect(loaded?.stages[1]?.report).toEqual(emptyStageReport());
    const log = (await repo.listChanges({ organisationId: org, stageId: stage })).filter(
      (c) => c.field !== 'created',
    );
    expect(log.map((c) => c.field)).toEqual([
      'report.introduction',
      'report.developmentPoints',
      'report.findings',
      'report.sites',
      'report.introduction',
    ]);
    expect(log[0]).toMatchObject({
      entity: 'stage',
      before: WRITTEN.introduction,
      after: `${WRITTEN.introduction} Second visit.`,
    });
    // The same report again writes nothing.
    const row = await db.stages.get(stage);
    const receipt = await repo.updateStage(org, stage, { report: loaded!.stages[0]!.report });
    expect(receipt.revision).toBe(row!.revision);
    db.close();
  });

  it('refuses a malformed report with a sentence and changes nothing', async () => {
    const { repo, org, stage, db } = await stored();
    await repo.updateStage(org, stage, { report: WRITTEN });
    const bad = [
      { ...WRITTEN, recommendation: { decision: 'certify', reason: '' } },
      { ...WRITTEN, findings: 'all good' },
      { ...WRITTEN, introduction: 'x'.repeat(100_001) },
      'not a report',
    ];
    for (const report of bad) {
      await expect(
        repo.updateStage(org, stage, { report: report as unknown as StageReport }),
      ).rejects.toMatchObject({ message: expect.stringMatching(/not saved.*Nothing was changed/) });
    }
    expect((await repo.loadRecord(org))?.stages[0]?.report).toEqual(WRITTEN);
    db.close();
  });

  it('reads a stage row written before reports existed as an empty report', async () => {
    const { repo, org, stage, db } = await stored();
    const row = await db.stages.get(stage);
    const old = { ...row! };
    delete (old as { report?: unknown }).report;
    await db.stages.put(old);
    expect((await repo.loadRecord(org))?.stages[0]?.report).toEqual(emptyStageReport());
    // … and takes a first edit.
    await repo.updateStage(org, stage, { report: { strengths: 'Warm welcome.' } as StageReport });
    expect((await repo.loadRecord(org))?.stages[0]?.report.strengths).toBe('Warm welcome.');
    db.close();
  });

  it('refuses to change the report of a signed-off stage', async () => {
    const { repo, org, stage, db } = await stored();
    await repo.updateStage(org, stage, { report: WRITTEN });
    await repo.signOffStage(org, stage, SIGN_OFF);
    await expect(
      repo.updateStage(org, stage, { report: { ...WRITTEN, strengths: 'late' } }),
    ).rejects.toMatchObject({ kind: 'signed-off' });
    expect((await repo.loadRecord(org))?.stages[0]?.report).toEqual(WRITTEN);
    db.close();
  });

  it('refuses an import that changes the report of a signed-off stage, and changes nothing', async () => {
    const { repo, org, stage, db } = await stored();
    await repo.updateStage(org, stage, { report: WRITTEN });
    await repo.signOffStage(org, stage, SIGN_OFF);
    const before = await repo.loadRecord(org);
    const incoming: AssessmentRecord = {
      ...before!,
      stages: before!.stages.map((s, i) =>
        i === 0 ? { ...s, report: { ...WRITTEN, strengths: 'Written after the sign-off.' } } : s,
      ),
    };
    await expect(repo.replaceRecord(incoming)).rejects.toMatchObject({ kind: 'signed-off' });
    const after = await repo.loadRecord(org);
    expect(after?.stages[0]?.report).toEqual(WRITTEN);
    expect(after?.stages.map((s) => s.report)).toEqual(before?.stages.map((s) => s.report));
    db.close();
  });

  it('a sign-off of a stage with a report checks out, and a report changed behind the repository is found', async () => {
    const { repo, org, stage, db } = await stored();
    await repo.updateStage(org, stage, { report: WRITTEN });
    const loaded = (await repo.loadRecord(org))!;
    const signOff = await makeSignOff(
      loaded,
      loaded.stages[0]!,
      { signedOffBy: 'Siân O’Connor', signedOffAt: SIGN_OFF.signedOffAt },
      nodeKeyCrypto,
      null,
    );
    await repo.signOffStage(org, stage, signOff);
    const signed = (await repo.loadRecord(org))!;
    expect(await checkSignOff(signed, signed.stages[0]!, nodeKeyCrypto)).toMatchObject({
      kind: 'intact',
    });
    // A write that skips the repository (a damaged or hand-edited database) is not vouched for.
    const row = (await db.stages.get(stage))!;
    await db.stages.put({ ...row, report: { ...WRITTEN, strengths: 'Slipped in later.' } });
    const tampered = (await repo.loadRecord(org))!;
    expect(await checkSignOff(tampered, tampered.stages[0]!, nodeKeyCrypto)).toMatchObject({
      kind: 'changed',
      signed: signOff.contentHash,
    });
    db.close();
  });

  it('carries the report through replace (import, restore) and logs it per section', async () => {
    const { repo, org, record, db } = await stored();
    const incoming: AssessmentRecord = {
      ...record,
      stages: record.stages.map((s, i) => (i === 1 ? { ...s, report: WRITTEN } : s)),
    };
    const change = diffRecord(record, incoming);
    // The restore preview counts each written section (introduction, sites, findings, points).
    expect(change).toMatchObject({ kind: 'replaced', changedFields: 4 });
    await repo.replaceRecord(incoming);
    expect((await repo.loadRecord(org))?.stages[1]?.report).toEqual(WRITTEN);
    const log = await repo.listChanges({ organisationId: org, stageId: record.stages[1]!.id });
    expect(log.map((c) => c.field).sort()).toEqual([
      'created',
      'report.developmentPoints',
      'report.findings',
      'report.introduction',
      'report.sites',
    ]);
    db.close();
  });

  it('blanks the report when the trash is emptied (records are confidential)', async () => {
    const { repo, org, stage, db } = await stored();
    await repo.updateStage(org, stage, { report: WRITTEN });
    await repo.moveToTrash(org);
    await repo.emptyTrash();
    expect((await db.stages.get(stage))?.report).toEqual(emptyStageReport());
    db.close();
  });

  it('makes the report part of what a sign-off vouches for (content hash scheme v2)', async () => {
    const record = sampleRecord();
    const stage = record.stages[0]!;
    const signer = {
      signedOffBy: 'Siân O’Connor',
      signedOffAt: SIGN_OFF.signedOffAt,
      publicKey: null,
    };
    const hash = (s: typeof stage) =>
      stageContentHash({ ...record, stages: [s] }, s, sha256, CONTENT_HASH_SCHEME, signer);
    const empty = await hash(stage);
    const written = { ...stage, report: WRITTEN };
    const signed = await hash(written);
    expect(signed).not.toBe(empty);
    // Every section the assessor writes changes the hash, the recommendation's reason too.
    const edits = [
      { ...WRITTEN, strengths: 'Added after sign-off.' },
      { ...WRITTEN, sites: [{ site: 'Library', people: 'Head of Library; 7 students' }] },
      { ...WRITTEN, developmentPoints: [{ ...WRITTEN.developmentPoints[0]!, toMakeFull: 'x' }] },
      { ...WRITTEN, recommendation: { decision: 'recommend' as const, reason: 'because' } },
    ];
    for (const report of edits) expect(await hash({ ...stage, report })).not.toBe(signed);
    // Under the frozen scheme v1 the report was never part of the content.
    const v1 = (s: typeof stage) =>
      stageContentHash({ ...record, stages: [s] }, s, sha256, 'cse-fieldbook-stage-v1', signer);
    expect(await v1(written)).toBe(await v1(stage));
  });
});
