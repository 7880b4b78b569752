import type { DocCell, DocRow, DocTable, SourceRef } from '../read/doc-model';
import { isPlaceholder } from '../text';
import type { LabelReading } from './labels';
import { labelOf, labelledParagraph } from './labels';
import type { Located } from './raw';
import type { StageMention } from './stage-names';
import { stageMention } from './stage-names';
import { cellSource, rowAsText } from './tables';

/**
 * Tables of labels and values in every orientation real records use: the label left of its
 * value ("Reference | 14/5167", also several pairs in a row), a row of labels with the values
 * in the row beneath (the real header and key-date tables, several such pairs in one table),
 * stages across the top with labels down the side, and stages down the side under a label
 * ("| Name of Assessor" over "Initial / 3 Year Assessment | Tariq Mahmood"). A row of labels
 * with nothing beneath is a blank template and gives nothing.
 */

type Cell =
  | { readonly kind: 'blank'; readonly cell: DocCell }
  | { readonly kind: 'label'; readonly cell: DocCell; readonly label: LabelReading }
  | { readonly kind: 'stage'; readonly cell: DocCell; readonly mention: StageMention }
  /** A cell of a row of labels that is no label the import knows ("Contract No."). */
  | { readonly kind: 'unknown-label'; readonly cell: DocCell; readonly text: string }
  | {
      readonly kind: 'value';
      readonly cell: DocCell;
      readonly text: string;
      /** Set when the cell holds "Label: value" itself. */
      readonly label?: LabelReading;
    };

function classify(cell: DocCell): Cell {
  const text = cell.text.trim();
  if (text === '' || isPlaceholder(text)) return { kind: 'blank', cell };
  const label = labelOf(text);
  const named = text.length <= 60 ? stageMention(text) : null;
  // "Reassessment (cycle 2)" names a stage; "Date of recertification" is a label.
  if (named && (label === null || (label.key === 'cycleDate' && !/\bdate/i.test(text)))) {
    return { kind: 'stage', cell, mention: named };
  }
  if (label) return { kind: 'label', cell, label };
  const inline = labelledParagraph(text);
  if (inline) {
    return inline.value === '' || isPlaceholder(inline.value)
      ? { kind: 'label', cell, label: inline.label }
      : { kind: 'value', cell, text: inline.value, label: inline.label };
  }
  return { kind: 'value', cell, text };
}

function classifyRow(row: DocRow): Cell[] {
  return row.cells.filter((c) => c.vMerge !== 'continue').map(classify);
}

/**
 * Cells read with the row beneath: a row mostly of labels over a row of values only is a row of
 * labels, so its other cells are labels too (unknown ones), and stage names in it that name
 * cycle dates ("1st Surveillance" over "TBC") are labels, not the columns of a stage table.
 */
function inRowContext(grid: readonly Cell[][]): Cell[][] {
  return grid.map((row, i) => {
    const next = grid[i + 1];
    if (!next || next.some((c) => c.kind === 'label' || c.kind === 'stage')) return row;
    const under = next.filter((c) => c.kind === 'value');
    const filled = row.filter((c) => c.kind !== 'blank');
    if (under.length === 0 || under.length * 2 < filled.length) return row;
    const asLabel = (c: Cell): Cell => {
      if (c.kind !== 'stage') return c;
      const label = labelOf(c.cell.text);
      return label?.key === 'cycleDate' ? { kind: 'label', cell: c.cell, label } : c;
    };
    const relabelled = row.map(asLabel);
    const labels = relabelled.filter((c) => c.kind === 'label').length;
    const values = relabelled.filter((c) => c.kind === 'value' && !c.label).length;
    if (labels === 0 || labels < values) return relabelled;
    return relabelled.map((c) =>
      c.kind === 'value' && !c.label ? { kind: 'unknown-label', cell: c.cell, text: c.text } : c,
    );
  });
}

/** "Sent to client" beside "Second desk-top analysis" is the second analysis's. */
function inContext(label: LabelReading, row: readonly Cell[]): LabelReading {
  const second = row.some((c) => c.kind === 'label' && c.label.key === 'secondDeskTopReview');
  if (!second) return label;
  if (label.key === 'deskTopSentToClient') return { ...label, key: 'secondDeskTopSentToClient' };
  if (label.key === 'deskTopSentToCertifyingBody') {
    return { ...label, key: 'secondDeskTopSentToCertifyingBody' };
  }
  return label;
}

function covers(cell: DocCell, g: number): boolean {
  return cell.gridStart <= g && g < cell.gridStart + cell.span;
}

/** True when the table reads as labels and values: it has labels and little else. */
export function isKeyValueTable(table: DocTable): boolean {
  const cells = table.rows.flatMap(classifyRow).filter((c) => c.kind !== 'blank');
  const labelled = cells.filter((c) => c.kind === 'label' || (c.kind === 'value' && c.label));
  const keyed = labelled.length + cells.filter((c) => c.kind === 'stage').length;
  return labelled.length >= 1 && keyed * 10 >= cells.length * 3;
}

interface Entry {
  readonly label: LabelReading;
  readonly stage: StageMention | null;
  readonly texts: string[];
  readonly source: SourceRef;
}

/** A value found under or beside its label, with the stage the table puts it in, if any. */
export interface KeyValue {
  readonly label: LabelReading;
  readonly value: Located;
  readonly stage: StageMention | null;
}

/**
 * The label–value pairs of a table, the values under labels the import does not know
 * ("Contract No.: 55-0012", kept verbatim and listed in `unknown`), and the rows with values no
 * label claims (kept verbatim). Values of one label over several rows (a label-left table
 * continuing on the next row) are joined with line breaks.
 */
export function readKeyValues(table: DocTable): {
  pairs: KeyValue[];
  unplaced: Located[];
  unknown: { readonly label: string; readonly value: Located }[];
} {
  const unknown: { label: string; value: Located }[] = [];
  const grid = inRowContext(table.rows.map(classifyRow));
  const entries = new Map<string, Entry>();
  const ids = new Map<DocCell, number>();
  const keyOf = (cell: DocCell, stage: StageMention | null): string => {
    if (!ids.has(cell)) ids.set(cell, ids.size);
    return `${ids.get(cell)}|${stage ? `${stage.kind}#${stage.cycle ?? ''}` : ''}`;
  };
  const unplaced: Located[] = [];
  let columnLabels: { cell: DocCell; label: LabelReading | null; text: string }[] = [];
  let columnStages: { cell: DocCell; mention: StageMention }[] = [];
  let previous = new Map<number, string>();
  table.rows.forEach((row, r) => {
    const cells = grid[r] ?? [];
    const values = cells.filter((c) => c.kind === 'value');
    const labels = cells.filter((c) => c.kind === 'label' || c.kind === 'unknown-label');
    const stages = cells.filter((c) => c.kind === 'stage');
    if (values.length === 0) {
      if (labels.length > 0) {
        columnLabels = cells.flatMap((c): typeof columnLabels =>
          c.kind === 'label'
            ? [{ cell: c.cell, label: inContext(c.label, cells), text: c.cell.text.trim() }]
            : c.kind === 'unknown-label'
              ? [{ cell: c.cell, label: null, text: c.text }]
              : [],
        );
      } else if (stages.length >= 2)
        columnStages = stages.map((c) => ({ cell: c.cell, mention: c.mention }));
      previous = new Map();
      return;
    }
    const used = new Map<number, string>();
    let lost = false;
    for (const v of values) {
      const g = v.cell.gridStart;
      const left = cells.slice(0, cells.indexOf(v)).reverse();
      const rowStage = left.find((c) => c.kind === 'stage');
      const stage =
        rowStage?.kind === 'stage'
          ? rowStage.mention
          : (columnStages.find((s) => covers(s.cell, g))?.mention ?? null);
      let key: string | undefined;
      let label: LabelReading | undefined;
      const leftLabel = left.find((c) => c.kind === 'label');
      const above = columnLabels.find((l) => covers(l.cell, g));
      if (v.label) [key, label] = [keyOf(v.cell, stage), v.label];
      else if (leftLabel?.kind === 'label') {
        [key, label] = [keyOf(leftLabel.cell, stage), inContext(leftLabel.label, cells)];
      } else if (above?.label) [key, label] = [keyOf(above.cell, stage), above.label];
      else if (above) {
        const value = { text: v.text, source: cellSource(table, row, v.cell) };
        unknown.push({ label: above.text, value });
        unplaced.push({ ...value, text: `${above.text}: ${v.text}` });
        continue;
      } else if (labels.length === 0 && previous.has(g)) {
        key = previous.get(g);
        label = key === undefined ? undefined : entries.get(key)?.label;
      }
      if (key === undefined || !label) {
        lost = true;
        continue;
      }
      used.set(g, key);
      const entry = entries.get(key) ?? {
        label,
        stage: stage ?? label.stage,
        texts: [],
        source: cellSource(table, row, v.cell),
      };
      entry.texts.push(v.text);
      entries.set(key, entry);
    }
    previous = used;
    if (lost) {
      const kept = rowAsText(table, row);
      if (kept) unplaced.push(kept);
    }
  });
  const pairs = [...entries.values()].map((e) => ({
    label: e.label,
    stage: e.stage,
    value: { text: e.texts.join('\n'), source: e.source },
  }));
  return { pairs, unplaced, unknown };
}
