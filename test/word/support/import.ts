import { XMLParser } from 'fast-xml-parser';
import { expect } from 'vitest';
import type { DocxImportOptions } from '../../../shared/word/import/import-docx';
import { importDocx } from '../../../shared/word/import/import-docx';
import type { DocxImport } from '../../../shared/word/import/preview-types';
import type { WordReadLibraries } from '../../../shared/word/read/libraries';

export const LIBS: WordReadLibraries = { XMLParser };

/** Ids "id-1", "id-2" … in the order asked for. */
export function counterIds(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

/** Imports, failing the test with the importer's message when it refuses. */
export async function importOk(
  bytes: Uint8Array,
  options: Partial<DocxImportOptions> = {},
): Promise<DocxImport> {
  const result = await importDocx(bytes, LIBS, { newId: counterIds(), ...options });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.code}: ${e.message}`).join('\n'));
  return result.value;
}

/** The warning codes with their elements, sorted: "missing-element 5.3.3". */
export function warningKeys(imported: DocxImport): string[] {
  return imported.preview.warnings
    .map((w) => `${w.code}${w.element ? ` ${w.element}` : ''}`)
    .sort();
}

/** Asserts the warnings are exactly these codes (with elements), in any order. */
export function expectWarnings(imported: DocxImport, expected: readonly string[]): void {
  expect(warningKeys(imported), JSON.stringify(imported.preview.warnings, null, 1)).toEqual(
    [...expected].sort(),
  );
}
