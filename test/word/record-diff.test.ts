import { describe, expect, it } from 'vitest';
import type { AssessmentRecord, Stage } from '../../shared/types/record';
import { diffRecords } from '../../shared/word/record-diff';
import { fixtureD } from './support/fixture-d';
import { importOk } from './support/import';
import { sampleRecord } from './support/records';

function withStage(
  record: AssessmentRecord,
  index: number,
  change: (s: Stage) => Stage,
): AssessmentRecord {
  return { ...record, stages: record.stages.map((s, i) => (i === index ? change(s) : s)) };
}

describe('diffRecords: what importing a record over a stored one would change', () => {
  it('finds nothing between a record and itself', () => {
    const record = sampleRecord();
    expect(diffRecords(record, record)).toEqual({
      sameOrganisation: true,
      stagesAdded: [],
      stagesOnlyStored: [],
      changes: [],
    });
  });

  it('lists header, stage, element and surveillance changes, old → new', () => {
    const stored = sampleRecord();
    let imported: AssessmentRecord = {
      ...stored,
      organisation: { ...stored.organisation, unitsInScope: 'Library only' },
    };
    imported = withStage(imported, 0, (s) => ({
      ...s,
      assessor: 'Jane Smith',
      entries: s.entries.map((e) =>
        e.element === '1.3.4' ? { ...e, finalMark: 'F', developmentNote: '' } : e,
      ),
    }));
    imported = withStage(imported, 1, (s) => ({
      ...s,
      surveillance: { ...s.surveillance, documents: s.surveillance.documents.slice(1) },
    }));
    const diff = diffRecords(stored, { ...imported, stages: imported.stages.slice(0, 3) });
    expect(diff.stagesOnlyStored).toEqual(['Reassessment (cycle 2)']);
    expect(diff.changes).toEqual([
      {
        stageId: null,
        where: 'Organisation',
        element: null,
        field: 'Units in scope',
        before: stored.organisation.unitsInScope,
        after: 'Library only',
      },
      {
        stageId: 'stage-ia-2015',
        where: 'Initial assessment',
        element: null,
        field: 'Name of assessor',
        before: 'Siân O’Connor',
        after: 'Jane Smith',
      },
      {
        stageId: 'stage-ia-2015',
        where: 'Initial assessment',
        element: '1.3.4',
        field: 'Visit (final) result',
        before: 'P',
        after: 'F',
      },
      {
        stageId: 'stage-ia-2015',
        where: 'Initial assessment',
        element: '1.3.4',
        field: 'Development point',
        before: stored.stages[0]!.entries.find((e) => e.element === '1.3.4')!.developmentNote,
        after: '',
      },
      {
        stageId: 'stage-sv1-2016',
        where: 'Surveillance 1',
        element: null,
        field: 'Document: Latest performance data for core business against the standards set',
        before: 'received — 25 January 2016',
        after: '',
      },
    ]);
  });

  it('matches the stages of a document from elsewhere by kind and cycle', async () => {
    const first = (await importOk((await fixtureD()).bytes)).record;
    let n = 0;
    const again = (await importOk((await fixtureD()).bytes, { newId: () => `other-${++n}` }))
      .record;
    expect(again.stages.map((s) => s.id)).not.toEqual(first.stages.map((s) => s.id));
    const diff = diffRecords(first, again);
    expect(diff.sameOrganisation).toBe(true);
    expect(diff.stagesAdded).toEqual([]);
    expect(diff.changes).toEqual([]);
  });

  it('tells another organisation apart', () => {
    const stored = sampleRecord();
    const other = {
      ...stored,
      organisation: { ...stored.organisation, id: 'org-other' as never, reference: '99/0001' },
    };
    expect(diffRecords(stored, other).sameOrganisation).toBe(false);
    const reused = {
      ...stored,
      organisation: { ...stored.organisation, name: 'Eastfield College', reference: '' },
    };
    expect(diffRecords(stored, reused).sameOrganisation).toBe(false);
    const renamed = {
      ...stored,
      organisation: { ...stored.organisation, name: 'Northfield University' },
    };
    expect(diffRecords(stored, renamed).sameOrganisation).toBe(true);
  });
});
