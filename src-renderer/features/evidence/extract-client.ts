// The page's side of the extraction worker: one worker, started on first use, many requests.
import type { ExtractRequest, ExtractResponse, WorkerOutcome } from './extract-protocol';

interface Pending {
  readonly resolve: (outcome: WorkerOutcome) => void;
  readonly onProgress: (done: number, total: number) => void;
}

/** Sends documents to the extraction worker and resolves with what it read. */
export class ExtractClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private start(): Worker {
    const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<ExtractResponse>) => {
      const message = event.data;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      if (message.kind === 'progress') {
        pending.onProgress(message.done, message.total);
        return;
      }
      this.pending.delete(message.id);
      pending.resolve(
        message.kind === 'done'
          ? {
              ok: true,
              value: {
                extracted: message.extracted,
                suggestions: message.suggestions,
                suggesterVersion: message.suggesterVersion,
              },
            }
          : { ok: false, problem: message.problem },
      );
    });
    worker.addEventListener('error', (event) => {
      const message = event.message || 'the reader stopped';
      for (const [id, pending] of this.pending) {
        pending.resolve({
          ok: false,
          problem: {
            reason: 'failed',
            message: `The document could not be read (${message}). Nothing was added.`,
          },
        });
        this.pending.delete(id);
      }
      this.worker?.terminate();
      this.worker = null;
    });
    return worker;
  }

  /** Reads one document in the worker; `bytes` is copied, never taken over. */
  extract(
    name: string,
    bytes: Uint8Array,
    onProgress: (done: number, total: number) => void,
  ): Promise<WorkerOutcome> {
    this.worker ??= this.start();
    const id = this.nextId++;
    const copy = bytes.slice().buffer;
    const request: ExtractRequest = { kind: 'extract', id, name, bytes: copy };
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, onProgress });
      this.worker?.postMessage(request, [copy]);
    });
  }
}
