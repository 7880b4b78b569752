// The Word record prints a signed-off stage's sign-off as the PDF does, and still reads back.
import { describe, expect, it } from 'vitest';
import { signOffText } from '../../shared/export/record-header';
import type { AssessmentRecord, StageSignOff } from '../../shared/types/record';
import { docxBlocks } from '../export/record-readers';
import { importOk } from './support/import';
import { exchangeOf, exportDocx, sampleRecord } from './support/records';

const SIGN_OFF: StageSignOff = {
  signedOffAt: '2025-03-17T16:00:00.000Z',
  signedOffBy: 'Tariq Mahmood',
  contentHash: 'c0ffee'.padEnd(64, '7'),
  scheme: 'cse-fieldbook-stage-v2',
  signature: null,
};

function signedFirstStage(): AssessmentRecord {
  const record = sampleRecord();
  const [first, ...rest] = record.stages;
  return { ...record, stages: [{ ...first!, signOff: SIGN_OFF }, ...rest] };
}

const textOf = (blocks: Awaited<ReturnType<typeof docxBlocks>>): string => JSON.stringify(blocks);

describe('the sign-off in the Word record', { timeout: 60_000 }, () => {
  it('prints who signed off, when, and the content hash of a signed-off stage only', async () => {
    const record = signedFirstStage();
    const text = textOf(await docxBlocks(await exportDocx(record)));
    expect(text).toContain('Sign-off — Initial assessment');
    expect(text).toContain(signOffText(record.stages[0]!));
    expect(text).toContain(SIGN_OFF.contentHash);
    expect(text.match(/Sign-off — /g)).toHaveLength(1);
    const unsigned = textOf(await docxBlocks(await exportDocx(sampleRecord())));
    expect(unsigned).not.toContain('Sign-off — ');
  });

  it('reads back to the same record apart from the sign-off, which an import never takes', async () => {
    const record = signedFirstStage();
    const imported = await importOk(await exportDocx(record), { newId: () => 'never-used' });
    expect(imported.preview.warnings).toEqual([]);
    expect(imported.preview.unplaced).toEqual([]);
    expect(exchangeOf(imported.record)).toEqual(exchangeOf(sampleRecord()));
  });
});
