import type { Catalogue } from '../../catalogue/catalogue';
import type { ElementId } from '../../types/ids';
import type { DocCell, DocRow, DocTable, SourceRef } from '../read/doc-model';
import { describeSource } from '../read/doc-model';
import { leadingElementNumber } from '../text';
import type { ColumnKey } from './columns';
import { isCaptionRow, isCatalogueCaption, isHeaderRow } from './element-rows';
import type { ElementTableRead } from './layout-scan';
import type { ElementField, Located, RawElement } from './raw';
import type { StageSlot } from './stage-names';
import type { TableLayout } from './table-shape';
import { columnOfCell, filledCells, isTitleRow } from './table-shape';
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

function rowText(row: DocRow): string {
  return filledCells(row)
    .map((c) => c.text)
    .join(' | ');
}

function cellRef(table: DocTable, row: DocRow, cell: DocCell): SourceRef {
  return { kind: 'cell', table: table.index, row: row.index, cell: cell.gridStart + 1 };
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
  read: ElementTableRead,
  sink: ElementTableSink,
  open: RawElement | null,
): RawElement | null {
  const layout = read.layout;
  const elementColumn = [...layout.columns.entries()].find(([, k]) => k === 'element')?.[0] ?? 0;
  let current = open;
  for (const row of table.rows.slice(layout.firstDataRow)) {
    const filled = filledCells(row);
    if (filled.length === 0) continue;
    if (isHeaderRow(row, sink.catalogue)) continue;
    if (isCaptionRow(row, sink.catalogue)) {
      current = null;
      continue;
    }
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
    addCells(table, row, layout, current, number?.rest ?? null, lead ?? null, sink);
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
    sink.unplaced({ text: `${element.element}, ${label}: ${text.trim()}`, source });
  }
}
