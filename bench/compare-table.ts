/**
 * The comparison of two benchmark trees measured in the same run (bench/compare.ts): per metric,
 * each side's median over its rounds, its ratio to its floor, the difference, and whether that
 * difference is within the run's own noise. Pure: reads the rounds' metrics, computes nothing else.
 */
import { median } from './stats';

/** One metric of one round, as a round's results file holds it (bench/report.ts `Metric`). */
export interface RoundMetric {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly ours: number;
  readonly floor: number | null;
  readonly ratio: number | null;
}

/** One side's rounds: each round is the metrics one `bench/run.ts` wrote. */
export type SideRounds = readonly (readonly RoundMetric[])[];

/**
 * `within noise`: |current − base| ≤ the larger of the two sides' spreads (max − min of the
 * rounds' values). `slower` / `faster` otherwise (for every unit here a larger value is worse:
 * ms, KB, MB, %). A side with one round has no spread: the verdict is then `one round`.
 */
export type Verdict =
  'within noise' | 'slower' | 'faster' | 'one round' | 'only in base' | 'only in current';

export interface SideSummary {
  /** The metric's value (`ours`) in each round, in round order. */
  readonly values: readonly number[];
  readonly median: number;
  /** max − min over the rounds. */
  readonly spread: number;
  /** Median over the rounds of ours ÷ floor; null when the metric has no floor. */
  readonly ratio: number | null;
}

export interface CompareRow {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly base: SideSummary | null;
  readonly current: SideSummary | null;
  /** current median − base median; null when one side lacks the metric. */
  readonly difference: number | null;
  /** The larger of the two spreads: the noise the difference is judged against. */
  readonly noise: number | null;
  readonly verdict: Verdict;
}

function summarise(rounds: SideRounds, id: string): SideSummary | null {
  const found = rounds.flatMap((r) => r.filter((m) => m.id === id));
  const values = found.map((m) => m.ours).filter((v) => Number.isFinite(v));
  if (values.length === 0) return null;
  const ratios = found.map((m) => m.ratio).filter((r): r is number => r !== null);
  return {
    values,
    median: median(values),
    spread: Math.max(...values) - Math.min(...values),
    ratio: ratios.length > 0 ? median(ratios) : null,
  };
}

function verdictOf(base: SideSummary, current: SideSummary, noise: number): Verdict {
  if (base.values.length < 2 || current.values.length < 2) return 'one round';
  const difference = current.median - base.median;
  if (Math.abs(difference) <= noise) return 'within noise';
  return difference > 0 ? 'slower' : 'faster';
}

/** One row per metric id found on either side, in the order the current side (then base) lists them. */
export function compareRounds(base: SideRounds, current: SideRounds): CompareRow[] {
  const seen = new Map<string, RoundMetric>();
  for (const m of [...current, ...base].flat()) if (!seen.has(m.id)) seen.set(m.id, m);
  return [...seen.values()].map(({ id, name, unit }): CompareRow => {
    const b = summarise(base, id);
    const c = summarise(current, id);
    if (!b || !c) {
      const verdict = b ? 'only in base' : 'only in current';
      return { id, name, unit, base: b, current: c, difference: null, noise: null, verdict };
    }
    const noise = Math.max(b.spread, c.spread);
    const difference = c.median - b.median;
    return {
      id,
      name,
      unit,
      base: b,
      current: c,
      difference,
      noise,
      verdict: verdictOf(b, c, noise),
    };
  });
}

function num(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return value.toFixed(unit === 'ms' && Math.abs(value) < 10 ? 2 : 1);
}

function ratio(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toFixed(2)}×`;
}

function signed(row: CompareRow): string {
  if (row.difference === null || !row.base) return '—';
  const pct =
    row.base.median !== 0 ? ` (${((row.difference / row.base.median) * 100).toFixed(0)} %)` : '';
  return `${row.difference >= 0 ? '+' : ''}${num(row.difference, row.unit)}${pct}`;
}

/** The table printed at the end of a comparison. */
export function formatCompareTable(rows: readonly CompareRow[]): string {
  const head = [
    'metric',
    'unit',
    'base',
    'current',
    'base ÷ floor',
    'cur ÷ floor',
    'difference',
    'noise ±',
    'verdict',
  ];
  const cells = rows.map((r) => [
    r.name,
    r.unit,
    num(r.base?.median, r.unit),
    num(r.current?.median, r.unit),
    ratio(r.base?.ratio),
    ratio(r.current?.ratio),
    signed(r),
    num(r.noise, r.unit),
    r.verdict,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (row: readonly string[]): string =>
    row
      .map((c, i) => (i >= 2 && i <= 7 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
