import { STAGE_DATE_FIELDS } from '../../types/record';
import { readMark } from '../marks-text';
import { isPlaceholder } from '../text';
import type { ColumnKey } from './columns';
import type { Located, RawRow, RawStage } from './raw';
import { isTemplateText } from './template-text';
import { parseWordDate } from './word-dates';

/**
 * Whether a stage took place, by what the document holds for it. A blank template is not a
 * stage: section 2 and 3 with "(INSERT DATE)", empty assessor and date cells and a zero-filled
 * scoring table make nothing. A stage is made from marks, a dated visit or an assessor's text.
 */

const filled = (values: readonly Located[] | undefined): boolean =>
  (values ?? []).some((v) => v.text.trim() !== '' && !isPlaceholder(v.text));

function rowsWith(rows: readonly RawRow[] | undefined, keys: readonly ColumnKey[]): boolean {
  return (rows ?? []).some((r) =>
    keys.some((k) => {
      const text = r.cells.get(k)?.text.trim() ?? '';
      return text !== '' && !isPlaceholder(text);
    }),
  );
}

function markCount(stage: RawStage): number {
  let marks = 0;
  const all = [...(stage.analysis ? stage.elements.values() : []), ...stage.changes.values()];
  for (const element of all) {
    for (const piece of [...element.pieces.dtrMark, ...element.pieces.finalMark]) {
      if (readMark(piece.text).kind === 'mark') marks += 1;
    }
  }
  return marks;
}

function elementText(stage: RawStage): boolean {
  const all = [...(stage.analysis ? stage.elements.values() : []), ...stage.changes.values()];
  return all.some((e) =>
    (['deskTopEvidence', 'keyQuestions', 'visitEvidence'] as const).some((f) =>
      filled(e.pieces[f]),
    ),
  );
}

function datedDetail(stage: RawStage): boolean {
  return STAGE_DATE_FIELDS.some((field) =>
    (stage.details.get(field) ?? []).some((v) => {
      const read = parseWordDate(v.text);
      return read.ok && (read.value?.kind === 'date' || read.value?.kind === 'range');
    }),
  );
}

function surveillanceText(stage: RawStage): boolean {
  const t = stage.tables;
  return (
    rowsWith(t.get('documents'), ['receipt', 'receivedOn', 'note']) ||
    rowsWith(t.get('activities'), ['done', 'note']) ||
    rowsWith(t.get('plan'), ['date', 'time', 'people', 'issues']) ||
    rowsWith(t.get('points'), ['clientResponse', 'assessorUpdate', 'status']) ||
    rowsWith(t.get('what-has-changed'), ['whatHasChanged']) ||
    rowsWith(t.get('significant-changes'), ['description', 'changeKind']) ||
    filled(stage.details.get('category')) ||
    filled(stage.details.get('contactedOn'))
  );
}

function noteText(stage: RawStage): boolean {
  const notes = (list: RawStage['cpList']): boolean =>
    [...(list?.values() ?? [])].some((n) => filled(n.text));
  return notes(stage.cpList) || notes(stage.developmentList) || filled(stage.notes);
}

/**
 * Why the stage exists, in words for the preview ("57 marks", "a dated visit"), or `null` when
 * the document holds nothing for it but a blank template. An assessor's name alone does not
 * make a stage: certifying bodies fill in the assessors of later stages ahead. `fromIds` is true when the
 * document carries the stage's CSE Fieldbook id (the app's own export).
 */
export function stageEvidence(stage: RawStage, fromIds: boolean): string | null {
  const marks = markCount(stage);
  if (marks > 0) return `${marks} mark${marks === 1 ? '' : 's'}`;
  if (elementText(stage)) return 'evidence written against elements';
  if (datedDetail(stage)) return 'a dated visit';
  if (surveillanceText(stage)) return 'surveillance records';
  if (noteText(stage)) return "the assessor's notes";
  if (stage.unplaced.some((u) => !isTemplateText(u))) return "the assessor's text";
  if (fromIds) return 'its CSE Fieldbook id in the document';
  return null;
}
