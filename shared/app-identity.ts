/**
 * Who wrote a file: the program's name and its version, read from package.json at build time
 * (Vite and tsx inline it). Every exported, backed-up or saved file names its generator through
 * `generatorText`, so a release changes the version in package.json alone.
 */
import { version } from '../package.json';

/** The program's name as people read it (package.json's `name` is the npm name). */
export const APP_NAME = 'CSE Fieldbook';

/** The version in package.json, e.g. "0.1.0". */
export const APP_VERSION: string = version;

/**
 * The generator written into a file's metadata: "CSE Fieldbook 0.1.0", or with the tool that
 * wrote it, e.g. "CSE Fieldbook 0.1.0 (fieldbook export)".
 */
export function generatorText(tool?: string): string {
  const base = `${APP_NAME} ${APP_VERSION}`;
  return tool === undefined ? base : `${base} (${tool})`;
}
