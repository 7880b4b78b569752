import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { scoreStage } from '../../shared/scoring/score-stage';
import { A, B, fixtureA, fixtureB } from './support/fixtures-ab';
import { expectWarnings, importOk } from './support/import';
import { expectedEntries, stageOf } from './support/truth';

describe('fixture A: the certifying body template, filled in tidily', () => {
  it('reads the header, every element, the CP justifications and development points', async () => {
    const { bytes, truth } = await fixtureA();
    const imported = await importOk(bytes);
    const record = imported.record;
    expect(record.organisation).toMatchObject({
      name: A.name,
      reference: A.reference,
      unitsInScope: A.units,
    });
    expect(record.stages.map((s) => s.kind)).toEqual(['initial']);
    const stage = stageOf(record, 'initial');
    expect(stage.assessor).toBe(A.assessor);
    expect(stage.dates).toEqual({
      deskTopReview: { kind: 'date', date: '2015-02-09' },
      deskTopSentToClient: { kind: 'date', date: '2015-02-12' },
      deskTopSentToCertifyingBody: { kind: 'date', date: '2015-02-13' },
      secondDeskTopReview: { kind: 'na' },
      secondDeskTopSentToClient: null,
      secondDeskTopSentToCertifyingBody: null,
      visit: { kind: 'range', from: '2015-03-11', to: '2015-03-12' },
      analysisSentToCertifyingBody: { kind: 'date', date: '2015-03-20' },
    });
    expect(stage.entries).toEqual(expectedEntries(truth));
    expectWarnings(imported, ['unplaced-text']);
    expect(stage.notes).toContain('Surveillance 1 — Name of assessor: Jane Smith');
    expect(imported.preview.stages[0]?.counts).toMatchObject({ found: 57, missing: 0 });
  });

  it('scores as its own scoring table says', async () => {
    const imported = await importOk((await fixtureA()).bytes);
    const score = scoreStage(stageOf(imported.record, 'initial'), DEFAULT_CATALOGUE, 'final');
    expect(score.criteria.map((c) => [c.elements, c.p, c.cp, c.nc])).toEqual([
      [11, 1, 1, 0],
      [11, 1, 0, 0],
      [12, 0, 1, 0],
      [13, 3, 0, 0],
      [10, 1, 0, 0],
    ]);
    expect(score.verdict).toBe('achieved');
    expect(imported.preview.warnings.some((w) => w.code === 'score-table-differs')).toBe(false);
  });

  it('says where each value was found', async () => {
    const imported = await importOk((await fixtureA()).bytes);
    const e = imported.preview.stages[0]!.elements.find((x) => x.element === '1.1.3')!;
    expect(e.origin).toBe('table');
    expect(e.statementMatches).toBe(true);
    const dtr = e.values.find((v) => v.field === 'dtrMark')!;
    expect(dtr.value).toBe('P');
    expect(dtr.sources).toEqual([{ kind: 'cell', table: 2 + 1, row: 5, cell: 5 }]);
  });
});

describe('fixture B: own layout, no header rows, merged cells, look-alike letters', () => {
  it('reads marks typed in Cyrillic and with stray punctuation, and merged cells', async () => {
    const { bytes, truth } = await fixtureB();
    const imported = await importOk(bytes);
    const stage = stageOf(imported.record, 'initial');
    expect(imported.record.organisation).toMatchObject({
      name: B.name,
      reference: B.reference,
      unitsInScope: B.units,
    });
    expect(stage.assessor).toBe(B.assessor);
    expect(stage.entries).toEqual(expectedEntries(truth));
    expect(stage.dates.deskTopReview).toEqual({ kind: 'date', date: '2015-03-02' });
    expect(stage.dates.visit).toEqual({ kind: 'range', from: '2015-03-11', to: '2015-03-12' });
    expect(stage.dates.secondDeskTopReview).toEqual({ kind: 'na' });
    expect(stage.dates.deskTopSentToClient).toBeNull();
  });

  it('warns about the missing header rows and the unreadable date, and keeps unplaced text', async () => {
    const imported = await importOk((await fixtureB()).bytes);
    // One warning for the five tables without header rows, which share one layout.
    expectWarnings(imported, ['no-header-row', 'unreadable-date']);
    expect(imported.preview.layouts.map((l) => l.tables)).toEqual([[1, 2, 3, 4, 5]]);
    const stage = stageOf(imported.record, 'initial');
    expect(stage.notes).toContain('sometime in spring');
    expect(stage.notes).toContain(B.unplaced);
    expect(imported.preview.unplaced.map((u) => u.text)).toContain(B.unplaced);
    expect(
      imported.preview.stages[0]?.dates.find((d) => d.field === 'deskTopSentToClient'),
    ).toMatchObject({ readable: false, written: 'sometime in spring' });
  });
});
