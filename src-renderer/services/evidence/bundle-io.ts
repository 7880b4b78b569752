// "Save record with documents": the record and its documents' files in one zip, through the
// platform's save dialog; and opening such a bundle back (a record without all its files still
// opens, and says which are missing).
import type { ReadBundle } from '../../../shared/evidence/bundle';
import type { ContentHash } from '../../../shared/evidence/types';
import type { ExchangeError } from '../../../shared/exchange/errors';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { MAX_BRIDGE_FILE_BYTES } from '../../../shared/ipc/contract';
import type { OrganisationId, StageId } from '../../../shared/types/ids';
import type { Result } from '../../../shared/types/result';
import { fail, ok } from '../../../shared/types/result';
import type { CheckCrypto } from '../../../shared/signoff/verify-sign-off';
import { recordFileName } from '../file-names';
import { brokenSignOffs, guardImport } from '../../state/import-guard';
import type { FieldbookRepository } from '../../db/index';
import type { Platform } from '../../platform/platform';
import { sha256Hex } from './add-documents';
import type { AddedFile, NewFile } from './add-documents';
import { problemText } from './problem-text';
import { generatorText } from '../../../shared/app-identity';

/** What bundle I/O needs from the app (its deps), with crypto to check sign-offs. */
export interface BundleDeps {
  readonly repository: FieldbookRepository;
  readonly platform: Platform;
  readonly now: () => string;
  readonly crypto: CheckCrypto;
}

/** Where an opened bundle's files go: the evidence libraries (the store's evidence actions). */
export interface BundleLibrary {
  load(organisationId: OrganisationId): Promise<void>;
  addFiles(
    organisationId: OrganisationId,
    files: readonly NewFile[],
    defaults: { readonly stageId: StageId | null; readonly period: string },
  ): Promise<AddedFile[]>;
  clearJobs(organisationId: OrganisationId): void;
}

/** Writes the organisation's record and documents as a bundle; returns what to tell the assessor. */
export async function saveBundle(
  organisationId: OrganisationId,
  deps: BundleDeps,
  flush: () => Promise<void>,
): Promise<string> {
  try {
    await flush();
    const record = await deps.repository.loadRecord(organisationId);
    if (!record) return 'This record is not in the fieldbook any more. Nothing was saved.';
    const evidence = await deps.repository.loadEvidence(organisationId);
    const files = new Map<ContentHash, Uint8Array>();
    for (const document of evidence.documents) {
      const bytes = await deps.repository.loadFile(document.contentHash);
      if (bytes) files.set(document.contentHash, bytes);
    }
    const { writeBundle } = await import('../../../shared/evidence/bundle');
    const JSZip = (await import('jszip')).default;
    const bytes = await writeBundle({ ...record, evidence }, files, JSZip, {
      exportedAt: deps.now(),
      generator: generatorText(),
    });
    if (bytes.length > MAX_BRIDGE_FILE_BYTES) {
      return `The bundle would be ${(bytes.length / (1024 * 1024)).toFixed(0)} MiB, more than the 100 MiB one file can hold. Save the record alone (Save as file…) and keep the documents separately. Nothing was saved.`;
    }
    const result = await deps.platform.saveFile(
      'zip',
      recordFileName(record.organisation, 'zip'),
      bytes,
    );
    if (!result.saved)
      return result.reason === 'failed'
        ? `The bundle was not saved: ${result.message ?? 'saving failed'}.`
        : '';
    const missing = evidence.documents.length - files.size;
    return `Saved ${result.name}: the record and ${files.size} document file${files.size === 1 ? '' : 's'}${missing > 0 ? ` (${missing} listed without its file, as it is not in this library)` : ''}.`;
  } catch (error) {
    return `The bundle was not saved: ${problemText(error)}`;
  }
}

/** A bundle read and checked, waiting to be imported (and, over an existing record, confirmed). */
export interface PendingBundle {
  readonly fileName: string;
  readonly bundle: ReadBundle;
  /** The name of the record it would replace, or null for a new one. */
  readonly replaces: string | null;
  /** What importing it keeps as stored (signed-off stages), in words for the confirmation. */
  readonly kept: readonly string[];
}

/**
 * Reads and checks the bytes of a bundle the assessor picked (here or through "Open record…"):
 * its problems when it is not a readable bundle, else the bundle waiting to be imported. Nothing
 * is stored. Rejects only when the stored record cannot be looked up.
 */
export async function readBundleFile(
  deps: BundleDeps,
  file: OpenedFile,
): Promise<Result<PendingBundle, ExchangeError>> {
  const { readBundle } = await import('../../../shared/evidence/bundle');
  const read = await readBundle(file.bytes, sha256Hex);
  if (!read.ok) return read;
  const record = read.value.read.record;
  // A sign-off that no longer holds is refused like any other problem of the file.
  const broken = await brokenSignOffs(record, deps.crypto);
  if (broken.length > 0) return fail(broken);
  const existing = await deps.repository.loadRecord(record.organisation.id);
  return ok({
    fileName: file.name,
    bundle: read.value,
    replaces: existing ? existing.organisation.name : null,
    kept: existing ? (await guardImport(deps.repository, record)).kept : [],
  });
}

/**
 * Imports a read bundle: the record with its library (replacing the stored record when it
 * exists: the import adds and updates, never deletes documents or links), then each file into
 * the organisation's evidence library through `library`.
 */
export async function importBundle(
  deps: BundleDeps,
  library: BundleLibrary,
  pending: PendingBundle,
): Promise<{ readonly opened: boolean; readonly message: string }> {
  const { record } = pending.bundle.read;
  try {
    // Over a stored record, its signed-off stages are kept as they are (the preview said so).
    if (pending.replaces !== null) {
      await deps.repository.replaceRecord((await guardImport(deps.repository, record)).record);
    } else await deps.repository.createRecord(record);
  } catch (error) {
    const message = `"${pending.fileName}" was not opened: ${problemText(error)} Nothing already stored was changed.`;
    return { opened: false, message };
  }
  const organisationId = record.organisation.id;
  await library.load(organisationId);
  const files = (record.evidence?.documents ?? []).flatMap((d) => {
    const bytes = pending.bundle.files.get(d.contentHash);
    return bytes ? [{ name: d.name, bytes }] : [];
  });
  const added = await library.addFiles(organisationId, files, { stageId: null, period: '' });
  // The message below says what came of the files; the per-file lines would repeat it.
  library.clearJobs(organisationId);
  const failed = added.filter((a) => a.outcome === 'refused');
  const missing = pending.bundle.missing.map((d) => `"${d.name}"`);
  const message = [
    `Opened "${record.organisation.name}" with ${files.length - failed.length} document file${files.length - failed.length === 1 ? '' : 's'}.`,
    missing.length > 0
      ? `Missing from the bundle (listed in the record, add the files again to restore them): ${missing.join(', ')}.`
      : '',
    ...failed.map((f) => f.message),
  ]
    .filter(Boolean)
    .join(' ');
  return { opened: true, message };
}
