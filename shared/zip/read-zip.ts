// One bounded way to read a zip archive, for every reader (Word import and evidence, XLSX
// import, record bundles): see docs/SECURITY.md, "Budgets of the file readers".
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import type { ZipBudget } from './budgets';
import type { ZipEntry } from './central-directory';
import { readCentralDirectory } from './central-directory';
import { inflateEntry } from './inflate-entry';
import type { ZipProblem } from './problems';
import { byteText, shownName } from './problems';

/** An archive whose central directory passed its budget; entries are inflated on request. */
export interface ZipArchive {
  readonly budget: ZipBudget;
  /** Every entry, in central-directory order (folders included). */
  readonly entries: readonly ZipEntry[];
  /** The entry of this exact name, if any. */
  entry(name: string): ZipEntry | undefined;
  /**
   * The bytes of an entry, inflated within its declared size and the archive's total budget
   * (counted over every read); a problem when the entry is missing, lies or is damaged.
   */
  read(name: string): Result<Uint8Array, ZipProblem>;
}

/**
 * Opens a zip archive within `budget`: the central directory is read and checked (see
 * `readCentralDirectory`) before anything is inflated. Never throws.
 */
export function openZip(bytes: Uint8Array, budget: ZipBudget): Result<ZipArchive, ZipProblem> {
  const listed = readCentralDirectory(bytes, budget);
  if (!listed.ok) return listed;
  const byName = new Map(listed.value.map((e) => [e.name, e]));
  let inflated = 0;
  return ok({
    budget,
    entries: listed.value,
    entry: (name) => byName.get(name),
    read(name) {
      const entry = byName.get(name);
      if (!entry) {
        return fail([
          { code: 'missing-entry', message: `the ${budget.what} holds no ${shownName(name)}` },
        ]);
      }
      if (inflated + entry.size > budget.maxTotalBytes) {
        return fail([
          {
            code: 'too-large',
            message: `the ${budget.what} unpacks to more than ${byteText(budget.maxTotalBytes)}, which is more than a real ${budget.what} holds`,
          },
        ]);
      }
      const read = inflateEntry(bytes, entry, budget.what);
      if (read.ok) inflated += read.value.length;
      return read;
    },
  });
}

/**
 * Every file entry of the archive inflated (folders left out), in central-directory order:
 * for handing a library that reads whole packages (exceljs, mammoth) only what passed the
 * budget. The first problem stops the reading.
 */
export function readAllEntries(
  archive: ZipArchive,
): Result<{ readonly name: string; readonly bytes: Uint8Array }[], ZipProblem> {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const entry of archive.entries) {
    if (entry.isDirectory) continue;
    const read = archive.read(entry.name);
    if (!read.ok) return read;
    out.push({ name: entry.name, bytes: read.value });
  }
  return ok(out);
}
