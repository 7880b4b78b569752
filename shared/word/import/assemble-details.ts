import type { KeyDate } from '../../types/dates';
import type { StageDates } from '../../types/record';
import { STAGE_DATE_FIELDS } from '../../types/record';
import { EMPTY_STAGE_DATES } from '../../records/create';
import { describeSource } from '../read/doc-model';
import { squash } from '../text';
import type { StageAssembly } from './assemble-entries';
import type { PreviewDate } from './preview-types';
import type { DetailKey, Located, RawStage } from './raw';
import { parseWordDate } from './word-dates';

/** Labels of the details in messages and notes. */
export const DETAIL_NAMES: Readonly<Record<DetailKey, string>> = {
  assessor: 'Name of assessor',
  deskTopReview: 'Date of first desk-top analysis',
  deskTopSentToClient: 'Date desk-top analysis sent to client',
  deskTopSentToCertifyingBody: 'Date desk-top analysis sent to certifying body',
  secondDeskTopReview: 'Date of second desk-top analysis',
  secondDeskTopSentToClient: 'Date second desk-top analysis sent to client',
  secondDeskTopSentToCertifyingBody: 'Date second desk-top analysis sent to certifying body',
  visit: 'Date(s) of visit',
  analysisSentToCertifyingBody: 'Date assessment analysis sent to certifying body',
  visitDays: 'Number of visit days',
  contactedOn: 'Client contacted on',
  category: 'Surveillance category',
  reason: 'Reason',
  decidedOn: 'Decided on',
  previousCategory: 'Surveillance category after the previous stage',
};

/**
 * The one value of a detail: the first given. A different value given elsewhere (the header
 * and section 2 both name the assessor) is a warning and goes to the notes.
 */
export function oneDetail(stage: RawStage, key: DetailKey, a: StageAssembly): Located | null {
  const values = stage.details.get(key) ?? [];
  const first = values[0];
  if (!first) return null;
  for (const other of values.slice(1)) {
    if (squash(other.text) === squash(first.text)) continue;
    a.warnings.add(
      'conflicting-value',
      `${DETAIL_NAMES[key]}: "${first.text}" at ${describeSource(first.source)} but "${other.text}" at ${describeSource(other.source)}; the first is kept, the other is in the notes.`,
      { slot: a.slot, source: other.source },
    );
    a.unplaced.push({ text: `${DETAIL_NAMES[key]}: ${other.text}`, source: other.source });
  }
  return first;
}

/** The key dates of a stage, each read by `parseWordDate`; unreadable ones go to the notes. */
export function stageDates(
  stage: RawStage,
  a: StageAssembly,
): { dates: StageDates; preview: PreviewDate[] } {
  const dates: Record<keyof StageDates, KeyDate | null> = { ...EMPTY_STAGE_DATES };
  const preview: PreviewDate[] = [];
  for (const field of STAGE_DATE_FIELDS) {
    const written = oneDetail(stage, field, a);
    if (!written) {
      preview.push({ field, written: '', value: null, readable: true, source: null });
      continue;
    }
    const read = parseWordDate(written.text);
    if (read.ok) dates[field] = read.value;
    else {
      a.warnings.add(
        'unreadable-date',
        `${DETAIL_NAMES[field]}: "${written.text}" cannot be read as a date (${read.errors[0]}); kept in the notes.`,
        { slot: a.slot, source: written.source },
      );
      a.unplaced.push({ text: `${DETAIL_NAMES[field]}: ${written.text}`, source: written.source });
    }
    preview.push({
      field,
      written: written.text,
      value: read.ok ? read.value : null,
      readable: read.ok,
      source: written.source,
    });
  }
  return { dates, preview };
}

/** "2", "2 days", "1.5" → a number of visit days; anything else is a warning and a note. */
export function visitDays(stage: RawStage, a: StageAssembly): number | null {
  const written = oneDetail(stage, 'visitDays', a);
  if (!written) return null;
  const match = /^(\d{1,3}(?:\.\d+)?)\s*(?:days?)?$/i.exec(squash(written.text));
  const days = match ? Number(match[1]) : NaN;
  if (Number.isFinite(days) && days <= 365) return days;
  a.warnings.add(
    'unreadable-value',
    `Number of visit days: "${written.text}" is not a number of days; kept in the notes.`,
    { slot: a.slot, source: written.source },
  );
  a.unplaced.push({ text: `Number of visit days: ${written.text}`, source: written.source });
  return null;
}

/** Heading of the part of a stage's notes that holds text the import could not place. */
export const UNPLACED_HEADING = 'Imported from the Word record — text that could not be placed:';

/** The stage's notes as written, then any unplaced text, each with where it was found. */
export function notesText(
  stage: RawStage,
  unplaced: readonly Located[],
): { notes: string; added: string } {
  const own = stage.notes.map((n) => n.text).join('\n');
  if (unplaced.length === 0) return { notes: own, added: '' };
  const added = [
    UNPLACED_HEADING,
    ...unplaced.map((u) => `[${describeSource(u.source)}] ${u.text}`),
  ].join('\n');
  return { notes: own === '' ? added : `${own}\n\n${added}`, added };
}
