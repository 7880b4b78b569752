// A record bundle: one zip holding the record (exchange format, with its evidence library) and
// the files of its documents, so that a record and its evidence travel together.
import type JSZip from 'jszip';
import type { ExchangeError } from '../exchange/errors';
import type { ReadRecord } from '../exchange/read';
import { readExchangeText } from '../exchange/read';
import type { WriteOptions } from '../exchange/write';
import { writeExchangeText } from '../exchange/write';
import type { AssessmentRecord } from '../types/record';
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import { BUNDLE_ZIP_BUDGET } from '../zip/budgets';
import { openZip } from '../zip/read-zip';
import { decodeText } from './decode-text';
import { MAX_DOCUMENT_BYTES, looksLikeZip } from './file-kinds';
import type { ContentHash, EvidenceDocument } from './types';

/** The record's entry in a bundle. */
export const BUNDLE_RECORD = 'record.json';
/** Folder of the documents' files: `documents/<content hash>/<file name>`. */
export const BUNDLE_DOCUMENTS = 'documents/';
/**
 * Largest bundle the command line reads (1 GiB, as `BUNDLE_ZIP_BUDGET` inflates at most); the
 * app opens files up to 100 MiB.
 */
export const MAX_BUNDLE_BYTES = 1024 * 1024 * 1024;

/** The JSZip constructor, to write a bundle (passed in: the browser loads it on first use). */
export type ZipLibrary = typeof JSZip;

/** SHA-256 of bytes as lower-case hex (crypto.subtle in the browser and in Node). */
export type Sha256 = (bytes: Uint8Array) => Promise<string>;

/** A bundle read: the record, the files found (checked against their hashes), and those missing. */
export interface ReadBundle {
  readonly read: ReadRecord;
  readonly files: ReadonlyMap<ContentHash, Uint8Array>;
  /** Documents the record lists whose file is not in the bundle (or is damaged). */
  readonly missing: readonly EvidenceDocument[];
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f]/g;

/** A file name safe inside a zip: no folders, no control characters, not empty. */
function entryName(name: string): string {
  const safe = name.replace(UNSAFE, '_').replace(/^\.+/, '_').trim();
  return safe === '' ? 'document' : safe.slice(0, 200);
}

const README = (generator: string): string =>
  `This is a CSE Fieldbook record bundle, written by ${generator}.\n` +
  `${BUNDLE_RECORD} is the assessment record (CSE Fieldbook exchange format, JSON);\n` +
  `${BUNDLE_DOCUMENTS}<hash>/ holds each evidence document the record lists, as submitted.\n` +
  'Open the zip file in CSE Fieldbook to read it back. Commercial in Confidence.\n';

/**
 * Writes a bundle: the record as exchange text and, for each document of its evidence library,
 * the file from `files` (by content hash). A document whose file is not given is listed in the
 * record only; reading the bundle then says it is missing.
 */
export async function writeBundle(
  record: AssessmentRecord,
  files: ReadonlyMap<ContentHash, Uint8Array>,
  zip: ZipLibrary,
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const archive = new zip();
  const date = options.exportedAt !== undefined ? new Date(options.exportedAt) : undefined;
  const fileOptions = { createFolders: false, ...(date ? { date } : {}) };
  archive.file('README.txt', README(options.generator ?? 'CSE Fieldbook'), fileOptions);
  archive.file(BUNDLE_RECORD, writeExchangeText(record, options), fileOptions);
  for (const document of record.evidence?.documents ?? []) {
    const bytes = files.get(document.contentHash);
    if (!bytes) continue;
    archive.file(`${BUNDLE_DOCUMENTS}${document.contentHash}/${entryName(document.name)}`, bytes, {
      ...fileOptions,
      binary: true,
    });
  }
  return archive.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function bundleError(problem: string, expected?: string): Result<never, ExchangeError> {
  return fail([{ path: '$', problem, ...(expected ? { expected } : {}) }]);
}

const DOCUMENT_ENTRY = /^documents\/([0-9a-f]{64})\/[^/]+$/;

/**
 * Reads a bundle within `BUNDLE_ZIP_BUDGET` (shared/zip/): its central directory is checked
 * before anything is inflated, and every entry is inflated through a stream that stops at its
 * declared size. Fails, without throwing, with one sentence when the bytes are not a zip, the
 * zip is hostile or damaged (too many entries, an entry over 50 MiB, sizes that lie, overlapping
 * entries, encryption), holds no record, or the record is invalid (its own errors). A document's
 * file is kept only when its SHA-256 matches the record; the others are reported as missing,
 * and the record still opens.
 */
export async function readBundle(
  bytes: Uint8Array,
  sha256: Sha256,
): Promise<Result<ReadBundle, ExchangeError>> {
  if (!looksLikeZip(bytes)) {
    return bundleError(
      'the file is not a zip archive',
      'a CSE Fieldbook bundle (.zip) or record (.json)',
    );
  }
  const opened = openZip(bytes, BUNDLE_ZIP_BUDGET);
  if (!opened.ok) return bundleError(opened.errors[0]?.message ?? 'the zip archive is damaged');
  const archive = opened.value;
  if (!archive.entry(BUNDLE_RECORD)) {
    return bundleError(
      `the zip archive holds no ${BUNDLE_RECORD}`,
      'a bundle written by CSE Fieldbook',
    );
  }
  const recordBytes = archive.read(BUNDLE_RECORD);
  if (!recordBytes.ok) return bundleError(recordBytes.errors[0]?.message ?? 'damaged');
  const read = readExchangeText(decodeText(recordBytes.value));
  if (!read.ok) return read;
  const byHash = new Map<string, string>();
  for (const entry of archive.entries) {
    const match = DOCUMENT_ENTRY.exec(entry.name);
    if (match && !entry.isDirectory && !byHash.has(match[1] as string)) {
      byHash.set(match[1] as string, entry.name);
    }
  }
  const files = new Map<ContentHash, Uint8Array>();
  const missing: EvidenceDocument[] = [];
  for (const document of read.value.record.evidence?.documents ?? []) {
    const name = byHash.get(document.contentHash);
    if (name === undefined) {
      missing.push(document);
      continue;
    }
    const data = archive.read(name);
    if (!data.ok) return bundleError(data.errors[0]?.message ?? 'damaged');
    if (
      data.value.length > MAX_DOCUMENT_BYTES ||
      (await sha256(data.value)) !== document.contentHash
    ) {
      missing.push(document);
      continue;
    }
    files.set(document.contentHash, data.value);
  }
  return ok({ read: read.value, files, missing });
}
