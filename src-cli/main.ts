import { readFile, stat } from 'node:fs/promises';
import type { CliIo } from './io';
import { runCli } from './run';
import { writeFileAtomic } from './write-atomic';

/** The real process edge of the `fieldbook` command. */
const io: CliIo = {
  readFile: async (path) => readFile(path),
  fileSize: async (path) => {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return info.size;
  },
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  writeFileAtomic,
  env: process.env,
};

process.exitCode = await runCli(io, process.argv.slice(2));
