import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '../../shared/types/record';
import { emptyStageReport } from '../../shared/types/report';
import { importOverStored } from '../../shared/word/import/over-stored';
import { diffRecords } from '../../shared/word/record-diff';
import { fixtureD } from './support/fixture-d';
import { importOk } from './support/import';

/** Fixture D (initial assessment and surveillance 1) imported with ids starting `prefix`. */
async function importD(prefix: string): Promise<AssessmentRecord> {
  let n = 0;
  return (await importOk((await fixtureD()).bytes, { newId: () => `${prefix}-${++n}` })).record;
}

const SIGN_OFF = {
  signedOffAt: '2016-03-01T10:00:00Z',
  signedOffBy: 'Amir Haddad',
  contentHash: 'a'.repeat(64),
  scheme: 'cse-fieldbook-stage-v1',
};

describe('importing a Word record over an organisation already stored', () => {
  it('matches stages by kind and cycle and keeps the stored stage ids, also in development points', async () => {
    const stored = await importD('stored');
    const imported = await importD('doc');
    const { record, stages } = importOverStored(stored, imported);
    expect(record.organisation.id).toBe(stored.organisation.id);
    expect(record.stages.map((s) => s.id)).toEqual(stored.stages.map((s) => s.id));
    expect(stages.map((s) => [s.title, s.action])).toEqual([
      ['Initial assessment', 'update'],
      ['Surveillance 1', 'update'],
    ]);
    const points = record.stages[1]!.surveillance.developmentPoints.map((p) => p.point);
    expect(points).toEqual([`1.3.4@${stored.stages[0]!.id}`, `4.2.3@${stored.stages[0]!.id}`]);
    expect(diffRecords(stored, record).changes).toEqual([]);
  });

  it("keeps each updated stage's assessment report, which the Word layout cannot carry", async () => {
    const base = await importD('stored');
    const report = { ...emptyStageReport(), introduction: 'Written in the app, not in Word.' };
    const stored: AssessmentRecord = {
      ...base,
      stages: base.stages.map((s, i) => (i === 1 ? { ...s, report } : s)),
    };
    const { record, stages } = importOverStored(stored, await importD('doc'));
    expect(stages[1]!.action).toBe('update');
    expect(record.stages[1]!.report).toEqual(report);
    expect(record.stages[0]!.report).toEqual(emptyStageReport());
  });

  it('never overwrites a signed-off stage: it is kept and the plan says so', async () => {
    const base = await importD('stored');
    const stored: AssessmentRecord = {
      ...base,
      stages: base.stages.map((s, i) => (i === 0 ? { ...s, signOff: SIGN_OFF } : s)),
    };
    const doc = await importD('doc');
    const imported: AssessmentRecord = {
      ...doc,
      stages: doc.stages.map((s, i) =>
        i === 0 ? { ...s, entries: s.entries.map((e) => ({ ...e, finalMark: 'NC' as const })) } : s,
      ),
    };
    const { record, stages } = importOverStored(stored, imported);
    expect(record.stages[0]).toEqual(stored.stages[0]);
    expect(stages[0]).toMatchObject({ action: 'skip-signed-off', stageId: stored.stages[0]!.id });
    expect(stages[0]!.message).toMatch(/^signed off by Amir Haddad on 2016-03-01: skipped/);
    expect(stages[0]!.message).toContain('Withdraw its sign-off first');
    expect(stages[1]!.action).toBe('update');
  });

  it('keeps stored stages the document lacks, and header values the document leaves empty', async () => {
    const stored = await importD('stored');
    const doc = await importD('doc');
    const imported: AssessmentRecord = {
      ...doc,
      organisation: { ...doc.organisation, unitsInScope: '', contacts: [] },
      stages: doc.stages.slice(0, 1),
    };
    const storedWithUnits: AssessmentRecord = {
      ...stored,
      organisation: { ...stored.organisation, unitsInScope: 'Library and Careers' },
    };
    const { record, stages } = importOverStored(storedWithUnits, imported);
    expect(record.stages.map((s) => s.id)).toEqual(stored.stages.map((s) => s.id));
    expect(stages.map((s) => s.action)).toEqual(['update', 'keep']);
    expect(record.organisation.unitsInScope).toBe('Library and Careers');
  });
});
