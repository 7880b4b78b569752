// Imports keep the stored signed-off stages as they are, and their previews say so.
import { describe, expect, it } from 'vitest';
import { stageTitle } from '../../shared/records/select-stage';
import {
  describeKeptSignOffs,
  keepSignedOffStages,
  signedOffStageIds,
} from '../../shared/signoff/signed-off-stages';
import type { StageId } from '../../shared/types/ids';
import type { AssessmentRecord, Stage, StageSignOff } from '../../shared/types/record';
import { boltonRecord } from './bolton';

const SIGN_OFF: StageSignOff = {
  signedOffAt: '2015-03-17T16:00:00.000Z',
  signedOffBy: 'Tariq Mahmood',
  contentHash: 'b'.repeat(64),
  scheme: 'cse-fieldbook-stage-v2',
  signature: null,
};

function stored(): AssessmentRecord {
  const record = boltonRecord();
  const ia = { ...record.stages[0]!, signOff: SIGN_OFF };
  const sv1: Stage = { ...ia, id: 'st-bolton-sv1' as StageId, kind: 'surveillance-1' };
  delete (sv1 as { signOff?: unknown }).signOff;
  return { ...record, stages: [ia, sv1] };
}

const retyped = (stage: Stage, text: string): Stage => ({
  ...stage,
  entries: stage.entries.map((e) => ({ ...e, deskTopEvidence: text })),
});

describe('keeping signed-off stages through an import', () => {
  it('names the signed-off stages', () => {
    expect(signedOffStageIds(stored())).toEqual(['st-bolton-ia']);
  });

  it('keeps a signed-off stage the import would change, by id, and says so', () => {
    const s = stored();
    const incoming = { ...s, stages: s.stages.map((st) => retyped(st, 'Imported')) };
    const kept = keepSignedOffStages(s, incoming);
    expect(kept.record.stages[0]).toBe(s.stages[0]);
    expect(kept.record.stages[1]?.entries[0]?.deskTopEvidence).toBe('Imported');
    expect(describeKeptSignOffs(kept, stageTitle)).toEqual([
      'Initial assessment is signed off (by Tariq Mahmood), so it is kept as stored, and what this file holds for it is skipped. Withdraw the sign-off first to import over it.',
    ]);
  });

  it('keeps it through an import with new ids (a Word record), matched by kind and cycle', () => {
    const s = stored();
    const incoming = {
      ...s,
      stages: s.stages.map((st, i) => ({ ...retyped(st, 'From Word'), id: `new-${i}` as StageId })),
    };
    const kept = keepSignedOffStages(s, incoming);
    expect(kept.record.stages.map((st) => st.id)).toEqual(['st-bolton-ia', 'new-1']);
    expect(kept.record.stages[0]?.signOff).toEqual(SIGN_OFF);
  });

  it('keeps one the import does not hold, in its place, and the organisation header', () => {
    const s = stored();
    const incoming = {
      ...s,
      organisation: { ...s.organisation, name: 'Bolton University', contacts: [] },
      stages: [s.stages[1]!],
    };
    const kept = keepSignedOffStages(s, incoming);
    expect(kept.record.stages.map((st) => st.id)).toEqual(['st-bolton-ia', 'st-bolton-sv1']);
    expect(kept.record.organisation).toEqual(s.organisation);
    const lines = describeKeptSignOffs(kept, stageTitle);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('though this file does not have it');
    expect(lines[1]).toContain('name, reference, units in scope and contacts are kept');
  });

  it('leaves out imported links into a kept stage, and says nothing when nothing differs', () => {
    const s = stored();
    const l = {
      id: 'l1' as never,
      documentId: 'd1' as never,
      stageId: 'st-bolton-ia' as StageId,
      element: '1.1.1' as never,
      page: null,
      section: null,
      quote: '',
      note: '',
      createdAt: '2015-03-10T09:00:00.000Z',
    };
    const other = { ...l, id: 'l2' as never, stageId: 'st-bolton-sv1' as StageId };
    const kept = keepSignedOffStages(s, { ...s, evidence: { documents: [], links: [l, other] } });
    expect(kept.record.evidence?.links).toEqual([other]);
    expect(describeKeptSignOffs(kept, stageTitle)).toEqual([]);
  });

  it('changes nothing when no stage is signed off', () => {
    const s = { ...stored(), stages: [stored().stages[1]!] };
    const incoming = { ...s, stages: [retyped(s.stages[0]!, 'x')] };
    expect(keepSignedOffStages(s, incoming)).toEqual({
      record: incoming,
      skipped: [],
      headerKept: false,
    });
  });
});
