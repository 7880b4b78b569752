import type { Catalogue } from '../../catalogue/catalogue';
import { scoreStage } from '../../scoring/score-stage';
import type { Stage } from '../../types/record';
import type { ColumnKey } from './columns';
import type { RawRow } from './raw';
import type { StageSlot } from './stage-names';
import { criterionOf } from './surveillance-values';
import type { WarningList } from './warnings';

const CHECKED: readonly (readonly [ColumnKey, 'elements' | 'p' | 'cp' | 'nc', string])[] = [
  ['elements', 'elements', 'elements'],
  ['partials', 'p', 'partial compliances'],
  ['compliancePlus', 'cp', 'compliance plus'],
  ['nonCompliances', 'nc', 'non-compliances'],
];

/**
 * What comparing the document's own scoring table gave: none in the document, a blank template
 * (every "actual" count 0), or the counts agree with the imported final marks or differ.
 */
export type ScoringCheck = 'none' | 'blank' | 'agrees' | 'differs';

const ACTUALS: readonly ColumnKey[] = ['partials', 'compliancePlus', 'nonCompliances'];

/**
 * Compares the document's own scoring table with the score of the imported final marks: a
 * different count means a mark was misread or the table was not updated (one warning per
 * count). Maxima are not compared, since they depend on the rule profile the table was printed
 * under; a template's table of zeros is not compared.
 */
export function checkScoringTable(
  rows: readonly RawRow[],
  stage: Stage,
  catalogue: Catalogue,
  slot: StageSlot,
  warnings: WarningList,
): ScoringCheck {
  if (rows.length === 0) return 'none';
  const counts = rows.flatMap((r) =>
    ACTUALS.map((k) => r.cells.get(k)?.text.trim() ?? '').filter((t) => /^\d+$/.test(t)),
  );
  if (counts.every((t) => Number(t) === 0)) return 'blank';
  const before = warnings.items.length;
  const score = scoreStage(stage, catalogue, 'final');
  const names = catalogue.criteria.map((c) => c.name);
  for (const row of rows) {
    const number = criterionOf(row.cells.get('criterion')?.text ?? '', names);
    const criterion = score.criteria.find((c) => c.criterion === number);
    if (!criterion) continue;
    for (const [column, field, words] of CHECKED) {
      const cell = row.cells.get(column);
      if (!cell || !/^\d+$/.test(cell.text.trim())) continue;
      const said = Number(cell.text.trim());
      if (said === criterion[field]) continue;
      warnings.add(
        'score-table-differs',
        `Criterion ${criterion.criterion}: the document's scoring table gives ${said} ${words}, the imported final marks give ${criterion[field]}.`,
        { slot, source: cell.source },
      );
    }
  }
  return warnings.items.length > before ? 'differs' : 'agrees';
}
