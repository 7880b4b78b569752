import { readFile, stat } from 'node:fs/promises';
import type { CliIo } from './io';
import { runCli } from './run';
import { writeFileAtomic } from './write-atomic';

/**
 * Whether whoever reads our output has gone (`fieldbook score … | head` closes the pipe once
 * it has its lines): further output is dropped and the command ends quietly, as Unix tools do,
 * instead of dying on EPIPE with a stack trace.
 */
let readerGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  readerGone = true;
});

/** The real process edge of the `fieldbook` command. */
const io: CliIo = {
  readFile: async (path) => readFile(path),
  fileSize: async (path) => {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return info.size;
  },
  out: (text) => {
    if (!readerGone) process.stdout.write(text);
  },
  err: (text) => process.stderr.write(text),
  writeFileAtomic,
  env: process.env,
};

process.exitCode = await runCli(io, process.argv.slice(2));
