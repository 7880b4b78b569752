import { describe, expect, it } from 'vitest';
import { labelOf } from '../../shared/word/import/labels';
import { stageMention } from '../../shared/word/import/stage-names';
import { parseWordDate, parseWordDay } from '../../shared/word/import/word-dates';
import { readMark, startsWithVo } from '../../shared/word/marks-text';
import { foldConfusables, leadingElementNumber, statementSimilarity } from '../../shared/word/text';

describe('readMark', () => {
  it.each([
    ['P', 'P', true],
    ['p', 'P', false],
    ['Partial', 'P', false],
    [' partial compliance ', 'P', false],
    ['\u0420', 'P', false],
    ['\u0440.', 'P', false],
    ['F', 'F', true],
    ['Full', 'F', false],
    ['(F)', 'F', false],
    ['F*', 'F', false],
    ['CP', 'CP', true],
    ['C+', 'CP', false],
    ['\u0421+', 'CP', false],
    ['\u0421\u0420', 'CP', false],
    ['Compliance Plus', 'CP', false],
    ['NC', 'NC', true],
    ['N/C', 'NC', false],
    ['N\u0421', 'NC', false],
    ['Non-compliance', 'NC', false],
    ['\uff30', 'P', false],
  ])('reads %j as %s', (text, mark, canonical) => {
    expect(readMark(text)).toEqual({ kind: 'mark', mark, canonical });
  });

  it.each(['', '  ', '-', '—', 'N/A', 'TBC'])('reads %j as no mark', (text) => {
    expect(readMark(text)).toEqual({ kind: 'empty' });
  });

  it.each(['P/F', 'VO', 'Partial (F at visit)', 'X'])('does not guess at %j', (text) => {
    expect(readMark(text)).toEqual({ kind: 'unknown', text });
  });
});

describe('look-alikes, element numbers, statements', () => {
  it('folds Cyrillic and Greek look-alikes and full-width forms', () => {
    expect(foldConfusables('\u0420\u0421 \u039d\u0421 \uff23\uff0b')).toBe('PC NC C+');
  });

  it('reads the VO lead of visit evidence', () => {
    expect(startsWithVo('VO')).toBe(true);
    expect(startsWithVo('vo — seen')).toBe(true);
    expect(startsWithVo('V\u041e')).toBe(true);
    expect(startsWithVo('VOC survey')).toBe(false);
    expect(startsWithVo('See report')).toBe(false);
  });

  it('reads element numbers at the start of a text', () => {
    expect(leadingElementNumber('1.1.1 We have')).toEqual({ id: '1.1.1', rest: 'We have' });
    expect(leadingElementNumber('  Element 4.3.2: complaints')).toEqual({
      id: '4.3.2',
      rest: 'complaints',
    });
    expect(leadingElementNumber('2.1.5\nWe protect')).toEqual({ id: '2.1.5', rest: 'We protect' });
    expect(leadingElementNumber('9.3.2015 visit')).toBeNull();
    expect(leadingElementNumber('Criterion 1')).toBeNull();
  });

  it('compares statements', () => {
    expect(
      statementSimilarity('We “protect” customers’ privacy.', 'We "protect" customers\' privacy'),
    ).toBe(1);
    expect(statementSimilarity('We protect privacy', 'Completely different words here')).toBe(0);
  });
});

describe('dates as Word records write them', () => {
  it.each([
    ['9 March 2015', { kind: 'date', date: '2015-03-09' }],
    ['Monday 9th March 2015', { kind: 'date', date: '2015-03-09' }],
    ['11-12 March 2015', { kind: 'range', from: '2015-03-11', to: '2015-03-12' }],
    ['11th & 12th March 2015', { kind: 'range', from: '2015-03-11', to: '2015-03-12' }],
    ['11 and 12 March 2015', { kind: 'range', from: '2015-03-11', to: '2015-03-12' }],
    ['31 March – 1 April 2015', { kind: 'range', from: '2015-03-31', to: '2015-04-01' }],
    ['31 December 2015 – 1 January 2016', { kind: 'range', from: '2015-12-31', to: '2016-01-01' }],
    ['09/03/2015', { kind: 'date', date: '2015-03-09' }],
    ['TBC', { kind: 'tbc' }],
    ['N/A', { kind: 'na' }],
    ['', null],
  ])('reads %j', (text, value) => {
    expect(parseWordDate(text)).toEqual({ ok: true, value });
  });

  it('refuses what is not a date, with the reason', () => {
    expect(parseWordDate('sometime in spring').ok).toBe(false);
    expect(parseWordDate('30 February 2015')).toMatchObject({ ok: false });
    expect(parseWordDay('11-12 March 2015')).toEqual({
      ok: false,
      errors: ['expected one day, not a span of days'],
    });
    expect(parseWordDay('TBC')).toEqual({ ok: true, value: null });
  });
});

describe('labels and stage names', () => {
  it.each([
    ['Assessment reference number', 'reference'],
    ['Name of organisation', 'organisation'],
    ['Date sent to the certifying body', 'deskTopSentToCertifyingBody'],
    [
      'Date the assessment analysis was sent to the certifying body',
      'analysisSentToCertifyingBody',
    ],
    ['Assessment visit dates', 'visit'],
    ['Number of days required', 'visitDays'],
    ['Date of first surveillance', 'cycleDate'],
    ['Surveillance category after the previous stage', 'previousCategory'],
  ])('reads the label %j', (label, key) => {
    expect(labelOf(label)?.key).toBe(key);
  });

  it('reads the stage a label or heading names', () => {
    expect(labelOf('Name of assessor – Surveillance 1')?.stage).toEqual({
      kind: 'surveillance-1',
      cycle: null,
    });
    expect(labelOf('Date of surveillance visit')?.stage).toBeNull();
    expect(stageMention('Initial / 3-year assessment')).toEqual({
      kind: 'assessment',
      cycle: null,
    });
    expect(stageMention('Reassessment (cycle 3)')).toEqual({ kind: 'reassessment', cycle: 3 });
    expect(stageMention('(SECOND SURVEILLANCE)')).toEqual({ kind: 'surveillance-2', cycle: null });
  });
});
