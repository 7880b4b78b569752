/**
 * `npm run bench` (tsx bench/run.ts): every speed claim measured beside its floor — the bare
 * library doing the same work — in the same run. Prints a table, writes bench/results.json.
 * How to run and read it: bench/README.md.
 *
 * Flags: --quick (smaller sizes, fewer samples), --no-build, --only=web|keystroke|export|suites (repeatable,
 * comma-separated), --portfolio=N, --samples=N, --memory-orgs=N, --cold-runs=N, --export-runs=N,
 * --no-stress-pdf, --out=FILE.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { runLongExportBench } from './export-long.bench';
import { buildProbeSite } from './probe-build';
import { describeMachine, machineLine } from './machine';
import type { BenchResults, Metric, Suite } from './report';
import { formatTable } from './report';
import { runSuite } from './suites';
import { journalComparison } from './web-journal';
import { initialJsMetric } from './web-cold-start';
import { realisticSession, stressSession } from './web-sessions';
import type { WebOptions } from './web-sessions';

const ROOT = new URL('..', import.meta.url).pathname;

function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

function value(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const n = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} needs a positive whole number`);
  return n;
}

function parts(): ReadonlySet<string> {
  const only = process.argv
    .filter((a) => a.startsWith('--only='))
    .flatMap((a) => a.slice('--only='.length).split(','));
  return new Set(only.length > 0 ? only : ['web', 'export', 'suites']);
}

function build(): void {
  console.log('building the renderer (npx electron-vite build; --no-build skips)…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed; nothing was measured');
  buildProbeSite();
}

function section(title: string): void {
  console.log(`\n== ${title}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const quick = flag('quick');
  const only = parts();
  const web: WebOptions = {
    samples: value('samples', quick ? 20 : 40),
    portfolio: value('portfolio', quick ? 100 : 500),
    realisticOrgs: value('memory-orgs', quick ? 10 : 50),
    coldRuns: value('cold-runs', quick ? 3 : 5),
    workbookRuns: quick ? 3 : 5,
    rescoreSamples: quick ? 6 : 12,
    extractionPages: quick ? 100 : 300,
  };
  const exportRuns = value('export-runs', quick ? 2 : 5);
  const stressPdf = !quick && !flag('no-stress-pdf');
  const out =
    process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? `${ROOT}bench/results.json`;
  const loadBefore = loadavg()[0] ?? 0;

  if ((only.has('web') || only.has('keystroke')) && !flag('no-build')) build();
  const metrics: Metric[] = [];
  const suites: Suite[] = [];
  let chromium = 'not started';

  if (only.has('web')) {
    metrics.push(initialJsMetric());
    section(
      `browser, realistic data (${web.realisticOrgs} organisations × 3 stages, 2–5 KB fields)`,
    );
    const a = await realisticSession(web);
    chromium = a.chromium;
    metrics.push(...a.metrics);
    section(`browser, stress data (30 KB fields; ${web.portfolio}-organisation portfolio)`);
    metrics.push(...(await stressSession(web)).metrics);
  }
  if (only.has('keystroke')) {
    section('keystroke → committed with and without the journal of pending edits');
    metrics.push(...(await journalComparison(web)));
  }
  if (only.has('export')) {
    section('exports with long evidence (bench/export-long.bench.ts)');
    metrics.push(...(await runLongExportBench({ runs: exportRuns, stressPdf })));
    suites.push({ name: 'export-long', file: 'bench/export-long.bench.ts', status: 'ran' });
  }
  if (only.has('suites')) {
    // The sample-record exports take 10–300 ms, where a few runs are at the mercy of one GC or
    // a busy core: they get four times the runs of the long-evidence exports (at least 15).
    const shortRuns = Math.max(15, exportRuns * 4);
    for (const [key, file, runs] of [
      ['export', 'export.bench.ts', shortRuns],
      ['word', 'word.bench.ts', exportRuns],
      ['evidence', 'evidence.bench.ts', exportRuns],
      ['suggest', 'suggest.bench.ts', shortRuns],
    ] as const) {
      section(`bench/${file}`);
      const run = await runSuite(key, file, runs);
      console.log(`${run.suite.status}${run.suite.message ? `: ${run.suite.message}` : ''}`);
      suites.push(run.suite);
      metrics.push(...run.metrics);
    }
  }

  const machine = describeMachine(chromium, new Date());
  const line = `${machineLine(machine)}, load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`;
  const results: BenchResults = {
    machine,
    machineLine: line,
    options: { quick, ...web, exportRuns, stressPdf, only: [...only] },
    metrics,
    suites,
    durationS: Math.round((performance.now() - started) / 1000),
  };
  section('results');
  console.log(line);
  console.log(formatTable(metrics));
  for (const s of suites.filter((x) => x.status !== 'ran')) {
    console.log(`${s.file}: ${s.status}${s.message ? ` (${s.message})` : ''}`);
  }
  const missed = metrics.filter((m) => m.pass === false).map((m) => m.name);
  console.log(missed.length === 0 ? 'every target met' : `targets missed: ${missed.join('; ')}`);
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${out} (${results.durationS} s)`);
}

await main();
