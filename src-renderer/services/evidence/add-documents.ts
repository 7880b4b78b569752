// Adding files to the library, one after another: refuse what cannot be kept, say when a file is
// already there, read the text in the worker (with progress), then store file, text and
// document in one transaction. A refused file changes nothing stored.
import { classifyFile } from '../../../shared/evidence/file-kinds';
import type { ContentHash, DocumentId } from '../../../shared/evidence/types';
import type { OrganisationId, StageId } from '../../../shared/types/ids';
import type { FieldbookRepository, StoredDocument } from '../../db/index';
import type { WorkerOutcome } from './extract-protocol';
import type { AddJob } from './library-state';
import { problemText } from './problem-text';

/** A file to add: its base name and bytes. */
export interface NewFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What came of one file: its document id when it is (now) in the library, and the message. */
export interface AddedFile {
  readonly name: string;
  readonly documentId: DocumentId | null;
  readonly outcome: 'added' | 'duplicate' | 'restored-file' | 'refused';
  readonly message: string;
}

export interface AddContext {
  readonly organisationId: OrganisationId;
  readonly repository: FieldbookRepository;
  /** Reads a file's text and suggestions (the extraction worker; tests pass a direct reader). */
  readonly extractor: {
    extract(
      name: string,
      bytes: Uint8Array,
      onProgress: (done: number, total: number) => void,
    ): Promise<WorkerOutcome>;
  };
  readonly now: () => string;
  readonly newId: () => string;
  readonly documents: () => readonly StoredDocument[];
  readonly jobs: () => readonly AddJob[];
  readonly setJobs: (jobs: readonly AddJob[]) => void;
}

/** SHA-256 of bytes as lower-case hex, with the browser's crypto. */
export async function sha256Hex(bytes: Uint8Array): Promise<ContentHash> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('') as ContentHash;
}

function updateJob(ctx: AddContext, id: string, patch: Partial<AddJob>): void {
  ctx.setJobs(ctx.jobs().map((j) => (j.id === id ? { ...j, ...patch } : j)));
}

async function addOne(
  ctx: AddContext,
  file: NewFile,
  jobId: string,
  defaults: { readonly stageId: StageId | null; readonly period: string },
): Promise<AddedFile> {
  const refuse = (
    message: string,
    documentId: DocumentId | null = null,
    outcome: AddedFile['outcome'] = 'refused',
  ): AddedFile => {
    updateJob(ctx, jobId, {
      state: 'failed',
      message,
      tone: outcome === 'duplicate' ? 'info' : 'error',
    });
    return { name: file.name, documentId, outcome, message };
  };
  const kind = classifyFile(file.name, file.bytes);
  if (!kind.ok) return refuse(kind.errors.map((e) => e.message).join(' '));
  const hash = await sha256Hex(file.bytes);
  const existing = ctx.documents().find((d) => d.document.contentHash === hash);
  if (existing?.hasFile) {
    const where =
      existing.document.trashedAt !== null
        ? ' (in the library’s trash: restore it from there)'
        : '';
    return refuse(
      `"${file.name}" is already in the library as "${existing.document.name}"${where}; it is kept once.`,
      existing.document.id,
      'duplicate',
    );
  }
  const read = await ctx.extractor.extract(file.name, file.bytes, (done, total) =>
    updateJob(ctx, jobId, { done, total }),
  );
  if (!read.ok) return refuse(read.problem.message);
  updateJob(ctx, jobId, { state: 'saving' });
  const { extracted, suggestions, suggesterVersion } = read.value;
  const documentId = ctx.newId() as DocumentId;
  try {
    const outcome = await ctx.repository.addDocument(ctx.organisationId, {
      document: {
        id: documentId,
        name: file.name,
        mediaType: extracted.mediaType,
        size: file.bytes.length,
        contentHash: hash,
        kind: extracted.kind,
        addedAt: ctx.now(),
        stageId: defaults.stageId,
        period: defaults.period,
        trashedAt: null,
        rejectedSuggestions: [],
      },
      bytes: file.bytes,
      text: extracted.text,
      suggestions,
      suggesterVersion,
    });
    if (outcome.kind === 'duplicate') {
      return refuse(
        `"${file.name}" is already in the library as "${outcome.existing.name}"; it is kept once.`,
        outcome.existing.id,
        'duplicate',
      );
    }
    const id = outcome.kind === 'added' ? documentId : outcome.existing.id;
    const message =
      outcome.kind === 'restored-file'
        ? `The file of "${outcome.existing.name}" was missing from the library; it is now stored.`
        : (extracted.notice ??
          `Added "${file.name}"${extracted.text.pageCount ? ` (${extracted.text.pageCount} pages)` : ''}.`);
    updateJob(ctx, jobId, { state: 'done', message, tone: extracted.notice ? 'warning' : 'info' });
    return { name: file.name, documentId: id, outcome: outcome.kind, message };
  } catch (error) {
    return refuse(`"${file.name}" was not added: ${problemText(error)}`);
  }
}

/**
 * Adds files in order, each reported as a job (reading with pages done, saving, done or
 * failed with its message). Never throws: every failure is a refused file with its reason.
 */
export async function addDocuments(
  ctx: AddContext,
  files: readonly NewFile[],
  defaults: { readonly stageId: StageId | null; readonly period: string },
): Promise<AddedFile[]> {
  const jobs: AddJob[] = files.map((file) => ({
    id: ctx.newId(),
    name: file.name,
    state: 'reading',
    done: 0,
    total: 0,
    message: null,
    tone: 'info',
  }));
  ctx.setJobs([...ctx.jobs(), ...jobs]);
  const results: AddedFile[] = [];
  for (const [i, file] of files.entries()) {
    const job = jobs[i] as AddJob;
    try {
      results.push(await addOne(ctx, file, job.id, defaults));
    } catch (error) {
      const message = `"${file.name}" was not added: ${problemText(error)}`;
      updateJob(ctx, job.id, { state: 'failed', message, tone: 'error' });
      results.push({ name: file.name, documentId: null, outcome: 'refused', message });
    }
  }
  return results;
}
