import { describe, expect, it } from 'vitest';
import { canonicalJson, describeRecordChange, diffRecord } from '../../shared/backup/diff';
import type { AssessmentRecord } from '../../shared/types/record';
import { variant } from './support';

/** `record` with one entry of its first stage changed by `patch`. */
function withEntry(record: AssessmentRecord, index: number, patch: object): AssessmentRecord {
  const [first, ...rest] = record.stages;
  if (!first) throw new Error('no stage');
  const entries = first.entries.map((e, i) => (i === index ? { ...e, ...patch } : e));
  return { ...record, stages: [{ ...first, entries }, ...rest] };
}

describe('diffRecord', () => {
  const stored = variant('a');

  it('calls an organisation that is not stored new, with its stage count', () => {
    expect(diffRecord(null, stored)).toEqual({ kind: 'new', stages: 4 });
  });

  it('calls an identical record unchanged, whatever the key order', () => {
    expect(diffRecord(stored, structuredClone(stored))).toEqual({ kind: 'unchanged' });
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe(
      canonicalJson({ a: [{ c: null, d: 2 }], b: 1 }),
    );
  });

  it('counts changed fields and the elements they are in', () => {
    const edited = withEntry(
      withEntry(stored, 0, { visitEvidence: 'new text', finalMark: 'NC' }),
      3,
      { keyQuestions: 'Q?' },
    );
    expect(diffRecord(stored, edited)).toEqual({
      kind: 'replaced',
      changedFields: 3,
      changedEntries: 2,
      addedStages: 0,
      removedStages: 0,
    });
    const renamed = { ...edited, organisation: { ...edited.organisation, name: 'Renamed' } };
    const change = diffRecord(stored, renamed);
    expect(change).toMatchObject({ changedFields: 4 });
    expect(describeRecordChange(change)).toBe('Replaced: 4 fields would change (in 2 elements)');
  });

  it('counts key dates one by one', () => {
    const [first, ...rest] = stored.stages;
    if (!first) throw new Error('no stage');
    const dates = { ...first.dates, visit: { kind: 'tbc' as const }, deskTopReview: null };
    const change = diffRecord(stored, { ...stored, stages: [{ ...first, dates }, ...rest] });
    expect(change).toMatchObject({ kind: 'replaced', changedFields: 2, changedEntries: 0 });
  });

  it('says which stored stages a restore would remove and which it would add', () => {
    const older = { ...stored, stages: stored.stages.slice(0, 2) };
    const change = diffRecord(stored, older);
    expect(change).toEqual({
      kind: 'replaced',
      changedFields: 0,
      changedEntries: 0,
      addedStages: 0,
      removedStages: 2,
    });
    expect(describeRecordChange(change)).toMatch(
      /2 stored stages not in the backup would be removed/,
    );
    expect(diffRecord(older, stored)).toMatchObject({ addedStages: 2, removedStages: 0 });
  });
});
