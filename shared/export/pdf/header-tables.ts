import type { Content, TableCell } from 'pdfmake/interfaces';
import { PLANNED_DATE_FIELDS, PLANNED_DATE_NAMES } from '../../types/record';
import { KEY_OF_MARKS } from '../export-context';
import type { HeaderTable } from '../record-header';
import { GRID, headerCells } from './pdf-common';

/** The tables of a record's header in the PDFs: facts, key dates, cycle dates, key of marks. */

/**
 * Label/value facts in two columns where they are short: a row of two items spans the width, a
 * row of four puts two facts side by side (keeps a header on one page).
 */
export function factsGrid(
  rows: readonly (readonly [string, string] | readonly [string, string, string, string])[],
  labelWidth = 150,
): Content {
  const label = (text: string): TableCell => ({ text, style: 'label' });
  return {
    layout: GRID,
    table: {
      widths: [labelWidth, '*', 80, '*'],
      dontBreakRows: true,
      body: rows.map((row): TableCell[] =>
        row.length === 4
          ? [label(row[0]), row[1], label(row[2]), row[3]]
          : [label(row[0]), { text: row[1], colSpan: 3 }, '', ''],
      ),
    },
  };
}

/** Facts with their labels in one row and the values beneath, as the record's date tables. */
export function labelsAboveValues(facts: readonly (readonly [string, string])[]): Content {
  return {
    layout: GRID,
    margin: [0, 6, 0, 0],
    table: {
      widths: facts.map(() => '*' as const),
      dontBreakRows: true,
      body: [facts.map(([label]) => ({ text: label, style: 'label' })), facts.map(([, v]) => v)],
    },
  };
}

/**
 * The surveillance and recertification dates of several cycles: one row per cycle under the
 * three labels (`rows`: "Cycle 2", then the three dates as `cycleDates` prints them).
 */
export function cyclesTable(rows: readonly (readonly string[])[]): Content {
  return {
    layout: GRID,
    margin: [0, 6, 0, 0],
    table: {
      widths: [60, '*', '*', '*'],
      dontBreakRows: true,
      body: [
        ['', ...PLANNED_DATE_FIELDS.map((f) => PLANNED_DATE_NAMES[f])].map((text) => ({
          text,
          style: 'label',
        })),
        ...rows.map(([cycle, ...dates]) => [{ text: cycle ?? '', style: 'label' }, ...dates]),
      ],
    },
  };
}

/** The header table of assessors and key dates, one column per stage. */
export function keyDatesTable(table: HeaderTable, labelWidth: number): Content {
  return {
    layout: GRID,
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [labelWidth, ...table.columns.map(() => '*' as const)],
      body: [
        headerCells(['', ...table.columns]),
        ...table.rows.map(([label, ...values]) => [{ text: label, style: 'label' }, ...values]),
      ],
    },
  };
}

/** The key of marks in one row of pairs. */
export function keyOfMarks(): Content {
  return {
    layout: GRID,
    table: {
      widths: KEY_OF_MARKS.map(() => '*' as const),
      body: [
        KEY_OF_MARKS.map(([code, meaning]) => ({
          text: [{ text: `${code} `, bold: true }, meaning],
          fontSize: 7.5,
        })),
      ],
    },
  };
}
