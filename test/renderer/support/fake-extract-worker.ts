// An extraction worker for the store's tests: reads documents in-process with the Node readers
// and the app's suggestion model, answering as extract.worker.ts does; it can hold its answers
// (a long read) until released, and records whether it was ended.
import { extractDocument } from '../../../shared/evidence/extract';
import { SUGGESTER_VERSION, buildSuggestionModel } from '../../../shared/evidence/model';
import { suggestElements } from '../../../shared/evidence/suggest';
import type { WorkerLike } from '../../../src-renderer/services/evidence/extract-client';
import type {
  ExtractRequest,
  ExtractResponse,
} from '../../../src-renderer/services/evidence/extract-protocol';
import { STORED_SUGGESTIONS } from '../../../src-renderer/services/evidence/extract-protocol';
import type { SuggestionModel } from '../../../shared/evidence/model';
import { LIBS } from '../../evidence/support';

let model: SuggestionModel | null = null;

export class FakeExtractWorker implements WorkerLike {
  /** Names of the documents handed over, in order. */
  readonly seen: string[] = [];
  terminated = false;
  private readonly listeners: ((event: MessageEvent<ExtractResponse>) => void)[] = [];
  private held: (() => void)[] | null = null;

  /** Answers wait until `release` (a document that takes long to read). */
  hold(): void {
    this.held ??= [];
  }

  release(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const answer of held) answer();
  }

  postMessage(message: ExtractRequest): void {
    this.seen.push(message.name);
    void this.read(message).then((data) => {
      const answer = (): void => {
        if (this.terminated) return;
        for (const l of this.listeners) l({ data } as MessageEvent<ExtractResponse>);
      };
      if (this.held) this.held.push(answer);
      else answer();
    });
  }

  private async read({ id, name, bytes }: ExtractRequest): Promise<ExtractResponse> {
    const result = await extractDocument(name, new Uint8Array(bytes), LIBS);
    if (!result.ok) {
      const problem = result.errors[0] ?? { reason: 'failed', message: `${name} not read` };
      return { kind: 'failed', id, problem };
    }
    model ??= buildSuggestionModel();
    const suggestions = suggestElements(model, result.value.text.passages, {
      top: STORED_SUGGESTIONS,
    });
    return {
      kind: 'done',
      id,
      extracted: result.value,
      suggestions,
      suggesterVersion: SUGGESTER_VERSION,
    };
  }

  addEventListener(type: string, listener: (event: never) => void): void {
    if (type === 'message')
      this.listeners.push(listener as (e: MessageEvent<ExtractResponse>) => void);
  }

  terminate(): void {
    this.terminated = true;
  }
}
