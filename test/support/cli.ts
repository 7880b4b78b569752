import { readFile, stat } from 'node:fs/promises';
import type { CliIo } from '../../src-cli/io';
import { runCli } from '../../src-cli/run';
import { writeFileAtomic } from '../../src-cli/write-atomic';

/** What one run of the command line printed, and how it exited. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export interface CliRunOptions {
  /** False: no file writer, as a read-only fake (the commands that write refuse). Default true. */
  readonly write?: boolean;
  /** The environment the commands see (FIELDBOOK_CERTIFYING_BODY …); default none. */
  readonly env?: Readonly<Record<string, string>>;
  /** Reported as the size of every file read, to stand for a huge file without making one. */
  readonly fakeSize?: number;
}

/**
 * Runs `fieldbook <argv>` in this process on the real file system, as `src-cli/main.ts` does
 * (a folder's size is refused as EISDIR; files are written atomically), and captures its output.
 */
export async function runFieldbook(
  argv: readonly string[],
  options: CliRunOptions = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: CliIo = {
    readFile: (p) => readFile(p),
    fileSize: async (p) => {
      const s = await stat(p);
      if (s.isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
      return options.fakeSize ?? s.size;
    },
    out: (t) => (out += t),
    err: (t) => (err += t),
    ...(options.write === false ? {} : { writeFileAtomic }),
    ...(options.env ? { env: options.env } : {}),
  };
  const code = await runCli(io, argv);
  return { code, out, err };
}
