// `fieldbook score … | head` closes the pipe before the command has printed everything: the
// command must end quietly (exit 0, nothing on stderr), not die on EPIPE with a stack trace.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const SAMPLE = new URL('../fixtures/sample-record.json', import.meta.url).pathname;
const BIN = new URL('../../bin/fieldbook.js', import.meta.url).pathname;

/** Runs the bin with its output pipe closed by the reader before the first byte is read. */
function runWithReaderGone(args: readonly string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err }));
  });
}

describe('a reader that stops early', () => {
  it.each([
    [['score', SAMPLE]],
    [['score', SAMPLE, '--json']],
    [['plan', SAMPLE, '--today', '2017-01-15']],
  ])(
    'fieldbook %j ends quietly when its output pipe is closed',
    async (args) => {
      const run = await runWithReaderGone(args);
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
    },
    30_000,
  );

  it('through a shell pipe into head', async () => {
    const exec = promisify(execFile);
    const { stdout, stderr } = await exec('sh', [
      '-c',
      `"${process.execPath}" "${BIN}" score "${SAMPLE}" | head -1`,
    ]);
    expect(stdout.split('\n')[0]).toMatch(/Northfield University/);
    expect(stderr).toBe('');
  }, 30_000);
});
