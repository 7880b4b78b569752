import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  dayNumber,
  daysBetween,
  fromDayNumber,
  parseUtcInstant,
  relativeDays,
} from '../../shared/types/date-math';
import { parseIsoDate } from '../../shared/types/dates';
import { d } from './support';

describe('addMonths clamps at month ends', () => {
  it.each([
    ['2015-01-31', 1, '2015-02-28'],
    ['2016-01-31', 1, '2016-02-29'],
    ['2016-02-29', 12, '2017-02-28'],
    ['2016-02-29', 48, '2020-02-29'],
    ['2016-02-29', -12, '2015-02-28'],
    ['2015-03-31', -1, '2015-02-28'],
    ['2016-03-31', -1, '2016-02-29'],
    ['2015-08-31', 1, '2015-09-30'],
    ['2015-01-31', 13, '2016-02-29'],
    ['2015-03-11', 12, '2016-03-11'],
    ['2015-03-11', 36, '2018-03-11'],
    ['2015-12-15', 1, '2016-01-15'],
    ['2016-01-15', -2, '2015-11-15'],
    ['2016-03-31', -2, '2016-01-31'],
    ['2016-04-30', -2, '2016-02-29'],
    ['1900-03-31', -1, '1900-02-28'],
    ['2000-03-31', -1, '2000-02-29'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(addMonths(d(from), months)).toBe(to);
  });

  it('always gives a real date, never past the target month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2050 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: -60, max: 60 }),
        (y, m, day, months) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = parseIsoDate(text);
          fc.pre(date !== null);
          const moved = addMonths(date!, months);
          expect(parseIsoDate(moved)).toBe(moved);
          const target = (y * 12 + m - 1 + months) % 12;
          expect(Number(moved.slice(5, 7)) - 1).toBe((target + 12) % 12);
          expect(Number(moved.slice(8, 10))).toBeLessThanOrEqual(day);
        },
      ),
    );
  });
});

describe('day numbers', () => {
  it('agree with the platform calendar (used here in the test only)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 300_000 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(dayNumber(d(iso))).toBe(n);
      }),
    );
  });

  it('count days across leap days and years', () => {
    expect(daysBetween(d('2016-02-28'), d('2016-03-01'))).toBe(2);
    expect(daysBetween(d('2015-02-28'), d('2015-03-01'))).toBe(1);
    expect(daysBetween(d('2016-03-01'), d('2016-02-28'))).toBe(-2);
    expect(daysBetween(d('2015-03-11'), d('2016-03-11'))).toBe(366);
    expect(addDays(d('2016-02-28'), 1)).toBe('2016-02-29');
    expect(addDays(d('2015-12-31'), 1)).toBe('2016-01-01');
    expect(addDays(d('2016-03-01'), -1)).toBe('2016-02-29');
  });

  it('compares dates', () => {
    expect(compareDates(d('2016-02-29'), d('2016-03-01'))).toBe(-1);
    expect(compareDates(d('2016-03-01'), d('2016-03-01'))).toBe(0);
    expect(compareDates(d('2017-01-01'), d('2016-12-31'))).toBe(1);
  });

  it('says how far a day is in words', () => {
    expect([0, 1, -1, 5, -12].map(relativeDays)).toEqual([
      'today',
      'tomorrow',
      'yesterday',
      'in 5 days',
      '12 days ago',
    ]);
  });
});

describe('UTC instants', () => {
  it.each([
    ['2018-02-01T09:30:00.000Z', true],
    ['2018-02-01T09:30:00Z', true],
    ['2016-02-29T23:59:59Z', true],
    ['2015-02-29T10:00:00Z', false],
    ['2018-02-01T24:00:00Z', false],
    ['2018-02-01T09:30:00+01:00', false],
    ['2018-02-01', false],
  ])('%s → %s', (text, valid) => {
    expect(parseUtcInstant(text) !== null).toBe(valid);
  });
});
