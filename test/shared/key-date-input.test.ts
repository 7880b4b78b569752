import { describe, expect, it } from 'vitest';
import { parseKeyDateInput } from '../../shared/records/key-date-input';

describe('typed key dates', () => {
  it.each([
    ['9 March 2015', { kind: 'date', date: '2015-03-09' }],
    ['9th Mar 2015', { kind: 'date', date: '2015-03-09' }],
    ['09/03/2015', { kind: 'date', date: '2015-03-09' }],
    ['2015-03-09', { kind: 'date', date: '2015-03-09' }],
    ['11-12 March 2015', { kind: 'range', from: '2015-03-11', to: '2015-03-12' }],
    ['11 – 12 March 2015', { kind: 'range', from: '2015-03-11', to: '2015-03-12' }],
    ['31 March - 1 April 2015', { kind: 'range', from: '2015-03-31', to: '2015-04-01' }],
    ['2015-03-11/2015-03-12', { kind: 'range', from: '2015-03-11', to: '2015-03-12' }],
    ['TBC', { kind: 'tbc' }],
    ['tbc', { kind: 'tbc' }],
    ['N/A', { kind: 'na' }],
    ['  ', null],
  ])('%s', (text, value) => {
    expect(parseKeyDateInput(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['30 February 2015', '2015-02-30 is not a real date (February 2015 has 28 days)'],
    ['29 Feb 2015', '2015-02-29 is not a real date (February 2015 has 28 days)'],
    ['12-11 March 2015', 'the span ends (2015-03-11) before it starts (2015-03-12)'],
    ['9 Marchember 2015', '"Marchember" is not a month'],
    [
      'next Tuesday',
      'write a date such as "9 March 2015", a span such as "11-12 March 2015", "TBC" or "N/A"',
    ],
  ])('refuses %s', (text, problem) => {
    expect(parseKeyDateInput(text)).toEqual({ ok: false, errors: [problem] });
  });
});
