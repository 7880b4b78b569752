import { describe, expect, it } from 'vitest';
import { expectBolton } from './support/bolton-expect';
import {
  labelLeftLayout,
  numberColumnLayout,
  unknownFinalHeaderLayout,
} from './support/bolton-layouts';
import { boltonOwnLayout } from './support/bolton-own';
import { boltonTruth } from './support/bolton-truth';
import {
  contentControlLayout,
  otherBodyLayout,
  swappedMarksLayout,
  trackedChangesLayout,
} from './support/bolton-word-features';
import { importOk } from './support/import';

const truth = boltonTruth();

/** The roles of the columns of each layout, as "1 element, 2 deskTopEvidence …". */
function roles(imported: Awaited<ReturnType<typeof importOk>>): string[] {
  return imported.preview.layouts.map((l) =>
    l.columns.map((c) => `${c.index + 1} ${c.role ?? '-'}`).join(', '),
  );
}

const RECORD_ORDER =
  '1 element, 2 deskTopEvidence, 3 keyQuestions, 4 visitEvidence, 5 dtrMark, 6 finalMark';

describe('the real record (University of Bolton, 2015) read from its text', () => {
  it('has 57 elements with both marks', () => {
    expect(truth.elements.map((e) => e.id)).toHaveLength(57);
    const partials = (m: 'dtr' | 'final'): number[] =>
      [1, 2, 3, 4, 5].map(
        (c) => truth.elements.filter((e) => e.id.startsWith(`${c}.`) && e[m] === 'P').length,
      );
    expect(partials('final')).toEqual([2, 0, 0, 3, 3]);
    // 5.2.5's DTR mark reads "Э" in the text: no mark, so criterion 5 has 8 DTR partials, not 9.
    expect(partials('dtr')).toEqual([7, 10, 8, 13, 8]);
  });
});

describe('the real record imported from eight layouts', () => {
  it('1, its own: label rows above values, "A Visit Result", blank sections 2 and 3', async () => {
    const imported = await importOk(await boltonOwnLayout(), { fallbackName: 'bolton-2015' });
    expectBolton(imported, truth);
    expect(roles(imported)).toEqual([RECORD_ORDER]);
    const blank = imported.preview.warnings.filter((w) => w.code === 'blank-template');
    expect(blank.map((w) => w.message.split(':')[0])).toEqual(['Surveillance 1', 'Surveillance 2']);
    const final = imported.preview.layouts[0]!.columns[5]!;
    expect(final).toMatchObject({ evidence: 'header', filled: 57, marks: 57 });
    expect(final.reason).toContain('57 of 57 cells are marks');
  });

  it('2, label left of value, dates written 09/03/2015 and 11th-12th March 2015', async () => {
    const imported = await importOk(await labelLeftLayout());
    expectBolton(imported, truth);
    expect(roles(imported)).toEqual([RECORD_ORDER]);
  });

  it('3, pairs of labels and values in a row, a table per criterion with a number column', async () => {
    const imported = await importOk(await numberColumnLayout());
    expectBolton(imported, truth);
    expect(roles(imported)).toEqual([
      '1 element, 2 element, 3 deskTopEvidence, 4 keyQuestions, 5 visitEvidence, 6 dtrMark, 7 finalMark',
    ]);
  });

  it('4, marks in drop-down content controls, some showing their placeholder', async () => {
    const imported = await importOk(await contentControlLayout());
    expectBolton(imported, truth);
    expect(imported.record.stages[0]!.notes).not.toContain('Choose an item');
  });

  it('5, tracked changes: read as the document now stands, with a warning', async () => {
    const imported = await importOk(await trackedChangesLayout());
    expectBolton(imported, truth);
    const tracked = imported.preview.trackedChanges;
    expect(tracked.insertions).toBeGreaterThan(10);
    expect(tracked.deletions).toBeGreaterThan(10);
    expect(imported.preview.warnings[0]?.code).toBe('tracked-changes');
    expect(JSON.stringify(imported.record)).not.toContain('draft wording');
  });

  it('6, another body: "Questions / who", "Evidence on the day", a stage table, nested tables, links, fields, merged cells', async () => {
    const imported = await importOk(await otherBodyLayout());
    expectBolton(imported, truth);
    expect(roles(imported)).toEqual([RECORD_ORDER]);
    expect(JSON.stringify(imported.record)).not.toContain('MERGEFIELD');
  });

  it('7, the mark columns swapped (final left of DTR), as the headers say', async () => {
    const imported = await importOk(await swappedMarksLayout());
    expectBolton(imported, truth);
    expect(roles(imported)).toEqual([
      '1 element, 2 deskTopEvidence, 3 keyQuestions, 4 visitEvidence, 5 finalMark, 6 dtrMark',
    ]);
  });

  it('8, a final-mark header no vocabulary knows: blocked until the column is mapped', async () => {
    const bytes = await unknownFinalHeaderLayout();
    const first = await importOk(bytes);
    expect(first.preview.blocking.map((b) => b.code)).toEqual(['no-final-marks']);
    expect(first.preview.blocking[0]!.message).toMatch(
      /^Initial assessment: 0 of 57 elements have a final mark/,
    );
    const layout = first.preview.layouts[0]!;
    const column = layout.columns[4]!;
    expect(column).toMatchObject({ header: 'Moderated', role: null, marks: 57 });
    expect(column.reason).toContain('left of the DTR column');
    const mapped = await importOk(bytes, { columnMappings: { [layout.key]: { 4: 'finalMark' } } });
    expectBolton(mapped, truth);
    expect(mapped.preview.layouts[0]!.columns[4]).toMatchObject({
      role: 'finalMark',
      evidence: 'mapping',
    });
  });
});
