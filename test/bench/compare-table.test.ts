// The comparison of two trees' benchmark rounds (bench/compare-table.ts): medians over rounds,
// the verdict against the larger of the two sides' spreads, and metrics on one side only.
import { describe, expect, it } from 'vitest';
import { compareRounds, formatCompareTable } from '../../bench/compare-table';
import type { RoundMetric } from '../../bench/compare-table';

const m = (id: string, ours: number, floor: number | null = null): RoundMetric => ({
  id,
  name: `metric ${id}`,
  unit: 'ms',
  ours,
  floor,
  ratio: floor === null ? null : ours / floor,
});

describe('compareRounds', () => {
  it('judges each difference against the larger spread of the two sides', () => {
    const base = [
      [m('same', 10, 5), m('slow', 10), m('fast', 20)],
      [m('same', 14, 5), m('slow', 11), m('fast', 21)],
    ];
    const current = [
      [m('same', 13, 5), m('slow', 20), m('fast', 10)],
      [m('same', 15, 5), m('slow', 22), m('fast', 11)],
    ];
    const rows = new Map(compareRounds(base, current).map((r) => [r.id, r]));
    expect(rows.get('same')).toMatchObject({ difference: 2, noise: 4, verdict: 'within noise' });
    expect(rows.get('same')?.base).toMatchObject({ median: 12, ratio: 2.4, values: [10, 14] });
    expect(rows.get('slow')).toMatchObject({ difference: 10.5, noise: 2, verdict: 'slower' });
    expect(rows.get('fast')).toMatchObject({ difference: -10, noise: 1, verdict: 'faster' });
  });

  it('lists a metric found on one side only as such, and needs two rounds for a verdict', () => {
    const rows = compareRounds([[m('old', 1), m('both', 3)]], [[m('new', 2), m('both', 3)]]);
    expect(rows.map((r) => [r.id, r.verdict])).toEqual([
      ['new', 'only in current'],
      ['both', 'one round'],
      ['old', 'only in base'],
    ]);
    expect(rows[0]?.base).toBeNull();
    expect(rows[0]?.difference).toBeNull();
  });

  it('prints one line per metric with both medians, ratios and the verdict', () => {
    const table = formatCompareTable(
      compareRounds([[m('a', 10, 5)], [m('a', 12, 5)]], [[m('a', 30, 5)], [m('a', 31, 5)]]),
    );
    const [head, , row] = table.split('\n');
    expect(head).toMatch(/^metric\s+unit\s+base\s+current\s+base ÷ floor\s+cur ÷ floor/);
    expect(row).toMatch(
      /^metric a\s+ms\s+11\.0\s+30\.5\s+2\.20×\s+6\.10×\s+\+19\.5 \(177 %\)\s+2\.00\s+slower$/,
    );
  });
});
