import { describe, expect, it } from 'vitest';
import { C, fixtureC } from './support/fixture-c';
import { expectWarnings, importOk } from './support/import';
import { expectedEntries, stageOf } from './support/truth';

describe('fixture C: split rows, repeated headers, missing, unknown and duplicate elements', () => {
  it('joins split rows and statements, skips repeated headers and keeps every element', async () => {
    const { bytes, truth } = await fixtureC();
    const imported = await importOk(bytes);
    const stage = stageOf(imported.record, 'initial');
    expect(imported.record.organisation).toMatchObject({ name: C.name, reference: C.reference });
    expect(imported.record.stages.map((s) => s.kind)).toEqual(['initial']);
    expect(stage.assessor).toBe(C.assessor);
    expect(stage.dates.deskTopReview).toEqual({ kind: 'date', date: '2016-02-02' });
    expect(stage.dates.visit).toEqual({ kind: 'date', date: '2016-03-01' });
    expect(stage.visitDays).toBe(1);
    expect(stage.entries).toEqual(expectedEntries(truth));
  });

  it('warns about each problem and keeps the text it could not place', async () => {
    const imported = await importOk((await fixtureC()).bytes);
    expectWarnings(imported, [
      'missing-element 5.3.3',
      'unknown-element',
      'duplicate-element 2.2.1',
      'statement-differs 1.1.1',
      'statement-differs 4.1.1',
      'conflicting-mark 1.3.1',
      'unknown-mark 3.3.3',
      'unrecognised-row',
    ]);
    const notes = stageOf(imported.record, 'initial').notes;
    for (const kept of [
      C.comment,
      C.unknown,
      C.otherStatement,
      '3.3.3 visit (final) result: P/F',
      '1.3.1 visit (final) result: P',
    ]) {
      expect(notes).toContain(kept);
    }
    expect(notes).not.toContain(C.oldStatement);
    const e = imported.preview.stages[0]!.elements;
    expect(e.find((x) => x.element === '5.3.3')?.origin).toBe('missing');
    expect(e.find((x) => x.element === '4.1.1')?.statementMatches).toBe(false);
    const split = e
      .find((x) => x.element === '3.2.1')!
      .values.find((v) => v.field === 'deskTopEvidence')!;
    expect(new Set(split.sources.map((s) => (s.kind === 'cell' ? s.table : 0))).size).toBe(2);
  });
});
