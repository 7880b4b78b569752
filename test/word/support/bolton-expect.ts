import { expect } from 'vitest';
import type { IsoDate, KeyDate } from '../../../shared/types/dates';
import type { Stage } from '../../../shared/types/record';
import type { DocxImport } from '../../../shared/word/import/preview-types';
import type { BoltonHeader, BoltonTruth } from './bolton-truth';

/**
 * What every layout of the real record must import to: the header, every key date, the 57
 * elements with both marks and their three evidence columns, and exactly one stage (sections 2
 * and 3 are a blank template). The dates are the text's, read by hand.
 */

const day = (date: string): KeyDate => ({ kind: 'date', date: date as IsoDate });

export const BOLTON_DATES: Stage['dates'] = {
  deskTopReview: day('2015-03-09'),
  deskTopSentToClient: day('2015-03-09'),
  deskTopSentToCertifyingBody: day('2015-03-09'),
  secondDeskTopReview: { kind: 'na' },
  secondDeskTopSentToClient: { kind: 'na' },
  secondDeskTopSentToCertifyingBody: { kind: 'na' },
  visit: { kind: 'range', from: '2015-03-11' as IsoDate, to: '2015-03-12' as IsoDate },
  analysisSentToCertifyingBody: day('2015-03-17'),
};

/** The three planned dates are "TBC": no date yet. */
export const BOLTON_PLANNED = { surveillance1: null, surveillance2: null, recertification: null };

/** The entries the truth says, field by field (statements are compared with the standard). */
export function boltonEntries(truth: BoltonTruth): Partial<Stage['entries'][number]>[] {
  return truth.elements.map((e) => ({
    element: e.id as Stage['entries'][number]['element'],
    deskTopEvidence: e.deskTop,
    keyQuestions: e.questions,
    visitEvidence: e.visit,
    verifiedOnSite: /^VO\b/.test(e.visit),
    dtrMark: e.dtr,
    finalMark: e.final,
  }));
}

/** Asserts an import of the record: header, dates, marks, evidence and the one stage. */
export function expectBolton(
  imported: DocxImport,
  truth: BoltonTruth,
  header: Pick<BoltonHeader, 'name' | 'reference' | 'assessor'> = truth.header,
): Stage {
  const { record } = imported;
  expect(record.organisation).toMatchObject({
    name: header.name,
    reference: header.reference,
    plannedDates: BOLTON_PLANNED,
  });
  expect(record.stages.map((s) => s.kind)).toEqual(['initial']);
  const stage = record.stages[0]!;
  expect(stage.assessor).toBe(header.assessor);
  expect(stage.dates).toEqual(BOLTON_DATES);
  const expected = boltonEntries(truth);
  expect(stage.entries).toHaveLength(57);
  stage.entries.forEach((entry, i) => {
    expect(entry, entry.element).toMatchObject(expected[i]!);
  });
  const unreadable = imported.preview.warnings.filter((w) => w.code === 'unknown-mark');
  expect(unreadable.map((w) => w.element)).toEqual(['5.2.5']);
  expect(imported.preview.blocking).toEqual([]);
  return stage;
}
