import { describe, expect, it } from 'vitest';
import { E, fixtureE } from './support/fixture-e';
import { expectWarnings, importOk } from './support/import';
import { expectedEntries, stageOf } from './support/truth';

describe('fixture E: two-row merged header, tracked changes, paragraphs', () => {
  it('reads the columns under merged titles, without deleted text', async () => {
    const { bytes, truth } = await fixtureE();
    const imported = await importOk(bytes);
    const stage = stageOf(imported.record, 'initial');
    expect(imported.record.organisation).toMatchObject({ name: E.name, reference: E.reference });
    expect(stage).toMatchObject({ assessor: E.assessor, visitDays: 2 });
    expect(stage.dates.deskTopReview).toEqual({ kind: 'date', date: '2017-03-03' });
    expect(stage.dates.visit).toEqual({ kind: 'range', from: '2017-03-20', to: '2017-03-21' });
    expect(stage.entries).toEqual(expectedEntries(truth));
    expect(stage.notes).not.toContain('not seen');
  });

  it('says where the scoring table disagrees with the marks', async () => {
    const imported = await importOk((await fixtureE()).bytes);
    expectWarnings(imported, ['score-table-differs', 'tracked-changes']);
    const differs = imported.preview.warnings.find((w) => w.code === 'score-table-differs');
    expect(differs?.message).toBe(
      "Criterion 1: the document's scoring table gives 2 partial compliances, the imported final marks give 1.",
    );
    expect(imported.preview.trackedChanges).toEqual({ insertions: 1, deletions: 1 });
  });
});
