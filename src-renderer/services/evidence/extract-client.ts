// The page's side of the extraction worker: one worker, started on first use, one document at a
// time, each within a time budget after which the worker is ended and a fresh one reads the next.
import type { FileProblem } from '../../../shared/evidence/file-kinds';
import type { ExtractRequest, ExtractResponse, WorkerOutcome } from './extract-protocol';

/**
 * How long one document may take to be read (pages of a long PDF included). A document that
 * takes longer is refused as "could not be read in time", its worker is ended (a stalled reader,
 * e.g. a regular expression gone exponential, cannot be interrupted any other way) and the next
 * document is read by a new worker.
 */
export const EXTRACTION_TIME_BUDGET_MS = 120_000;

/** The part of a Worker used here (a fake in the unit tests). */
export interface WorkerLike {
  postMessage(message: ExtractRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ExtractResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export interface ExtractClientOptions {
  readonly timeBudgetMs?: number;
  readonly createWorker?: () => WorkerLike;
}

interface Job {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly resolve: (outcome: WorkerOutcome) => void;
  readonly onProgress: (done: number, total: number) => void;
}

function refused(problem: FileProblem): WorkerOutcome {
  return { ok: false, problem };
}

/** Sends documents to the extraction worker, one at a time, and resolves with what it read. */
export class ExtractClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private readonly queue: Job[] = [];
  private active: Job | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  private readonly timeBudgetMs: number;
  private readonly createWorker: () => WorkerLike;

  constructor(options: ExtractClientOptions = {}) {
    this.timeBudgetMs = options.timeBudgetMs ?? EXTRACTION_TIME_BUDGET_MS;
    this.createWorker =
      options.createWorker ??
      (() => new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' }));
  }

  private start(): WorkerLike {
    const worker = this.createWorker();
    worker.addEventListener('message', (event) => {
      if (this.worker !== worker) return;
      const message = event.data;
      const job = this.active;
      if (!job || message.id !== job.id) return;
      if (message.kind === 'progress') {
        job.onProgress(message.done, message.total);
        return;
      }
      this.finish(
        message.kind === 'done'
          ? {
              ok: true,
              value: {
                extracted: message.extracted,
                suggestions: message.suggestions,
                suggesterVersion: message.suggesterVersion,
              },
            }
          : refused(message.problem),
      );
    });
    worker.addEventListener('error', () => {
      if (this.worker !== worker) return;
      const name = this.active?.name ?? 'The document';
      this.stopWorker();
      this.finish(
        refused({
          reason: 'failed',
          message: `"${name}" could not be read: the reader stopped (the file may be damaged, or too large to read). Nothing was added.`,
        }),
      );
    });
    return worker;
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  /** Resolves the active job and sends the next one. */
  private finish(outcome: WorkerOutcome): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const job = this.active;
    this.active = null;
    job?.resolve(outcome);
    this.pump();
  }

  /**
   * Ends the worker once no one needs it: at once when nothing is being read, else after the
   * documents already handed over are read (their outcomes arrive as usual). A later `extract`
   * starts a new worker.
   */
  dispose(): void {
    this.disposed = true;
    if (!this.active && this.queue.length === 0) this.stopWorker();
  }

  private pump(): void {
    if (this.active) return;
    const job = this.queue.shift();
    if (!job) {
      if (this.disposed) this.stopWorker();
      return;
    }
    this.active = job;
    this.worker ??= this.start();
    this.timer = setTimeout(() => {
      if (this.active !== job) return;
      this.stopWorker();
      const seconds = Math.max(1, Math.round(this.timeBudgetMs / 1000));
      this.finish(
        refused({
          reason: 'timed-out',
          message: `"${job.name}" could not be read in time: reading stopped after ${seconds} second${seconds === 1 ? '' : 's'} (the file may be damaged, or made to stall readers). Nothing was added.`,
        }),
      );
    }, this.timeBudgetMs);
    const copy = job.bytes.slice().buffer;
    const request: ExtractRequest = { kind: 'extract', id: job.id, name: job.name, bytes: copy };
    this.worker.postMessage(request, [copy]);
  }

  /** Reads one document in the worker once those before it are read; `bytes` is copied, never taken over. */
  extract(
    name: string,
    bytes: Uint8Array,
    onProgress: (done: number, total: number) => void,
  ): Promise<WorkerOutcome> {
    this.disposed = false;
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, name, bytes, resolve, onProgress });
      this.pump();
    });
  }
}
