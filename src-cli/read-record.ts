import type { ReadRecord } from '../shared/exchange/read';
import { readExchangeText } from '../shared/exchange/read';
import { formatExchangeError } from '../shared/exchange/errors';
import { EXCHANGE_LIMITS } from '../shared/exchange/limits';
import type { CliIo } from './io';
import { CliError, EXIT } from './io';

/** Reads the file's bytes, refusing missing, unreadable or oversized files with one message. */
export async function readInputText(io: CliIo, path: string): Promise<string> {
  let size: number;
  try {
    size = await io.fileSize(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`, EXIT.usage);
  }
  if (size > EXCHANGE_LIMITS.maxFileBytes) {
    throw new CliError(
      `${path} is ${size} bytes; exchange files are at most ${EXCHANGE_LIMITS.maxFileBytes} bytes`,
      EXIT.invalid,
    );
  }
  try {
    const bytes = await io.readFile(path);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) throw new CliError(`${path} is not UTF-8 text`, EXIT.invalid);
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`, EXIT.usage);
  }
}

/** Result of reading an exchange file: the record, or the formatted errors. */
export type RecordOrErrors =
  | { readonly ok: true; readonly value: ReadRecord }
  | { readonly ok: false; readonly lines: readonly string[] };

export async function readRecordFile(io: CliIo, path: string): Promise<RecordOrErrors> {
  const result = readExchangeText(await readInputText(io, path));
  if (result.ok) return result;
  return { ok: false, lines: result.errors.map(formatExchangeError) };
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
