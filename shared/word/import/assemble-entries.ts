import type { Catalogue } from '../../catalogue/catalogue';
import { emptyEntry } from '../../records/create';
import type { ElementId } from '../../types/ids';
import type { MaybeMark } from '../../types/marks';
import type { ElementEntry } from '../../types/record';
import { readMark, startsWithVo } from '../marks-text';
import { surveillanceBaseline } from '../stage-changes';
import { describeSource } from '../read/doc-model';
import { joinText, statementSimilarity } from '../text';
import type { ElementOrigin, PreviewElement, PreviewValue } from './preview-types';
import type { ElementNote, Located, RawElement, RawStage } from './raw';
import type { StageSlot } from './stage-names';
import type { WarningList } from './warnings';

/** What assembling one stage needs: the catalogue, the warnings, the stage's unplaced text. */
export interface StageAssembly {
  readonly catalogue: Catalogue;
  readonly slot: StageSlot;
  readonly warnings: WarningList;
  readonly unplaced: Located[];
}

/** Below this share of common words a statement is not the standard's: it goes to the notes. */
const SAME_STATEMENT = 0.6;

const MARK_NAMES = { dtrMark: 'DTR result', finalMark: 'visit (final) result' } as const;

function markOf(
  pieces: readonly Located[],
  field: 'dtrMark' | 'finalMark',
  element: ElementId,
  a: StageAssembly,
): MaybeMark {
  let mark: MaybeMark = null;
  for (const piece of pieces) {
    const reading = readMark(piece.text);
    const where = { slot: a.slot, element, source: piece.source };
    if (reading.kind === 'unknown') {
      a.warnings.add(
        'unknown-mark',
        `${element} ${MARK_NAMES[field]}: "${reading.text}" is not a mark (CP, F, P or NC); left unmarked and kept in the notes.`,
        where,
      );
      a.unplaced.push({
        text: `${element} ${MARK_NAMES[field]}: ${piece.text}`,
        source: piece.source,
      });
    } else if (reading.kind === 'mark') {
      if (mark === null) mark = reading.mark;
      else if (reading.mark !== mark) {
        a.warnings.add(
          'conflicting-mark',
          `${element} ${MARK_NAMES[field]}: ${mark} and also ${reading.mark} (at ${describeSource(piece.source)}); ${mark} kept, the other in the notes.`,
          where,
        );
        a.unplaced.push({
          text: `${element} ${MARK_NAMES[field]}: ${piece.text}`,
          source: piece.source,
        });
      }
    }
  }
  return mark;
}

const TEXT_FIELDS = ['deskTopEvidence', 'keyQuestions', 'visitEvidence'] as const;

function value(
  field: PreviewValue['field'],
  stored: string,
  pieces: readonly Located[],
): PreviewValue {
  return {
    field,
    value: stored,
    written: pieces.map((p) => p.text).join(field === 'statement' ? ' ' : '\n'),
    sources: pieces.map((p) => p.source),
  };
}

/** The entry with what an element row says laid over `base`; only the table's columns count. */
function overlay(
  raw: RawElement,
  base: ElementEntry,
  a: StageAssembly,
): { entry: ElementEntry; values: PreviewValue[]; statementMatches: boolean | null } {
  const values: PreviewValue[] = [];
  let entry = base;
  const statement = joinText(
    raw.pieces.statement.map((p) => p.text),
    ' ',
  );
  let statementMatches: boolean | null = null;
  if (statement !== '') {
    const official = a.catalogue.byId.get(raw.element)?.statement ?? '';
    const similarity = statementSimilarity(statement, official);
    statementMatches = similarity === 1;
    values.push(value('statement', statement, raw.pieces.statement));
    if (similarity < 1) {
      const far = similarity < SAME_STATEMENT;
      a.warnings.add(
        'statement-differs',
        `${raw.element}: the statement in the document differs from the standard's${far ? ' (kept in the notes)' : ''}: "${statement}"`,
        {
          slot: a.slot,
          element: raw.element,
          source: raw.pieces.statement[0]?.source ?? raw.first,
        },
      );
      if (far)
        a.unplaced.push({ text: `${raw.element} as written: ${statement}`, source: raw.first });
    }
  }
  for (const field of TEXT_FIELDS) {
    if (!raw.columns.has(field)) continue;
    const text = joinText(raw.pieces[field].map((p) => p.text));
    entry = { ...entry, [field]: text };
    if (field === 'visitEvidence') entry = { ...entry, verifiedOnSite: startsWithVo(text) };
    if (raw.pieces[field].length > 0) values.push(value(field, text, raw.pieces[field]));
  }
  for (const field of ['dtrMark', 'finalMark'] as const) {
    if (!raw.columns.has(field)) continue;
    const mark = markOf(raw.pieces[field], field, raw.element, a);
    entry = { ...entry, [field]: mark };
    if (raw.pieces[field].length > 0) values.push(value(field, mark ?? '', raw.pieces[field]));
  }
  return { entry, values, statementMatches };
}

function noteText(
  list: ReadonlyMap<ElementId, ElementNote> | null,
  id: ElementId,
): ElementNote | null {
  return list?.get(id) ?? null;
}

function checkPrevious(
  raw: RawElement,
  previous: ElementEntry | undefined,
  a: StageAssembly,
): void {
  for (const piece of raw.pieces.previous) {
    const reading = readMark(piece.text);
    const said = reading.kind === 'mark' ? reading.mark : null;
    const was = previous?.finalMark ?? null;
    if (reading.kind === 'empty' || said === was) continue;
    a.warnings.add(
      'previous-result-differs',
      `${raw.element}: the document gives the previous result as "${piece.text}", but the previous stage's final mark is ${was ?? 'empty'}.`,
      { slot: a.slot, element: raw.element, source: piece.source },
    );
  }
}

/**
 * The entries of one stage in catalogue order, with the preview of each element. A stage with
 * an assessment analysis takes its entries from its element tables; a surveillance starts from
 * the previous stage (the previous final mark as its DTR and final mark) and lays the scores
 * changed over it. CP justifications and development points come from the stage's lists.
 */
export function stageEntries(
  stage: RawStage,
  previous: readonly ElementEntry[] | null,
  a: StageAssembly,
): { entries: ElementEntry[]; elements: PreviewElement[] } {
  const before = new Map(previous?.map((e) => [e.element, e] as const) ?? []);
  const entries: ElementEntry[] = [];
  const elements: PreviewElement[] = [];
  for (const element of a.catalogue.elements) {
    const id = element.id;
    const prior = before.get(id);
    let entry = emptyEntry(id);
    let origin: ElementOrigin = 'missing';
    if (!stage.analysis && prior) {
      entry = surveillanceBaseline(prior, id);
      origin = 'carried';
    }
    const values: PreviewValue[] = [];
    let statementMatches: boolean | null = null;
    for (const [raw, kind] of [
      [stage.analysis ? stage.elements.get(id) : undefined, 'table'],
      [stage.changes.get(id), 'changed'],
    ] as const) {
      if (!raw) continue;
      if (kind === 'changed') checkPrevious(raw, prior, a);
      const read = overlay(raw, entry, a);
      entry = read.entry;
      values.push(...read.values);
      statementMatches = read.statementMatches ?? statementMatches;
      origin = kind;
    }
    const listed = stage.analysis || origin === 'changed';
    for (const [list, field] of [
      [stage.cpList, 'cpJustification'],
      [stage.developmentList, 'developmentNote'],
    ] as const) {
      const note = noteText(list, id);
      if (note) {
        const text = joinText(note.text.map((t) => t.text));
        entry = { ...entry, [field]: text };
        values.push(value(field, text, note.text));
      } else if (list && listed) entry = { ...entry, [field]: '' };
    }
    entries.push(entry);
    elements.push({ element: id, origin, statementMatches, values });
  }
  warnMissing(stage, elements, a);
  return { entries, elements };
}

function warnMissing(stage: RawStage, elements: readonly PreviewElement[], a: StageAssembly): void {
  if (!stage.analysis) return;
  const missing = elements.filter((e) => e.origin === 'missing').map((e) => e.element);
  if (missing.length === elements.length) {
    a.warnings.add(
      'missing-element',
      'No element rows were found for this stage; all elements are left empty.',
      { slot: a.slot },
    );
    return;
  }
  for (const id of missing) {
    a.warnings.add('missing-element', `${id} is not in the document; left empty (unmarked).`, {
      slot: a.slot,
      element: id,
    });
  }
}
