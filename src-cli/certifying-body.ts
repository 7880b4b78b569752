import type { CertifyingBody } from '../shared/settings/certifying-body';
import { parseCertifyingBody } from '../shared/settings/certifying-body';
import type { CliIo } from './io';
import { CliError, EXIT } from './io';
import { readInputText } from './read-record';

/** The environment variable naming the certifying body's JSON file when no option does. */
export const CERTIFYING_BODY_ENV = 'FIELDBOOK_CERTIFYING_BODY';

/**
 * The certifying body's details the exports print at the foot of each page: read from the JSON
 * file `--certifying-body <file.json>` names, else from the file the environment variable
 * FIELDBOOK_CERTIFYING_BODY names, else none. The file holds one object:
 * `{ "name": …, "address": …, "telephone": …, "website": … }` (each optional text). A file that
 * cannot be read or holds anything else stops the command with one message: an export never
 * goes out quietly without the details the assessor asked for.
 */
export async function certifyingBodyOption(
  io: CliIo,
  option: string | undefined,
): Promise<CertifyingBody | null> {
  const fromEnv = io.env?.[CERTIFYING_BODY_ENV];
  const path = option ?? (fromEnv === undefined || fromEnv === '' ? undefined : fromEnv);
  if (path === undefined) return null;
  const where = option === undefined ? `${path} (named by ${CERTIFYING_BODY_ENV})` : path;
  let value: unknown;
  try {
    value = JSON.parse(await readInputText(io, path));
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`${error.message} (${where})`, error.code);
    throw new CliError(`${where} is not JSON: ${(error as Error).message}`, EXIT.invalid);
  }
  const body = parseCertifyingBody(value);
  if (!body.ok) {
    throw new CliError(
      `${where} does not hold the certifying body's details: ${body.errors.join('; ')}`,
      EXIT.invalid,
    );
  }
  return body.value;
}
