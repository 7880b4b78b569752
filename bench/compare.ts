/**
 * `npm run bench:compare -- --base=<commit>` (tsx bench/compare.ts): the benchmarks of another
 * commit and of this tree, in one run. Checks the base out into a temporary `git worktree` (with
 * this tree's node_modules linked in), builds each tree as its own bench needs, then runs the two
 * `bench/run.ts` interleaved — base, current; current, base; … for `--rounds=N` — so that drift
 * of a shared machine falls on both, and prints one table (bench/compare-table.ts). The worktree is
 * removed at the end, also on failure or Ctrl-C. How to read it: bench/README.md.
 *
 * Flags: --base=<commit> (required), --rounds=N (default 3), --out=FILE (default
 * bench/compare-results.json); --quick, --only=… and every other flag go to both runs unchanged.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compareRounds, formatCompareTable } from './compare-table';
import type { RoundMetric } from './compare-table';

const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const OWN_FLAGS = ['--base=', '--rounds=', '--out='];

type Side = 'base' | 'current';

interface Round {
  readonly round: number;
  readonly side: Side;
  readonly ok: boolean;
  readonly durationS: number;
  readonly loadAverage: number;
  readonly metrics: readonly RoundMetric[];
  readonly machineLine?: string;
}

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

const load = (): number => Math.round((loadavg()[0] ?? 0) * 10) / 10;

let running: ChildProcess | undefined;

/** Runs a command with its output shown; resolves to whether it exited with 0. */
function run(cwd: string, command: string, args: readonly string[]): Promise<boolean> {
  const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
  // Each tree's bench serves its own build (its default), never one named by the caller's shell.
  delete env.BENCH_RENDERER_DIR;
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    running = child;
    child.on('error', () => resolve(false));
    child.on('exit', (code) => {
      running = undefined;
      resolve(code === 0);
    });
  });
}

/**
 * Builds a tree as its own bench does before measuring the browser: the product build, plus the
 * benchmark site where the tree has one (bench/probe-build.ts, after issue 19; before it the probe
 * was inside the product build).
 */
async function buildTree(side: Side, tree: string): Promise<void> {
  console.log(`\n== building ${side} (${tree})`);
  if (!(await run(tree, 'npx', ['electron-vite', 'build']))) {
    throw new Error(`the ${side} build failed; nothing was measured`);
  }
  if (!existsSync(join(tree, 'bench/probe-build.ts'))) return;
  const script = "import('./bench/probe-build.ts').then((m) => m.buildProbeSite())";
  if (!(await run(tree, 'npx', ['tsx', '--eval', script]))) {
    throw new Error(`the ${side} benchmark page did not build; nothing was measured`);
  }
}

/** Reads the results file a round wrote; none (a failed round) gives no metrics. */
function readRound(file: string): { metrics: RoundMetric[]; machineLine?: string } {
  if (!existsSync(file)) return { metrics: [] };
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
    metrics?: RoundMetric[];
    machineLine?: string;
  };
  return { metrics: parsed.metrics ?? [], machineLine: parsed.machineLine };
}

/** The results files a current-tree run rewrites (bench/*-results.json), to put back afterwards. */
function snapshotResults(except: string): Map<string, string> {
  const dir = join(ROOT, 'bench');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('-results.json'))
    .map((f) => join(dir, f))
    .filter((f) => resolve(f) !== resolve(except));
  return new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
}

function removeWorktree(dir: string): void {
  const link = join(dir, 'node_modules');
  try {
    unlinkSync(link);
  } catch {
    // Not created yet.
  }
  try {
    git(ROOT, 'worktree', 'remove', '--force', dir);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    git(ROOT, 'worktree', 'prune');
  }
}

async function main(): Promise<void> {
  const baseRef = arg('base');
  if (!baseRef) throw new Error('--base=<commit> is required (e.g. --base=c31b693)');
  const rounds = Number(arg('rounds') ?? 3);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a whole number ≥ 1');
  const out = resolve(arg('out') ?? join(ROOT, 'bench/compare-results.json'));
  const passOn = process.argv.slice(2).filter((a) => !OWN_FLAGS.some((f) => a.startsWith(f)));
  const only = passOn.find((a) => a.startsWith('--only='))?.slice(7);
  const needsBuild = !only || only.split(',').some((p) => p === 'web' || p === 'keystroke');
  const baseCommit = git(ROOT, 'rev-parse', '--verify', `${baseRef}^{commit}`);
  const current = {
    commit: git(ROOT, 'rev-parse', 'HEAD'),
    dirty: git(ROOT, 'status', '--porcelain', '--untracked-files=no') !== '',
  };
  const scratch = mkdtempSync(join(tmpdir(), 'fieldbook-bench-compare-'));
  const baseTree = join(scratch, 'base');
  const saved = snapshotResults(out);
  const stop = (signal: NodeJS.Signals): void => {
    running?.kill(signal);
    cleanUp();
    process.exit(130);
  };
  let cleaned = false;
  const cleanUp = (): void => {
    if (cleaned) return;
    cleaned = true;
    removeWorktree(baseTree);
    rmSync(scratch, { recursive: true, force: true });
    for (const [file, text] of saved) writeFileSync(file, text);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const loadBefore = load();
  const started = performance.now();
  try {
    console.log(`base ${baseCommit} → ${baseTree}`);
    git(ROOT, 'worktree', 'add', '--detach', baseTree, baseCommit);
    symlinkSync(join(ROOT, 'node_modules'), join(baseTree, 'node_modules'), 'dir');
    const trees: Record<Side, string> = { base: baseTree, current: ROOT };
    if (needsBuild)
      for (const side of ['base', 'current'] as const) await buildTree(side, trees[side]);
    const done: Round[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const order: Side[] = round % 2 === 1 ? ['base', 'current'] : ['current', 'base'];
      for (const side of order) {
        const file = join(scratch, `${side}-${round}.json`);
        console.log(`\n==== round ${round}/${rounds}: ${side} (load average ${load()})`);
        const t0 = performance.now();
        const args = ['tsx', 'bench/run.ts', '--no-build', ...passOn, `--out=${file}`];
        const ok = await run(trees[side], 'npx', args);
        const durationS = Math.round((performance.now() - t0) / 1000);
        done.push({ round, side, ok, durationS, loadAverage: load(), ...readRound(file) });
      }
    }
    const sideRounds = (side: Side) => done.filter((r) => r.side === side).map((r) => r.metrics);
    const rows = compareRounds(sideRounds('base'), sideRounds('current'));
    const results = {
      base: {
        ref: baseRef,
        commit: baseCommit,
        subject: git(ROOT, 'log', '-1', '--format=%s', baseCommit),
      },
      current,
      options: { rounds, passedOn: passOn },
      rule: 'within noise: |current median − base median| ≤ the larger of the two sides’ spreads (max − min over the rounds); medians over rounds; rounds interleaved, order alternating',
      machineLine: done.find((r) => r.machineLine)?.machineLine,
      loadAverage: { before: loadBefore, after: load() },
      durationS: Math.round((performance.now() - started) / 1000),
      // Every round's metrics as its bench/run.ts wrote them (floors and notes included).
      rounds: done,
      rows,
    };
    console.log(
      `\n== base ${baseCommit.slice(0, 7)} against current ${current.commit.slice(0, 7)}${current.dirty ? ' (with uncommitted changes)' : ''}`,
    );
    console.log(
      `${results.machineLine ?? ''}; load average ${loadBefore} → ${results.loadAverage.after}`,
    );
    console.log(formatCompareTable(rows));
    console.log(`rule: ${results.rule}`);
    const failed = done.filter((r) => !r.ok);
    for (const r of failed)
      console.log(`round ${r.round} ${r.side}: bench/run.ts failed (see its output)`);
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`wrote ${out} (${results.durationS} s)`);
    if (failed.length > 0) process.exitCode = 1;
  } finally {
    cleanUp();
  }
}

await main();
