// A surveillance started in the app and exported to Word lists only what was done at it: the
// previous visit's evidence, which starting the stage clears, is not an "update" of every element.
import { describe, expect, it } from 'vitest';
import { startNextStage } from '../../shared/records/start-next-stage';
import type { IsoDate } from '../../shared/types/dates';
import type { StageId } from '../../shared/types/ids';
import type { AssessmentRecord, Stage } from '../../shared/types/record';
import { SUBHEADINGS } from '../../shared/word/layout-text';
import { buildWordRecord } from '../../shared/word/export/build-document';
import type { WordBlock, WordParagraph } from '../../shared/word/export/spec';
import { boltonRecord } from '../signoff/bolton';
import { importOk } from './support/import';
import { exportDocx, GENERATED_AT } from './support/records';

function started(): AssessmentRecord {
  const record = boltonRecord();
  const next = startNextStage(record, {
    id: 'st-bolton-sv1' as StageId,
    kind: 'surveillance-1',
    cycle: 1,
    today: '2016-03-01' as IsoDate,
  });
  if (!next.ok) throw new Error(next.errors.join('; '));
  return next.value.record;
}

const textOf = (p: WordParagraph): string => p.runs.map((r) => r.text).join('');

/**
 * The first cells (element numbers) of the table under the "evidence and notes changed" heading of
 * the Word record, or null when the record has no such heading.
 */
function updatedElements(record: AssessmentRecord): string[] | null {
  const spec = buildWordRecord(record, { generatedAt: GENERATED_AT });
  const blocks: WordBlock[] = spec.sections.flatMap((s) => [...s.blocks]);
  const at = blocks.findIndex(
    (b) => b.kind === 'paragraph' && textOf(b) === SUBHEADINGS.entryUpdates,
  );
  if (at < 0) return null;
  const table = blocks[at + 1];
  if (table?.kind !== 'table') throw new Error('no table under the heading');
  return table.rows
    .filter((r) => r.header !== true)
    .map((r) => r.cells[0]!.paragraphs.map(textOf).join(' '));
}

const withVisitEvidence = (stage: Stage, element: string, text: string): Stage => ({
  ...stage,
  entries: stage.entries.map((e) => (e.element === element ? { ...e, visitEvidence: text } : e)),
});

describe('a surveillance started in the app, in the Word record', () => {
  it('lists no element as updated while nothing was done at it', () => {
    const record = started();
    expect(record.stages[0]!.entries.filter((e) => e.visitEvidence !== '').length).toBe(12);
    expect(updatedElements(record)).toBeNull();
  });

  it('lists exactly the element whose evidence was written at it, and reads back the same', async () => {
    const base = started();
    const record = {
      ...base,
      stages: [
        base.stages[0]!,
        withVisitEvidence(base.stages[1]!, '2.1.1', 'Seen again at surveillance 1'),
      ],
    };
    expect(updatedElements(record)).toEqual([expect.stringMatching(/^2\.1\.1\b/)]);
    const imported = await importOk(await exportDocx(record), { newId: () => 'never-used' });
    // (The initial stage's VO ticks without visit text read back as "VO": documented elsewhere.)
    expect(imported.record.stages.map((s) => s.kind)).toEqual(['initial', 'surveillance-1']);
    expect(imported.record.stages[1]!.entries).toEqual(record.stages[1]!.entries);
  });
});
