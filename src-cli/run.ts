import { COMMANDS } from './commands/table';
import type { CliIo, ExitCode } from './io';
import { CliError, EXIT } from './io';
import { USAGE } from './usage';

export { USAGE } from './usage';

async function dispatch(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) throw new CliError(`unknown command "${command}"\n\n${USAGE}`, EXIT.usage);
  return run(io, rest);
}

/**
 * Runs one command line and returns its exit code. Expected failures (bad arguments, bad files)
 * print one message on stderr; only export and import-xlsx write files, atomically, and only
 * once their input has been read in full.
 */
export async function runCli(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  try {
    return await dispatch(io, argv);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`fieldbook: ${error.message}\n`);
      return error.code;
    }
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`fieldbook: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    io.err(
      `fieldbook: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT.invalid;
  }
}
