/**
 * The contract of the page's benchmark probe (`window.fieldbookProbe`), implemented by
 * bench/probe/probe.ts and called by the runner (bench/browser.ts `probe`). Types only, so
 * that the Node side never pulls the renderer's modules into its type graph.
 */
import type { AssessmentRecord, EntryTextField } from '../shared/types/record';
import type { EntryRow } from '../src-renderer/db/rows';

/** One keystroke: from its keydown to the commit of the transaction that carries it. */
export interface KeystrokeSample {
  readonly seq: number;
  readonly ms: number;
  /** Of which: keydown → the input event handled (browser editing, React, store, enqueue). */
  readonly inputMs: number;
}

/** Opening a screen: route change → data in the store → DOM rendered → next frame painted. */
export interface OpenTiming {
  readonly loadMs: number;
  readonly renderMs: number;
  /** Data in the store → first frame painted with it and the main thread free again. */
  readonly interactiveMs: number;
  readonly totalMs: number;
}

export interface FloorTiming {
  /** Markup set (parsed into the DOM), or for the app: the DOM changed. */
  readonly renderMs: number;
  /** … and the next frame painted. */
  readonly interactiveMs: number;
}

export interface FieldbookProbe {
  /**
   * Writes `count` copies of `template` through the repository (one createRecord each), ids
   * `${prefix}${n}`; the portfolio on screen is not reloaded.
   */
  seed(template: AssessmentRecord, prefix: string, from: number, count: number): Promise<number>;
  flush(): Promise<void>;
  /**
   * Starts timing keystrokes typed into element fields; `immediate` flushes on each input.
   * Returns the number of keystrokes seen so far: the next one gets that number + 1.
   */
  armKeystrokes(immediate: boolean): number;
  lastCommit(): KeystrokeSample | null;
  awaitCommit(seq: number, timeoutMs: number): Promise<KeystrokeSample>;
  entryRow(stageId: string, element: string): EntryRow;
  bareDexiePut(row: EntryRow): Promise<number>;
  /** Milliseconds of the repository's own write of one more character (no UI, no store). */
  repositoryWrite(stageId: string, element: string): Promise<number>;
  storedText(
    orgId: string,
    stageId: string,
    element: string,
    field: EntryTextField,
  ): Promise<string>;
  openWorkbook(orgId: string, stageId: string): Promise<OpenTiming>;
  openPortfolio(): Promise<OpenTiming & { readonly rows: number }>;
  listAndScore(): Promise<{
    readonly listMs: number;
    readonly scoreMs: number;
    readonly rows: number;
  }>;
  /** The bare read of the rows listPortfolio reads (organisations, stages, stage marks). */
  bareReadPortfolio(): Promise<{ readonly ms: number; readonly rows: number }>;
  /** The bare read of the current stages' entry rows: what the portfolio read before schema 3. */
  bareReadCurrentEntries(): Promise<{ readonly ms: number; readonly rows: number }>;
  bareReadRecord(orgId: string): Promise<{ readonly ms: number; readonly rows: number }>;
  /**
   * Starts timing mark keys: keydown on a mark picker → compliance panel changed → painted.
   * Returns the number of mark keys seen so far.
   */
  armRescore(): number;
  awaitRescore(seq: number, timeoutMs: number): Promise<FloorTiming>;
  appHtml(): string;
  panelHtml(): string;
  /** Shows `html` in a fresh container instead of the app (hidden meanwhile). */
  floorRender(html: string): Promise<FloorTiming>;
  /** Replaces the compliance panel inside the floor container. */
  floorPanel(html: string): Promise<FloorTiming>;
  floorDone(): void;
  /**
   * The floor of the keystroke path's browser work: a plain textarea over the page holding the
   * same text, whose input handler does a bare Dexie put of the entry row with the new text.
   * Returns the number of keystrokes it has seen; remove it with `removeBareField`.
   */
  armBareField(stageId: string, element: string): number;
  awaitBareField(seq: number, timeoutMs: number): Promise<KeystrokeSample>;
  removeBareField(): void;
  /**
   * Starts adding a file (base64 bytes) to an organisation's evidence library the way a drop
   * does (worker extraction, then one transaction), through the evidence feature's hook.
   */
  startExtraction(orgId: string, name: string, base64: string): void;
  extractionState(): ExtractionState;
}

export interface ExtractionState {
  readonly running: boolean;
  /** Files that ended up in the library once done; null while running. */
  readonly added: number | null;
  readonly error: string | null;
  /** Pages read so far of the file being read, while reading. */
  readonly progress: { readonly done: number; readonly total: number } | null;
}

declare global {
  interface Window {
    fieldbookProbe?: FieldbookProbe;
  }
}
