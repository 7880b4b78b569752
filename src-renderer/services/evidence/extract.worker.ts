// The extraction worker: reads a document's text (pdf.js, mammoth, or the text readers) and
// works out its suggested elements, off the page's thread so that typing never stalls. pdf.js
// runs inside this worker (its own "worker" is set up in this thread), and pdf.js and mammoth
// load only when a document of their kind arrives.
import type { ExtractLibraries } from '../../../shared/evidence/extract';
import { arrayBufferInput, mammothDocxToHtml } from '../../../shared/evidence/docx-html';
import { extractDocument } from '../../../shared/evidence/extract';
import type { SuggestionModel } from '../../../shared/evidence/model';
import { SUGGESTER_VERSION, buildSuggestionModel } from '../../../shared/evidence/model';
import type { PdfjsLike } from '../../../shared/evidence/pdf-text';
import { suggestElements } from '../../../shared/evidence/suggest';
import type { ExtractRequest, ExtractResponse } from './extract-protocol';
import { STORED_SUGGESTIONS } from './extract-protocol';

const libraries: ExtractLibraries = {
  pdfjs: async () => {
    // Importing pdf.js's worker module here registers its message handler on this thread,
    // so pdf.js parses in this worker instead of starting another one.
    await import('pdfjs-dist/build/pdf.worker.min.mjs');
    return (await import('pdfjs-dist/build/pdf.min.mjs')) as unknown as PdfjsLike;
  },
  docxToHtml: async (bytes) =>
    mammothDocxToHtml((await import('mammoth')).default, arrayBufferInput)(bytes),
};

let model: SuggestionModel | null = null;

const post = (message: ExtractResponse): void => {
  (self as unknown as { postMessage(m: ExtractResponse): void }).postMessage(message);
};

async function handle(request: ExtractRequest): Promise<void> {
  const { id, name } = request;
  const result = await extractDocument(name, new Uint8Array(request.bytes), libraries, (p) =>
    post({ kind: 'progress', id, done: p.done, total: p.total }),
  );
  if (!result.ok) {
    const problem = result.errors[0] ?? {
      reason: 'failed',
      message: `"${name}" could not be read.`,
    };
    post({ kind: 'failed', id, problem });
    return;
  }
  model ??= buildSuggestionModel();
  const suggestions = suggestElements(model, result.value.text.passages, {
    top: STORED_SUGGESTIONS,
  });
  post({
    kind: 'done',
    id,
    extracted: result.value,
    suggestions,
    suggesterVersion: SUGGESTER_VERSION,
  });
}

self.addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  if (event.data?.kind !== 'extract') return;
  handle(event.data).catch(() => {
    post({
      kind: 'failed',
      id: event.data.id,
      problem: {
        reason: 'failed',
        message: `"${event.data.name}" could not be read: it may be damaged, or not the kind of file its name says. Nothing was added.`,
      },
    });
  });
});
