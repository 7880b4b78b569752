import { describe, expect, it } from 'vitest';
import { daysInMonth, formatKeyDate, isoDateProblem, parseIsoDate } from '../../shared/types/dates';
import type { IsoDate } from '../../shared/types/dates';
import { keyDateText, parseKeyDateText } from '../../shared/exchange/key-date-text';

describe('calendar dates', () => {
  it.each([
    ['2016-02-29', null],
    ['2015-02-29', '2015-02-29 is not a real date (February 2015 has 28 days)'],
    ['1900-02-29', '1900-02-29 is not a real date (February 1900 has 28 days)'],
    ['2000-02-29', null],
    ['2015-04-31', '2015-04-31 is not a real date (April 2015 has 30 days)'],
    ['2015-01-31', null],
    ['2015-00-10', 'month 00 does not exist'],
    ['2015-3-9', 'expected a date written YYYY-MM-DD'],
    ['1850-01-01', 'year 1850 is outside 1900–2999'],
  ])('%s → %s', (text, problem) => {
    expect(isoDateProblem(text)).toBe(problem);
    expect(parseIsoDate(text)).toBe(problem === null ? text : null);
  });

  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('key dates', () => {
  it.each([
    ['2015-03-09', { kind: 'date', date: '2015-03-09' }, '9 March 2015'],
    [
      '2015-03-11/2015-03-12',
      { kind: 'range', from: '2015-03-11', to: '2015-03-12' },
      '11–12 March 2015',
    ],
    [
      '2015-03-31/2015-04-01',
      { kind: 'range', from: '2015-03-31', to: '2015-04-01' },
      '31 March – 1 April 2015',
    ],
    [
      '2015-12-31/2016-01-01',
      { kind: 'range', from: '2015-12-31', to: '2016-01-01' },
      '31 December 2015 – 1 January 2016',
    ],
    ['TBC', { kind: 'tbc' }, 'TBC'],
    ['N/A', { kind: 'na' }, 'N/A'],
  ])('%s reads, prints as the record does, and writes back', (text, value, shown) => {
    const parsed = parseKeyDateText(text);
    expect(parsed).toEqual({ ok: true, value });
    expect(formatKeyDate(value as never)).toBe(shown);
    expect(keyDateText(value as never)).toBe(text);
  });

  it('reads a one-day span as a single date', () => {
    expect(parseKeyDateText('2015-03-11/2015-03-11')).toEqual({
      ok: true,
      value: { kind: 'date', date: '2015-03-11' as IsoDate },
    });
  });

  it('refuses impossible spans', () => {
    expect(parseKeyDateText('2015-03-12/2015-02-30').ok).toBe(false);
    expect(parseKeyDateText('2015-03-12/2015-03-11').ok).toBe(false);
    expect(parseKeyDateText('2015-03-12/2015-03-13/2015-03-14').ok).toBe(false);
  });
});
