/** The shape of bench/results.json, and the table printed to the terminal. */
import type { Machine } from './machine';

/**
 * What a metric is judged by: `ratio` (ours ÷ floor ≤ value), `max` (ours ≤ value in the unit),
 * or `none` (reported for reading, e.g. the configured debounce).
 */
export type Target =
  | { readonly kind: 'ratio'; readonly value: number }
  | { readonly kind: 'max'; readonly value: number }
  | { readonly kind: 'none' };

export interface Metric {
  /** Stable key, e.g. `keystroke.realistic.p95`. */
  readonly id: string;
  readonly name: string;
  readonly unit: 'ms' | 'KB' | 'MB' | '%';
  readonly ours: number;
  /** The bare library doing the same work in the same run; null where there is none. */
  readonly floor: number | null;
  readonly ratio: number | null;
  readonly target: Target;
  /** Whether the target is met; null when there is no target. */
  readonly pass: boolean | null;
  readonly samples?: number;
  /** How to read it: what was timed, the split, what was checked. */
  readonly note?: string;
}

export interface Suite {
  readonly name: string;
  readonly file: string;
  readonly status: 'ran' | 'not available yet' | 'failed' | 'skipped';
  readonly message?: string;
  /** What a script suite wrote to its own results file, kept as it is. */
  readonly results?: unknown;
}

export interface BenchResults {
  readonly machine: Machine;
  readonly machineLine: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly metrics: readonly Metric[];
  readonly suites: readonly Suite[];
  readonly durationS: number;
}

/** A metric with its ratio and verdict filled in. */
export function metric(m: Omit<Metric, 'ratio' | 'pass'>): Metric {
  const ratio = m.floor !== null && m.floor > 0 ? m.ours / m.floor : null;
  const t = m.target;
  const pass =
    t.kind === 'ratio'
      ? ratio === null
        ? null
        : ratio <= t.value
      : t.kind === 'max'
        ? m.ours <= t.value
        : null;
  return { ...m, ratio, pass };
}

function num(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return '—';
  const digits = unit === 'ms' && value < 10 ? 2 : 1;
  return value.toFixed(digits);
}

function targetText(t: Target, unit: string): string {
  switch (t.kind) {
    case 'ratio':
      return `≤ ${t.value}× floor`;
    case 'max':
      return `≤ ${t.value} ${unit}`;
    case 'none':
      return '';
  }
}

/** The table printed at the end of a run. */
export function formatTable(metrics: readonly Metric[]): string {
  const head = ['metric', 'unit', 'ours', 'floor', 'ratio', 'target', ''];
  const rows = metrics.map((m) => [
    m.name,
    m.unit,
    num(m.ours, m.unit),
    num(m.floor, m.unit),
    m.ratio === null ? '—' : `${m.ratio.toFixed(2)}×`,
    targetText(m.target, m.unit),
    m.pass === null ? '' : m.pass ? 'ok' : 'MISSED',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
