// Opening record files (exchange files and record bundles) for the file slice: reading and
// checking them, asking when they would replace a stored record or repeat a reference, and
// handing them to the import tail (import-slice.ts).
import type { StoreApi } from 'zustand/vanilla';
import { looksLikeZip } from '../../shared/evidence/file-kinds';
import { readExchangeText } from '../../shared/exchange/read';
import type { OpenedFile } from '../../shared/ipc/contract';
import { findByReference } from '../../shared/records/find-by-reference';
import { decodeUtf8 } from '../../shared/text/utf8';
import type { AssessmentRecord } from '../../shared/types/record';
import type { PendingBundle } from '../services/evidence/bundle-io';
import { importBundle, readBundleFile } from '../services/evidence/bundle-io';
import type { AppDeps, AppState } from './app-state';
import { describeError } from './describe-error';
import { brokenSignOffs, guardImport } from './import-guard';

/** What opening a file needs: the store (with its import tail) and the app's deps. */
export interface FileContext {
  readonly get: StoreApi<AppState>['getState'];
  readonly deps: AppDeps;
}

function cannotOpen({ get }: FileContext, body: string): void {
  get().showDialog({ kind: 'message', title: 'The file could not be opened', body });
}

/** Imports a checked bundle (record, library, files; see `importBundle`) and opens it. */
export async function importBundleFile(c: FileContext, pending: PendingBundle): Promise<void> {
  const { get, deps } = c;
  if (!(await get().safeToImport())) return;
  let result;
  try {
    result = await importBundle(deps, get().evidence, pending);
  } catch (error) {
    result = { opened: false, message: describeError(error) };
  }
  if (!result.opened) {
    get().showDialog({
      kind: 'message',
      title: 'The record was not imported',
      body: result.message,
    });
    return;
  }
  const id = pending.bundle.read.record.organisation.id;
  await get().recordReplaced(id);
  // Opened from a library ("Open record bundle…"), the bundle's library is shown; else its record.
  get().navigate(
    get().route.screen === 'library'
      ? { screen: 'library', organisationId: id, documentId: null }
      : { screen: 'organisation', organisationId: id },
  );
  get().showDialog({ kind: 'message', title: 'Record bundle opened', body: result.message });
}

/**
 * Another stored organisation with the file's reference (its id differs, so it is not the same
 * record): asks first, rather than making a second line with the same reference. True when it
 * asked. The stored organisations are read afresh.
 */
async function askAboutReference(
  { get, deps }: FileContext,
  fileName: string,
  record: AssessmentRecord,
  bundle?: PendingBundle,
): Promise<boolean> {
  const rows = await deps.repository.listPortfolio().catch(() => get().portfolio ?? []);
  const holder = findByReference(
    rows.map((r) => r.organisation),
    record.organisation.reference,
    record.organisation.id,
  );
  if (!holder) return false;
  get().showDialog({
    kind: 'confirm-duplicate-reference',
    fileName,
    record,
    holder,
    ...(bundle ? { bundle } : {}),
  });
  return true;
}

/** A zip picked through "Open record…": read as a record bundle, confirmed when it replaces. */
async function openBundleFile(c: FileContext, file: OpenedFile): Promise<void> {
  const { get, deps } = c;
  let read;
  try {
    read = await readBundleFile(deps, file);
  } catch (error) {
    cannotOpen(c, describeError(error));
    return;
  }
  if (!read.ok) {
    get().showDialog({ kind: 'file-errors', fileName: file.name, errors: read.errors });
    return;
  }
  const pending = read.value;
  if (pending.replaces === null) {
    if (await askAboutReference(c, file.name, pending.bundle.read.record, pending)) return;
    await importBundleFile(c, pending);
    return;
  }
  const record = pending.bundle.read.record;
  const row = (get().portfolio ?? []).find((r) => r.organisation.id === record.organisation.id);
  get().showDialog({
    kind: 'confirm-replace',
    fileName: file.name,
    record,
    existing: row?.organisation ?? { ...record.organisation, name: pending.replaces },
    bundle: pending,
    kept: pending.kept,
  });
}

/** The record of an exchange file, checked (sign-offs too); null, with the errors shown, if not. */
async function readRecordFile(
  { get, deps }: FileContext,
  file: OpenedFile,
): Promise<AssessmentRecord | null> {
  const text = decodeUtf8(file.bytes);
  if (text === null) {
    get().showDialog({
      kind: 'file-errors',
      fileName: file.name,
      errors: [
        {
          path: '$',
          problem: 'the file is not UTF-8 text',
          expected: 'a CSE Fieldbook exchange file (JSON)',
        },
      ],
    });
    return null;
  }
  const read = readExchangeText(text);
  if (!read.ok) {
    get().showDialog({ kind: 'file-errors', fileName: file.name, errors: read.errors });
    return null;
  }
  const record = read.value.record;
  const broken = await brokenSignOffs(record, deps.crypto);
  if (broken.length > 0) {
    get().showDialog({ kind: 'file-errors', fileName: file.name, errors: broken });
    return null;
  }
  return record;
}

/**
 * Opens a picked record file: a bundle or an exchange file, checked, then imported, or first
 * confirmed when it would replace a stored record or repeat another's reference.
 */
export async function openPickedFile(c: FileContext, file: OpenedFile): Promise<void> {
  if (looksLikeZip(file.bytes)) {
    await openBundleFile(c, file);
    return;
  }
  const record = await readRecordFile(c, file);
  if (!record) return;
  const { get, deps } = c;
  const existing = (get().portfolio ?? []).find(
    (row) => row.organisation.id === record.organisation.id,
  );
  if (existing) {
    let kept: readonly string[];
    try {
      kept = (await guardImport(deps.repository, record)).kept;
    } catch (error) {
      cannotOpen(c, describeError(error).replace(/^Not saved: /, ''));
      return;
    }
    get().showDialog({
      kind: 'confirm-replace',
      fileName: file.name,
      record,
      existing: existing.organisation,
      kept,
    });
    return;
  }
  if (await askAboutReference(c, file.name, record)) return;
  await get().importRecord(record, { replace: false });
}
