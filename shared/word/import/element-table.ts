import type { Catalogue } from '../../catalogue/catalogue';
import type { ElementId } from '../../types/ids';
import type { DocCell, DocRow, DocTable, SourceRef } from '../read/doc-model';
import { describeSource } from '../read/doc-model';
import { leadingElementNumber, matchKey } from '../text';
import type { ColumnKey } from './columns';
import { positionalLayout } from './positional';
import type { ElementField, Located, RawElement } from './raw';
import type { StageSlot } from './stage-names';
import type { TableLayout } from './table-shape';
import { columnOfCell, filledCells, isRepeatedHeader, isTitleRow, readHeader } from './table-shape';
import type { WarningList } from './warnings';

/** Where the rows of an element table go, and where what cannot be placed goes. */
export interface ElementTableSink {
  readonly catalogue: Catalogue;
  readonly slot: StageSlot;
  readonly target: Map<ElementId, RawElement>;
  readonly warnings: WarningList;
  /** Text the importer cannot place: kept verbatim for the stage's notes. */
  readonly unplaced: (text: Located) => void;
}

const FIELD_OF: Partial<Record<ColumnKey, ElementField>> = {
  element: 'statement',
  deskTopEvidence: 'deskTopEvidence',
  keyQuestions: 'keyQuestions',
  visitEvidence: 'visitEvidence',
  dtrMark: 'dtrMark',
  finalMark: 'finalMark',
  previous: 'previous',
};

function newElement(element: ElementId, first: SourceRef): RawElement {
  return {
    element,
    first,
    columns: new Set(),
    pieces: {
      statement: [],
      deskTopEvidence: [],
      keyQuestions: [],
      visitEvidence: [],
      dtrMark: [],
      finalMark: [],
      previous: [],
    },
  };
}

/** "Criterion 1 — Customer Insight", "1.1 Customer Identification", "Customer Insight". */
export function isCatalogueCaption(text: string, catalogue: Catalogue): boolean {
  const key = matchKey(text);
  if (/^(criterion\s*)?\d(\.\d{1,2})?$/.test(key)) return true;
  const name = key.replace(/^(criterion\s*)?\d(\.\d{1,2})?\s*[-:]?\s*/, '');
  return catalogue.criteria.some(
    (c) => matchKey(c.name) === name || c.subCriteria.some((s) => matchKey(s.name) === name),
  );
}

function rowText(row: DocRow): string {
  return filledCells(row)
    .map((c) => c.text)
    .join(' | ');
}

function cellRef(table: DocTable, row: DocRow, cell: DocCell): SourceRef {
  return { kind: 'cell', table: table.index, row: row.index, cell: cell.gridStart + 1 };
}

/** The layout of the table's columns, by its header row or, without one, by its shape. */
function layoutOf(table: DocTable, sink: ElementTableSink): TableLayout {
  const header = readHeader(table);
  if (header.hasHeader) {
    const cols = new Map(header.columns);
    const hasFinal = [...cols.values()].includes('finalMark');
    for (const [g, key] of cols) if (key === 'mark' && !hasFinal) cols.set(g, 'finalMark');
    return { ...header, columns: cols };
  }
  const layout = positionalLayout(table, header.firstDataRow);
  const names = [...layout.columns.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([g, k]) => `${g + 1} ${k}`)
    .join(', ');
  sink.warnings.add(
    'no-header-row',
    `Table ${table.index} has no header row; its columns were read by position (${names}).`,
    { slot: sink.slot, source: { kind: 'cell', table: table.index, row: 1, cell: 1 } },
  );
  return layout;
}

/**
 * Reads an element table of section 1 (or a "scores changed" table) into `sink.target`. A row
 * without an element number continues the element above it — also across tables, through
 * `open`, because Word splits long rows over pages. Captions and repeated header rows are
 * skipped; anything else that is not an element row is kept verbatim via `sink.unplaced`.
 * Returns the element still open at the end of the table.
 */
export function readElementTable(
  table: DocTable,
  sink: ElementTableSink,
  open: RawElement | null,
): RawElement | null {
  const layout = layoutOf(table, sink);
  const single = table.gridColumns <= 1;
  const elementColumn = [...layout.columns.entries()].find(([, k]) => k === 'element')?.[0] ?? 0;
  const unknownColumns = new Set<number>();
  let current = open;
  for (const row of table.rows.slice(layout.firstDataRow)) {
    const filled = filledCells(row);
    if (filled.length === 0) continue;
    if (isRepeatedHeader(row, layout, single)) continue;
    const lead = row.cells.find(
      (c) => c.gridStart <= elementColumn && elementColumn < c.gridStart + c.span,
    );
    const number = lead && lead.vMerge !== 'continue' ? leadingElementNumber(lead.text) : null;
    if (!number && isTitleRow(row, table)) {
      current = null;
      if (!isCatalogueCaption(filled[0]!.text, sink.catalogue)) {
        sink.warnings.add(
          'unrecognised-row',
          `Table ${table.index}, row ${row.index} is neither an element nor a caption; kept in the notes.`,
          { slot: sink.slot, source: cellRef(table, row, filled[0]!) },
        );
        keepRow(table, row, sink);
      }
      continue;
    }
    if (number) {
      const id = number.id as ElementId;
      if (!sink.catalogue.byId.has(id)) {
        sink.warnings.add(
          'unknown-element',
          `Table ${table.index}, row ${row.index}: "${number.id}" is not an element of the standard; the row is kept in the notes.`,
          { slot: sink.slot, source: cellRef(table, row, lead!) },
        );
        keepRow(table, row, sink);
        current = null;
        continue;
      }
      const existing = sink.target.get(id);
      if (existing && existing !== current) {
        sink.warnings.add(
          'duplicate-element',
          `${id} appears again at table ${table.index}, row ${row.index} (first at ${describeSource(existing.first)}); the texts are joined.`,
          { slot: sink.slot, element: id, source: cellRef(table, row, lead!) },
        );
      }
      current = existing ?? newElement(id, cellRef(table, row, lead!));
      sink.target.set(id, current);
    } else if (!current) {
      sink.warnings.add(
        'unrecognised-row',
        `Table ${table.index}, row ${row.index} has no element number and follows no element; kept in the notes.`,
        { slot: sink.slot, source: cellRef(table, row, filled[0]!) },
      );
      keepRow(table, row, sink);
      continue;
    }
    addCells(table, row, layout, current, number?.rest ?? null, lead ?? null, sink, unknownColumns);
  }
  return current;
}

function keepRow(table: DocTable, row: DocRow, sink: ElementTableSink): void {
  const first = filledCells(row)[0];
  if (!first) return;
  sink.unplaced({ text: rowText(row), source: cellRef(table, row, first) });
}

function addCells(
  table: DocTable,
  row: DocRow,
  layout: TableLayout,
  element: RawElement,
  statementRest: string | null,
  lead: DocCell | null,
  sink: ElementTableSink,
  unknownColumns: Set<number>,
): void {
  for (const key of layout.columns.values()) {
    const field = FIELD_OF[key];
    if (field) element.columns.add(field);
  }
  for (const cell of row.cells) {
    if (cell.vMerge === 'continue') continue;
    const source = cellRef(table, row, cell);
    const text = cell === lead && statementRest !== null ? statementRest : cell.text;
    if (text.trim() === '') continue;
    const key = cell === lead ? 'element' : columnOfCell(cell, layout.columns);
    const field = key === null ? undefined : FIELD_OF[key];
    if (field) {
      element.pieces[field].push({ text: text.trim(), source });
      continue;
    }
    const title = layout.titles.get(cell.gridStart);
    const label = title ? `column "${title}"` : `column ${cell.gridStart + 1}`;
    if (!unknownColumns.has(cell.gridStart)) {
      unknownColumns.add(cell.gridStart);
      sink.warnings.add(
        'unknown-column',
        `Table ${table.index}: ${label} is not a column of the layout; its text is kept in the notes.`,
        { slot: sink.slot, element: element.element, source },
      );
    }
    sink.unplaced({ text: `${element.element}, ${label}: ${text.trim()}`, source });
  }
}
