import type { ElementId } from '../../types/ids';
import type { DocTable } from '../read/doc-model';
import { leadingElementNumber } from '../text';
import type { ColumnKey, TableKind } from './columns';
import { tableKindOf } from './columns';
import { readElementTable } from './element-table';
import { hasElementRows } from './element-rows';
import type { ElementNote, Located, RawRow } from './raw';
import { pushTo } from './raw';
import type { TableLayout } from './table-shape';
import { filledCells, readHeader } from './table-shape';
import { isKeyValueTable, readKeyValues } from './key-values';
import { isKeyOfMarks, readRows, rowAsText } from './tables';
import type { WalkContext } from './walk-context';

/** Tables of these kinds belong to a surveillance section; outside one they open it. */
const SURVEILLANCE_TABLES: ReadonlySet<TableKind> = new Set([
  'documents',
  'activities',
  'plan',
  'what-has-changed',
  'significant-changes',
  'points',
]);

function keepTable(ctx: WalkContext, table: DocTable, why: string): void {
  ctx.warnings.add(
    'unrecognised-row',
    `Table ${table.index} ${why}; its text is kept in the notes.`,
    {
      slot: ctx.section === 0 ? null : ctx.currentSlot(),
      source: { kind: 'cell', table: table.index, row: 1, cell: 1 },
    },
  );
  for (const row of table.rows) {
    const kept = rowAsText(table, row);
    if (kept) ctx.unplaced(kept);
  }
}

/** CP justifications or development points by element, from a table of element and text. */
function readElementNotes(
  ctx: WalkContext,
  table: DocTable,
  layout: TableLayout,
  cp: boolean,
): void {
  const stage = ctx.current();
  const list = cp ? (stage.cpList ??= new Map()) : (stage.developmentList ??= new Map());
  const columns: Map<number, ColumnKey> = layout.hasHeader
    ? new Map(layout.columns)
    : new Map([[0, 'element' as ColumnKey]]);
  if (!layout.hasHeader) {
    columns.set(Math.max(1, table.gridColumns - 1), cp ? 'justification' : 'developmentPoint');
    if (table.gridColumns >= 3) columns.set(1, 'mark');
  }
  const { rows, unmapped } = readRows(table, { ...layout, columns });
  unmapped.forEach((u) => ctx.unplaced(u));
  let last: ElementNote | null = null;
  for (const row of rows) {
    const textCell = row.cells.get(cp ? 'justification' : 'developmentPoint');
    const elementCell = row.cells.get('element');
    const lead = leadingElementNumber(elementCell?.text ?? textCell?.text ?? '');
    const id = lead?.id as ElementId | undefined;
    if (id && ctx.catalogue.byId.has(id)) {
      const text = elementCell ? textCell : textCell && { ...textCell, text: lead?.rest ?? '' };
      const note: ElementNote = list.get(id) ?? { element: id, text: [] };
      list.set(id, note);
      if (text && text.text.trim() !== '') note.text.push(text);
      last = note;
    } else if (!elementCell && last && textCell) {
      last.text.push(textCell);
    } else {
      const kept = [...row.cells.values()].map((c) => c.text).join(' | ');
      ctx.unplaced({ text: kept, source: row.source });
    }
  }
}

function readKeyValueTable(ctx: WalkContext, table: DocTable): void {
  const { pairs, unplaced, unknown } = readKeyValues(table);
  for (const u of unknown) {
    ctx.warnings.add(
      'unknown-label',
      `Table ${table.index}: "${u.label}" is not a label the import knows; "${u.value.text}" beneath it is kept in the notes.`,
      { slot: ctx.section === 0 ? null : ctx.currentSlot(), source: u.value.source },
    );
  }
  for (const pair of pairs)
    ctx.detail(pair.stage ? { ...pair.label, stage: pair.stage } : pair.label, pair.value);
  unplaced.forEach((u) => ctx.unplaced(u));
}

function addRows(ctx: WalkContext, kind: TableKind, rows: readonly RawRow[]): void {
  const stage = ctx.current();
  for (const row of rows) {
    if (kind === 'contacts') ctx.header.contacts.push(row);
    else if (kind === 'notes') stage.notes.push(...row.cells.values());
    else pushTo(stage.tables, kind, row);
  }
}

/** Tables with element rows that are lists about elements, not the assessment analysis. */
const ELEMENT_LISTS: ReadonlySet<TableKind | null> = new Set([
  'cp-justification',
  'development-notes',
  'points',
]);

/** What a table is: by its header's words, by the sub-heading it is under, by element rows. */
function kindOf(ctx: WalkContext, table: DocTable, layout: TableLayout): TableKind | null {
  const kind = layout.hasHeader ? tableKindOf(new Set(layout.columns.values())) : null;
  if (kind === null && hasElementRows(table)) {
    if (ctx.topic === 'cp') return 'cp-justification';
    if (ctx.topic === 'development') return 'development-notes';
  }
  if (ctx.layouts.isElementTable(table.index) && !ELEMENT_LISTS.has(kind)) return 'elements';
  return kind;
}

/** The texts of the table's filled cells. */
function filledTexts(table: DocTable): string[] {
  return table.rows.flatMap((r) => filledCells(r).map((c) => c.text.trim()));
}

/**
 * Reads one top-level table into the walk. `asParagraph` reads a table of one filled cell as a
 * heading would be read ("Compliance plus Justification: |"), returning false when it is not one.
 */
export function walkTable(
  ctx: WalkContext,
  table: DocTable,
  asParagraph: (text: string) => boolean = () => false,
): void {
  if (isKeyOfMarks(table)) return;
  const layout = readHeader(table);
  const kind = kindOf(ctx, table, layout);
  if (kind === null) {
    const only = filledTexts(table);
    if (only.length === 1 && asParagraph(only[0]!)) return;
    if (isKeyValueTable(table)) return readKeyValueTable(ctx, table);
    return keepTable(ctx, table, 'was not recognised');
  }
  if (SURVEILLANCE_TABLES.has(kind) && ctx.section < 2) ctx.enterSection(2, null, null);
  if (kind === 'elements') {
    const read = ctx.layouts.forTable(table);
    if (!read) {
      if (table.rows.length > layout.firstDataRow) {
        keepTable(ctx, table, 'has the headers of an element table but no element numbers');
      }
      return;
    }
    const stage = ctx.current();
    const changes = ctx.section === 3 || ctx.topic === 'score-changes';
    if (!changes) stage.analysis = true;
    ctx.elementTables += 1;
    const target = changes ? stage.changes : stage.elements;
    const open = ctx.open && target.get(ctx.open.element) === ctx.open ? ctx.open : null;
    ctx.open = readElementTable(
      table,
      read,
      {
        catalogue: ctx.catalogue,
        slot: ctx.currentSlot(),
        target,
        warnings: ctx.warnings,
        unplaced: (t: Located) => ctx.unplaced(t),
      },
      open,
    );
    return;
  }
  ctx.open = null;
  if (kind === 'cp-justification' || kind === 'development-notes') {
    return readElementNotes(ctx, table, layout, kind === 'cp-justification');
  }
  const { rows, unmapped } = readRows(table, layout);
  unmapped.forEach((u) => ctx.unplaced(u));
  if (kind === 'scoring' && ctx.section === 0) ctx.header.scoring.push(...rows);
  else addRows(ctx, kind, rows);
}
