import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { buildDocx, p, row, table } from './support/docx-builder';
import { importOk } from './support/import';
import { dropDown, tableXml } from './support/word-xml';

const statement = (id: string): string => DEFAULT_CATALOGUE.byId.get(id as never)!.statement;
const HEADER = ['Element', 'Desk-top evidence', 'Key questions', 'Visit evidence', 'DTR', 'Final'];

describe('Word features of real templates', () => {
  it('leaves out a table row deleted with tracking on, and says the document holds changes', async () => {
    const bytes = await buildDocx([
      p('Name of organisation: Harbour Trust'),
      {
        kind: 'xml',
        xml: tableXml(
          [
            HEADER,
            [`1.1.1 ${statement('1.1.1')}`, 'Old survey', 'Ask staff', 'VO', 'NC', 'NC'],
            [`1.1.1 ${statement('1.1.1')}`, 'Survey 2015', 'Ask staff', 'VO', 'P', 'F'],
            [`1.1.2 ${statement('1.1.2')}`, 'Insight report', '', '', 'F', 'F'],
          ],
          [1],
        ),
      },
    ]);
    const imported = await importOk(bytes);
    const [first, second] = imported.record.stages[0]!.entries;
    expect(first).toMatchObject({ deskTopEvidence: 'Survey 2015', dtrMark: 'P', finalMark: 'F' });
    expect(second).toMatchObject({ dtrMark: 'F', finalMark: 'F' });
    expect(imported.preview.trackedChanges).toEqual({ insertions: 0, deletions: 1 });
    expect(imported.preview.warnings.map((w) => w.code)).not.toContain('duplicate-element');
    expect(JSON.stringify(imported.record)).not.toContain('Old survey');
  });

  it('reads a drop-down content control as its chosen mark, and its placeholder as no mark', async () => {
    const bytes = await buildDocx([
      p('Name of organisation: Harbour Trust'),
      table([
        row(...HEADER),
        row(
          `1.1.1 ${statement('1.1.1')}`,
          'Survey',
          'Ask',
          'VO',
          { text: '', xml: dropDown('P') },
          {
            text: '',
            xml: dropDown('F'),
          },
        ),
        row(
          `1.1.2 ${statement('1.1.2')}`,
          'Report',
          'Ask',
          'VO',
          { text: '', xml: dropDown('F') },
          {
            text: '',
            xml: dropDown(null),
          },
        ),
      ]),
    ]);
    const entries = (await importOk(bytes)).record.stages[0]!.entries;
    expect(entries[0]).toMatchObject({ dtrMark: 'P', finalMark: 'F' });
    expect(entries[1]).toMatchObject({ dtrMark: 'F', finalMark: null });
  });

  it('refuses a document with no element numbers, saying what it found', async () => {
    const { importDocx } = await import('../../shared/word/import/import-docx');
    const { LIBS, counterIds } = await import('./support/import');
    const tables = Array.from({ length: 23 }, (_, i) =>
      table([row(`Agenda item ${i + 1}`, 'Notes')]),
    );
    const result = await importDocx(await buildDocx(tables), LIBS, { newId: counterIds() });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.message).toMatch(
        /^found 23 tables, none with element numbers such as 1\.1\.1/,
      );
    }
  });
});
