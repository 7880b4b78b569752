// The Word record's new parts (issue 14) still read back: notes on elements without a
// development point, entries edited at a surveillance without a change of score, a change of
// DTR mark only, and the category row of the header.
import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '../../shared/types/record';
import { buildWordRecord } from '../../shared/word/export/build-document';
import { SUBHEADINGS } from '../../shared/word/layout-text';
import { importOk } from '../word/support/import';
import { exchangeOf, exportDocx, sampleRecord } from '../word/support/records';

function edited(): AssessmentRecord {
  const base = sampleRecord();
  return {
    ...base,
    stages: base.stages.map((s) => {
      if (s.kind !== 'surveillance-2') return s;
      return {
        ...s,
        entries: s.entries.map((e) => {
          // Its point was cleared at Surveillance 1; the note stays on the element.
          if (e.element === '4.2.3') return { ...e, developmentNote: 'Keep benchmarking yearly.' };
          // A text edit, not a score change.
          if (e.element === '2.1.1') return { ...e, keyQuestions: 'Ask the new Head of Service' };
          // A change of DTR mark only.
          if (e.element === '1.1.1') return { ...e, dtrMark: 'P' };
          return e;
        }),
      };
    }),
  };
}

describe('the Word record of issue 14', () => {
  it('reads back the same record, with every new part', async () => {
    const record = edited();
    const headings = buildWordRecord(record, { generatedAt: '2025-05-01' })
      .sections.flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(headings).toContain(SUBHEADINGS.otherNotes);
    expect(headings).toContain(SUBHEADINGS.entryUpdates);
    const imported = await importOk(await exportDocx(record), { newId: () => 'never-used' });
    expect(imported.preview.warnings).toEqual([]);
    expect(imported.preview.unplaced).toEqual([]);
    expect(exchangeOf(imported.record)).toEqual(exchangeOf(record));
  }, 60_000);
});
