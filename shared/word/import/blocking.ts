import type { AssessmentRecord } from '../../types/record';
import type { BlockingIssue, PreviewLayout } from './layout-types';
import { COLUMN_ROLE_NAMES } from './layout-types';
import type { ImportWarning, PreviewStage } from './preview-types';

/**
 * What stops an import until the assessor maps a column or confirms: a stage read from element
 * tables with no final mark at all, or one mark column empty while the other is full, or a
 * layout with a DTR column and no final one. Not a quiet success: the preview shows each.
 */

function tables(layout: PreviewLayout): string {
  const list = layout.tables.join(', ');
  return `layout ${layout.number} (table${layout.tables.length === 1 ? '' : 's'} ${list})`;
}

const capital = (text: string): string => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

/** The layout to fix for a missing final mark: one without a final-mark column that has marks. */
function suspect(layouts: readonly PreviewLayout[]): PreviewLayout | undefined {
  return (
    layouts.find((l) => !l.columns.some((c) => c.role === 'finalMark' && c.marks > 0)) ?? layouts[0]
  );
}

/**
 * The blocking issues of an import. A stage with no final mark while the document's final-mark
 * columns do hold marks elsewhere is a stage whose visit has not taken place yet, not a misread
 * column: it does not block (the preview's counts show it).
 */
export function blockingIssues(
  record: AssessmentRecord,
  stages: readonly PreviewStage[],
  layouts: readonly PreviewLayout[],
): BlockingIssue[] {
  const blocking: BlockingIssue[] = [];
  const anyMarks = (role: 'finalMark' | 'dtrMark'): boolean =>
    layouts.some((l) => l.columns.some((c) => c.role === role && c.marks > 0));
  for (const preview of stages) {
    if (preview.counts.found === 0 || preview.counts.carried > 0) continue;
    const entries = record.stages.find((s) => s.id === preview.stageId)?.entries ?? [];
    const final = entries.filter((e) => e.finalMark !== null).length;
    const dtr = entries.filter((e) => e.dtrMark !== null).length;
    const n = entries.length;
    if (final === 0 && !anyMarks('finalMark')) {
      const layout = suspect(layouts);
      blocking.push({
        code: 'no-final-marks',
        message: `${preview.title}: 0 of ${n} elements have a final mark${dtr > 0 ? ` (${dtr} have a DTR mark)` : ''}. Choose the column that holds the final marks${layout ? ` in ${tables(layout)}` : ''}, or confirm that the record has none yet.`,
        layoutKey: layout?.key ?? null,
      });
    } else if (dtr === 0 && final >= n / 2 && !anyMarks('dtrMark')) {
      const layout = layouts.find(
        (l) => !l.columns.some((c) => c.role === 'dtrMark' && c.marks > 0),
      );
      blocking.push({
        code: 'empty-mark-column',
        message: `${preview.title}: 0 of ${n} elements have a DTR mark, while ${final} have a final mark. Choose the column that holds the DTR marks, or confirm that the record has none.`,
        layoutKey: layout?.key ?? null,
      });
    }
  }
  if (blocking.length > 0) return blocking;
  for (const layout of layouts) {
    const dtr = layout.columns.find((c) => c.role === 'dtrMark');
    const final = layout.columns.find((c) => c.role === 'finalMark');
    if (dtr && dtr.marks > 0 && (!final || final.marks === 0)) {
      blocking.push({
        code: final ? 'empty-mark-column' : 'no-mark-column',
        message: `In ${tables(layout)} ${final ? `the ${COLUMN_ROLE_NAMES.finalMark} column is empty` : `no column is read as the ${COLUMN_ROLE_NAMES.finalMark}`}, though its DTR column holds ${dtr.marks} marks. Choose the column, or confirm.`,
        layoutKey: layout.key,
      });
    }
  }
  return blocking;
}

/** Warnings about the layouts: columns not placed, and mark columns told apart by place only. */
export function layoutWarnings(layouts: readonly PreviewLayout[]): ImportWarning[] {
  const out: ImportWarning[] = [];
  for (const layout of layouts) {
    const headerless = layout.columns.every((c) => c.header === '');
    if (headerless) {
      const placed = layout.columns
        .filter((c) => c.role !== null)
        .map((c) => `${c.index + 1} ${COLUMN_ROLE_NAMES[c.role!]}`)
        .join(', ');
      out.push({
        code: 'no-header-row',
        message: `${capital(tables(layout))} has no header row; its columns were placed by their cells and their order (${placed}); check them in the preview.`,
        stageId: null,
        element: null,
        source: { kind: 'cell', table: layout.tables[0]!, row: 1, cell: 1 },
      });
    }
    for (const c of layout.columns) {
      const where = `${capital(tables(layout))}, column ${c.index + 1}${c.header ? ` "${c.header}"` : ''}`;
      const source = { kind: 'cell' as const, table: layout.tables[0]!, row: 1, cell: c.index + 1 };
      if (c.role === null && c.filled > 0) {
        out.push({
          code: 'unknown-column',
          message: `${where}: ${c.reason}. Its text is kept in the stage notes; choose what it holds in the preview.`,
          stageId: null,
          element: null,
          source,
        });
      } else if (
        !headerless &&
        c.evidence === 'position' &&
        (c.role === 'dtrMark' || c.role === 'finalMark')
      ) {
        out.push({
          code: 'column-by-position',
          message: `${where}: read as the ${COLUMN_ROLE_NAMES[c.role]} by its place only (${c.reason}); check it in the preview.`,
          stageId: null,
          element: null,
          source,
        });
      }
    }
  }
  return out;
}
