// Messages between the library and its extraction worker.
import type { Extracted } from '../../../shared/evidence/extract';
import type { FileProblem } from '../../../shared/evidence/file-kinds';
import type { Suggestion } from '../../../shared/evidence/suggest';

/** How many suggestions are worked out and stored per document (the screens show fewer). */
export const STORED_SUGGESTIONS = 10;

/** Read this file (bytes transferred) and work out its suggestions. */
export interface ExtractRequest {
  readonly kind: 'extract';
  readonly id: number;
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

/** What the worker reports: progress (pages of a PDF), then the outcome. */
export type ExtractResponse =
  | {
      readonly kind: 'progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly kind: 'done';
      readonly id: number;
      readonly extracted: Extracted;
      readonly suggestions: readonly Suggestion[];
      readonly suggesterVersion: number;
    }
  | { readonly kind: 'failed'; readonly id: number; readonly problem: FileProblem };

/** A document read by the worker, with its suggestions. */
export interface WorkerExtraction {
  readonly extracted: Extracted;
  readonly suggestions: readonly Suggestion[];
  readonly suggesterVersion: number;
}

/** What came of one request: the extraction, or why the file was refused. */
export type WorkerOutcome =
  | { readonly ok: true; readonly value: WorkerExtraction }
  | { readonly ok: false; readonly problem: FileProblem };
