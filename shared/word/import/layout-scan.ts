import type { Catalogue } from '../../catalogue/catalogue';
import type { DocBlock, DocRow, DocTable } from '../read/doc-model';
import type { ColumnKey } from './columns';
import { columnStats, rowElement } from './column-stats';
import { placeColumns } from './element-layout';
import { columnHeaders, headerRowCount, isCaptionRow, isHeaderRow } from './element-rows';
import type { HeaderReading } from './header-words';
import { readHeaderText } from './header-words';
import type { ColumnMappings, PreviewColumn, PreviewLayout } from './layout-types';
import type { TableLayout } from './table-shape';

/**
 * The pass over the document before the walk: every table with element rows is given a layout
 * key (its column count and what its headers say; a table without headers continues the layout
 * before it), each layout's columns are placed from all of its tables together, and the
 * assessor's mapping is laid over them. The walk then reads element tables through these.
 */

/** How to read one element table. */
export interface ElementTableRead {
  readonly layoutKey: string;
  /** Columns not placed, and those kept in the notes, are left out of `layout.columns`. */
  readonly layout: TableLayout;
}

interface Group {
  readonly key: string;
  readonly columns: number;
  readonly tables: { readonly table: DocTable; readonly headerRows: number }[];
  /** How often each header text heads each column, to show the most common. */
  readonly headerVotes: Map<string, number>[];
  readonly readings: HeaderReading[];
}

/** The header most of a layout's tables give each column. */
function headersOf(group: Group): string[] {
  return group.headerVotes.map((votes) => {
    let best = '';
    let most = 0;
    for (const [text, n] of votes) if (n > most) [best, most] = [text, n];
    return best;
  });
}

/** Data rows of a table: after its header rows, without captions and repeated headers. */
function dataRows(table: DocTable, from: number, catalogue: Catalogue): DocRow[] {
  return table.rows
    .slice(from)
    .filter((r) => !isCaptionRow(r, catalogue) && !isHeaderRow(r, catalogue));
}

/** True when some row starts an element of the standard. */
function hasElements(table: DocTable, catalogue: Catalogue): boolean {
  return table.gridColumns >= 3 && table.rows.some((r) => rowElement(r, catalogue) !== null);
}

export class DocumentLayouts {
  private readonly groups = new Map<string, Group>();
  private readonly byTable = new Map<number, { group: Group; headerRows: number }>();
  private readonly placed = new Map<string, PreviewColumn[]>();
  private readonly rows = new Map<number, DocRow[]>();
  private readonly used = new Set<number>();

  constructor(
    blocks: readonly DocBlock[],
    private readonly catalogue: Catalogue,
    private readonly mappings: ColumnMappings,
  ) {
    let previous: Group | null = null;
    for (const block of blocks) {
      if (block.kind !== 'table' || !hasElements(block, catalogue)) continue;
      const headerRows = headerRowCount(block, catalogue);
      let group: Group;
      if (headerRows === 0 && previous && previous.columns === block.gridColumns) {
        group = previous;
      } else {
        const { all, shown } = columnHeaders(block, headerRows, catalogue);
        const readings = all.map(readHeaderText);
        const key =
          headerRows === 0
            ? `${block.gridColumns}:no header`
            : `${block.gridColumns}:${readings.map((r) => r ?? '-').join(',')}`;
        group = this.groups.get(key) ?? {
          key,
          columns: block.gridColumns,
          tables: [],
          headerVotes: shown.map(() => new Map<string, number>()),
          readings,
        };
        shown.forEach((text, g) => {
          const votes = group.headerVotes[g];
          if (votes && text !== '') votes.set(text, (votes.get(text) ?? 0) + 1);
        });
        this.groups.set(key, group);
      }
      group.tables.push({ table: block, headerRows });
      this.byTable.set(block.index, { group, headerRows });
      previous = group;
    }
  }

  /** The data rows of one of the layouts' tables, worked out once. */
  private dataRowsOf(t: Group['tables'][number]): DocRow[] {
    let rows = this.rows.get(t.table.index);
    if (!rows) {
      rows = dataRows(t.table, t.headerRows, this.catalogue);
      this.rows.set(t.table.index, rows);
    }
    return rows;
  }

  private columnsOf(group: Group): PreviewColumn[] {
    const known = this.placed.get(group.key);
    if (known) return known;
    const rows = group.tables.flatMap((t) => this.dataRowsOf(t));
    const { stats, elementColumn, elementRows } = columnStats(rows, group.columns, this.catalogue);
    const columns = placeColumns(
      {
        columns: group.columns,
        headers: headersOf(group),
        readings: group.readings,
        stats,
        elementColumn,
        elementRows,
      },
      this.mappings[group.key],
    );
    this.placed.set(group.key, columns);
    return columns;
  }

  /** True when the table has element rows (a candidate for an element table). */
  isElementTable(index: number): boolean {
    return this.byTable.has(index);
  }

  /** How to read an element table; `null` for a table without element rows. */
  forTable(table: DocTable): ElementTableRead | null {
    const found = this.byTable.get(table.index);
    if (!found) return null;
    this.used.add(table.index);
    const columns = this.columnsOf(found.group);
    const map = new Map<number, ColumnKey>();
    const titles = new Map<number, string>();
    for (const c of columns) {
      if (c.header !== '') titles.set(c.index, c.header);
      if (c.role !== null && c.role !== 'notes') map.set(c.index, c.role);
    }
    return {
      layoutKey: found.group.key,
      layout: {
        columns: map,
        titles,
        firstDataRow: found.headerRows,
        hasHeader: found.headerRows > 0,
      },
    };
  }

  /** The layouts of the tables read as element tables, in document order. */
  preview(): PreviewLayout[] {
    const out: PreviewLayout[] = [];
    for (const group of this.groups.values()) {
      const tables = group.tables.map((t) => t.table.index).filter((i) => this.used.has(i));
      if (tables.length === 0) continue;
      const rows = group.tables
        .filter((t) => this.used.has(t.table.index))
        .flatMap((t) => this.dataRowsOf(t));
      out.push({
        key: group.key,
        number: out.length + 1,
        tables,
        elementRows: rows.filter((r) => rowElement(r, this.catalogue) !== null).length,
        columns: this.columnsOf(group),
      });
    }
    return out;
  }
}
