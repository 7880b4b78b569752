// Parts of the benchmark probe (bench/probe/probe.ts), on the benchmark page only: timing
// helpers, the bare-field keystroke floor, and evidence extraction.
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { ExtractionState, FieldbookProbe, KeystrokeSample } from '../probe-api';
import { bareEntryPut, entryRowOf } from './bench-floor';
import { startExtraction } from './extraction-hook';
import type { RunningExtraction } from './extraction-hook';
import type { AppDeps } from '../../src-renderer/state/app-state';
import type { AppStore } from '../../src-renderer/state/store';

/** Ends (performance.now() time) of the long tasks (> 50 ms) the page has run. */
const longTaskEnds: number[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTaskEnds.push(e.startTime + e.duration);
}).observe({ type: 'longtask', buffered: true });

/** The quiet window after a small change (a mark, a panel). */
export const QUIET_MS = 250;

/**
 * The quiet window after a screen full of new fields (a workbook or the portfolio opening, and
 * their floors). Chromium's autofill agent scans the page's form fields ~100 ms after they
 * appear (components/autofill/…/autofill_agent.cc, ExtractFormsAndNotifyPasswordAutofillAgent),
 * queued behind other work: in traces it began up to ~450 ms after a 250 ms window had closed,
 * so one side of a comparison could finish before it and the other not. One second catches it
 * on both sides. Electron does not ship that agent (electron/electron#31697).
 */
export const SCREEN_QUIET_MS = 1000;

/**
 * When the page became interactive: the next frame painted, then the main thread free of long
 * tasks for `quietMs` (a short form of Lighthouse's TTI window). Work the browser queues after
 * the frame — Chrome's autofill re-reading a page full of new fields — counts.
 */
export async function interactive(quietMs: number = QUIET_MS): Promise<number> {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const painted = performance.now();
  for (;;) {
    const since = performance.now();
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    // A timer that fired late was held up by a task whose entry may not be delivered yet.
    const late = performance.now() - since > quietMs + 50;
    const last = Math.max(painted, ...longTaskEnds);
    if (!late && last < since) return last;
  }
}

export function deadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} timed out`)), ms)),
  ]);
}

/** Markup set through innerHTML loses style attributes under the CSP; set them through CSSOM. */
export function applyStyles(root: Element): void {
  for (const el of root.querySelectorAll<HTMLElement>('[style]')) {
    el.style.cssText = el.getAttribute('style') ?? '';
  }
}

/** The floor of a keystroke's browser work: a plain textarea doing only the bare put. */
export function bareFieldProbe(
  store: AppStore,
  deps: AppDeps,
): Pick<FieldbookProbe, 'armBareField' | 'awaitBareField' | 'removeBareField'> {
  let bareField: HTMLTextAreaElement | null = null;
  let bareSeq = 0;
  const bareSamples = new Map<number, KeystrokeSample>();
  const bareWaiters = new Map<number, (s: KeystrokeSample) => void>();
  return {
    armBareField(stageId, element) {
      const record = store.getState().record;
      if (!record) throw new Error('no record open');
      const base = entryRowOf(record, stageId as StageId, element as ElementId, deps.now());
      const field = document.createElement('textarea');
      field.id = 'bench-bare-field';
      field.value = base.deskTopEvidence;
      Object.assign(field.style, { position: 'fixed', top: '60px', left: '20px', zIndex: '9999' });
      Object.assign(field.style, { width: '420px', height: '300px' });
      let started: { seq: number; at: number; inputAt: number } | null = null;
      field.addEventListener('keydown', (e) => {
        if (e.ctrlKey || e.metaKey || e.altKey || e.key.length !== 1) return;
        started = { seq: ++bareSeq, at: performance.now(), inputAt: Number.NaN };
      });
      field.addEventListener('input', () => {
        const key = started;
        if (!key) return;
        key.inputAt = performance.now();
        void bareEntryPut({ ...base, deskTopEvidence: field.value }).then(() => {
          const sample = {
            seq: key.seq,
            ms: performance.now() - key.at,
            inputMs: key.inputAt - key.at,
          };
          bareSamples.set(key.seq, sample);
          bareWaiters.get(key.seq)?.(sample);
        });
      });
      document.body.append(field);
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
      bareField = field;
      return bareSeq;
    },
    awaitBareField(seq, timeoutMs) {
      const done = bareSamples.get(seq);
      if (done) return Promise.resolve(done);
      return deadline(
        new Promise((resolve) => bareWaiters.set(seq, resolve)),
        timeoutMs,
        `bare field keystroke ${seq}`,
      );
    },
    removeBareField() {
      bareField?.remove();
      bareField = null;
    },
  };
}

/** Adding a document to the evidence library from the page, through the feature's hook. */
export function extractionProbe(
  store: AppStore,
): Pick<FieldbookProbe, 'startExtraction' | 'extractionState'> {
  let extraction: { run: RunningExtraction; state: ExtractionState } | null = null;
  return {
    startExtraction(orgId, name, base64) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const run = startExtraction(store, orgId as OrganisationId, [{ name, bytes }]);
      const current: { run: RunningExtraction; state: ExtractionState } = {
        run,
        state: { running: true, added: null, error: null, progress: null },
      };
      extraction = current;
      run.done.then(
        (files) => {
          const added = files.filter((f) => f.documentId !== null).length;
          current.state = { running: false, added, error: null, progress: null };
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          current.state = { running: false, added: null, error: message, progress: null };
        },
      );
    },
    extractionState() {
      if (!extraction)
        return { running: false, added: null, error: 'none started', progress: null };
      const p = extraction.state.running ? extraction.run.progress() : null;
      return { ...extraction.state, progress: p ? { done: p.done, total: p.total } : null };
    },
  };
}
