// Runs a command line as a child process and reports what it printed, its exit code, its peak
// resident memory and its CPU time (measured inside the child by report-usage.mjs).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly maxRssMiB: number;
  readonly cpuSeconds: number;
}

const REPORT = new URL('./report-usage.mjs', import.meta.url).pathname;
export const BIN = new URL('../../bin/fieldbook.js', import.meta.url).pathname;
export const APP_RUNNER = new URL('./app-runner.ts', import.meta.url).pathname;

/** The issue's bounds for one hostile file: 512 MB of memory, 10 s (of CPU: the machine is shared). */
export const MAX_RSS_MIB = 512;
export const MAX_CPU_SECONDS = 10;

/**
 * Runs `node [--import tsx] <args…>` with V8's heap capped at 1 GiB (so a regression fails
 * quickly instead of taking the machine's memory) and a 90 s wall-clock limit.
 */
export function runMeasured(
  args: readonly string[],
  options: { tsx?: boolean } = {},
): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-usage-'));
  const report = join(dir, 'usage.json');
  const node = [
    '--max-old-space-size=1024',
    '--import',
    REPORT,
    ...(options.tsx ? ['--import', 'tsx'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...node, ...args], {
      env: { ...process.env, FIELDBOOK_USAGE_REPORT: report },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      let usage = { maxRssKiB: Number.POSITIVE_INFINITY, cpuSeconds: Number.POSITIVE_INFINITY };
      try {
        usage = JSON.parse(readFileSync(report, 'utf8')) as typeof usage;
      } catch {
        // Killed or crashed before exiting: no report, and the test fails on the bounds.
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({
        code,
        stdout,
        stderr,
        maxRssMiB: usage.maxRssKiB / 1024,
        cpuSeconds: usage.cpuSeconds,
      });
    });
  });
}

/** The stack-trace and library wording no message to a user may carry. */
export const NOT_OURS =
  /\n\s+at |Bug :|reading '|Cannot read properties|Maximum call stack|heap out of memory|TypeError|RangeError/;
