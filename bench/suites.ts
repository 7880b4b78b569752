/**
 * The benchmark suites other files provide (bench/export.bench.ts, bench/word.bench.ts,
 * bench/evidence.bench.ts): run when present, their rows turned into metrics against their
 * ratio target, their own results kept; "not available yet" when the file is not there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Metric, Suite } from './report';
import { metric } from './report';

const BENCH_DIR = new URL('./', import.meta.url).pathname;
const EXPORT_TARGET = 1.2;

/** A row as the suites report it (bench/export.bench.ts `BenchCase`). */
interface CaseLike {
  readonly name: string;
  readonly oursMs: number;
  readonly bareMs: number;
  readonly runs?: number;
  /** An absolute target in ms (judged instead of the ratio), e.g. suggestions ≤ 50 ms. */
  readonly maxMs?: number;
}

function isCase(value: unknown): value is CaseLike {
  const v = value as Partial<CaseLike> | null;
  return (
    typeof v?.name === 'string' && typeof v.oursMs === 'number' && typeof v.bareMs === 'number'
  );
}

function casesOf(result: unknown): readonly CaseLike[] | null {
  const list = Array.isArray(result) ? result : (result as { cases?: unknown } | null)?.cases;
  return Array.isArray(list) && list.every(isCase) ? list : null;
}

function targetOf(result: unknown): number {
  const t = (result as { target?: unknown } | null)?.target;
  return typeof t === 'number' && t > 0 ? t : EXPORT_TARGET;
}

export interface SuiteRun {
  readonly suite: Suite;
  readonly metrics: readonly Metric[];
}

/** Top-level `…Ms: { median }` figures of a suite that has no floor (reported, not judged). */
function medians(key: string, file: string, result: unknown): Metric[] {
  if (typeof result !== 'object' || result === null) return [];
  return Object.entries(result).flatMap(([name, value]) => {
    const m = (value as { median?: unknown } | null)?.median;
    if (!name.endsWith('Ms') || typeof m !== 'number') return [];
    return [
      metric({
        id: `${key}.${name.replace(/Ms$/, '').toLowerCase()}`,
        name: `${name.replace(/Ms$/, '')} [${key}]`,
        unit: 'ms',
        ours: m,
        floor: null,
        target: { kind: 'none' },
        note: `from bench/${file}; this suite measures no floor, its own output is kept under suites`,
      }),
    ];
  });
}

/** Turns a suite's rows into metrics against its target (or the export target, 1.2). */
function toMetrics(key: string, file: string, source: string, result: unknown): Metric[] | null {
  const cases = casesOf(result);
  if (!cases) {
    const found = medians(key, file, result);
    return found.length > 0 ? found : null;
  }
  const target = targetOf(result);
  return cases.map((c) =>
    metric({
      id: `${key}.${c.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`,
      name: `${c.name} [${key}]`,
      unit: 'ms',
      ours: c.oursMs,
      floor: c.bareMs,
      target:
        typeof c.maxMs === 'number'
          ? { kind: 'max', value: c.maxMs }
          : { kind: 'ratio', value: target },
      ...(c.runs !== undefined ? { samples: c.runs } : {}),
      note: `from bench/${file} (${source})`,
    }),
  );
}

/** A script suite: run it in its own process; read the results file it writes, if any. */
function spawnSuite(key: string, file: string): SuiteRun {
  const started = Date.now();
  const run = spawnSync('npx', ['tsx', `bench/${file}`], {
    cwd: `${BENCH_DIR}..`,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 15 * 60_000,
  });
  const base = { name: key, file: `bench/${file}` };
  if (run.status !== 0) {
    const why = run.error?.message ?? `exit code ${run.status ?? 'none'}`;
    return { suite: { ...base, status: 'failed', message: why }, metrics: [] };
  }
  const resultsFile = `${BENCH_DIR}${key}-results.json`;
  if (!existsSync(resultsFile) || statSync(resultsFile).mtimeMs < started) {
    return {
      suite: { ...base, status: 'ran', message: 'no results file; see its output' },
      metrics: [],
    };
  }
  const results: unknown = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const metrics = toMetrics(key, file, `bench/${key}-results.json`, results) ?? [];
  return { suite: { ...base, status: 'ran', results }, metrics };
}

/**
 * Runs bench/`file`: a module exporting a `run…Bench(runs)` function is imported and called;
 * any other file is a script and runs in its own process (its own results file is then read
 * back into bench/results.json). A suite that fails is reported as failed; the rest goes on.
 */
export async function runSuite(key: string, file: string, runs: number): Promise<SuiteRun> {
  const path = `${BENCH_DIR}${file}`;
  if (!existsSync(path)) {
    return {
      suite: { name: key, file: `bench/${file}`, status: 'not available yet' },
      metrics: [],
    };
  }
  const exported = /export\s+(?:async\s+)?function\s+(run\w*Bench)\b/.exec(
    readFileSync(path, 'utf8'),
  );
  if (!exported) return spawnSuite(key, file);
  try {
    const mod = (await import(path)) as Record<string, unknown>;
    const fn = mod[exported[1]!];
    if (typeof fn !== 'function') throw new Error(`${exported[1]} is not exported as a function`);
    const result: unknown = await (fn as (runs: number) => Promise<unknown>)(runs);
    const metrics = toMetrics(key, file, exported[1]!, result) ?? [];
    return { suite: { name: key, file: `bench/${file}`, status: 'ran', results: result }, metrics };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { suite: { name: key, file: `bench/${file}`, status: 'failed', message }, metrics: [] };
  }
}
