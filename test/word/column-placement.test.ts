import { describe, expect, it } from 'vitest';
import type { ColumnStats } from '../../shared/word/import/column-stats';
import type { LayoutEvidence } from '../../shared/word/import/element-layout';
import { placeColumns } from '../../shared/word/import/element-layout';
import { readHeaderText } from '../../shared/word/import/header-words';

const TEXT: ColumnStats = {
  filled: 20,
  marks: 0,
  noMark: 0,
  elementNumbers: 0,
  bareNumbers: 0,
  visitNotes: 0,
  statements: 0,
};
const MARKS: ColumnStats = { ...TEXT, marks: 20 };
const ELEMENT: ColumnStats = { ...TEXT, elementNumbers: 20 };

function layout(headers: string[], stats: ColumnStats[]): LayoutEvidence {
  return {
    columns: headers.length,
    headers,
    readings: headers.map(readHeaderText),
    stats,
    elementColumn: stats.indexOf(ELEMENT),
    elementRows: 20,
  };
}

const roles = (e: LayoutEvidence, mapping?: Record<number, never>): (string | null)[] =>
  placeColumns(e, mapping).map((c) => c.role);

describe('column headers as people and scanners write them', () => {
  it.each([
    ['A Visit Result', 'finalMark'],
    ['A Visi Resul', 'finalMark'],
    ['AV', 'finalMark'],
    ['Final Result', 'finalMark'],
    ['Final mark', 'finalMark'],
    ['On-site', 'finalMark'],
    ['Result', 'mark'],
    ['DTR', 'dtrMark'],
    ['Desk-top Result', 'dtrMark'],
    ['Desk Review', 'dtrMark'],
    ['Resuit', 'mark'],
    ['Evidence on the day', 'visitEvidence'],
    ['Visit(s) Day Evidence', 'visitEvidence'],
    ['Visit Day(s) Eviderice', 'visitEvidence'],
    ['Questions / who', 'keyQuestions'],
    ['person askeu?', 'keyQuestions'],
    ['Desk-top Evidence', 'deskTopEvidence'],
    ['Evidence submitted', 'deskTopEvidence'],
    ['Liement', 'element'],
    ['Comments', 'notes'],
    ['Previous result', 'previous'],
    ['Moderated', null],
    ['Ref', null],
  ])('"%s" reads as %s', (header, reading) => {
    expect(readHeaderText(header)).toBe(reading);
  });
});

describe('placing columns by the strongest evidence', () => {
  it('tells two mark columns apart by their place when no header does, and says so', () => {
    const e = layout(['', '', '', '', '', ''], [ELEMENT, TEXT, TEXT, TEXT, MARKS, MARKS]);
    const placed = placeColumns(e, undefined);
    expect(placed.map((c) => c.role)).toEqual([
      'element',
      'deskTopEvidence',
      'keyQuestions',
      'visitEvidence',
      'dtrMark',
      'finalMark',
    ]);
    expect(placed[4]).toMatchObject({ evidence: 'position' });
    expect(placed[5]!.why).toBe(
      'no header; 20 of 20 cells are marks; the second of two mark columns (the record has the final mark last)',
    );
  });

  it('leaves a mark column unplaced where its place contradicts the others', () => {
    const e = layout(['Element', 'Evidence', 'Grade', 'DTR'], [ELEMENT, TEXT, MARKS, MARKS]);
    const placed = placeColumns(e, undefined);
    expect(placed.map((c) => c.role)).toEqual(['element', 'deskTopEvidence', null, 'dtrMark']);
    expect(placed[2]!.reason).toContain('left of the DTR column, where no final mark is expected');
  });

  it('reads a column whose header names a mark but whose cells are text as text', () => {
    const e = layout(
      ['Element', 'Desk-top evidence', 'Questions', 'Visit', 'DTR', 'Final'],
      [ELEMENT, TEXT, TEXT, TEXT, MARKS, MARKS],
    );
    const placed = placeColumns(e, undefined);
    expect(placed[3]).toMatchObject({ role: 'visitEvidence', evidence: 'position' });
    expect(placed[3]!.why).toContain(
      'header "Visit" names a mark, but only 0 of 20 cells are marks',
    );
  });

  it('gives a role the assessor chooses to the column chosen, taking it from the other', () => {
    const e = layout(['Element', 'Evidence', 'DTR', 'Final'], [ELEMENT, TEXT, MARKS, MARKS]);
    const placed = placeColumns(e, { 2: 'finalMark' });
    expect(placed.map((c) => c.role)).toEqual(['element', 'deskTopEvidence', 'finalMark', null]);
    expect(placed[2]).toMatchObject({ evidence: 'mapping', why: 'your choice' });
    expect(placed[3]!.why).toBe('your choice gave its place to column 3');
    expect(roles(e, { 1: null } as never)).toEqual(['element', null, 'dtrMark', 'finalMark']);
  });
});
