// Measuring points for the benchmarks (bench/run.ts, bench/README.md; contract in
// bench/probe-api.ts). Only the benchmark page (bench/probe/main.ts, probe.html) loads it; the
// product build has none of it. It reads the running app (store, repository, DOM); besides
// seeding organisations it writes only what a user could (typing, marks, the route).
import { DEFAULT_PROFILE } from '../../shared/scoring/profiles';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import {
  bareEntryPut,
  bareReadEntries,
  bareReadPortfolio,
  bareReadRecord,
  entryRowOf,
} from './bench-floor';
import type { FieldbookDb } from '../../src-renderer/db/schema';
import { portfolioLine } from '../../src-renderer/features/portfolio/portfolio-view';
import type { AppDeps } from '../../src-renderer/state/app-state';
import type { AppStore } from '../../src-renderer/state/store';
import { withStageIds } from '../stage-ids';
import type { FieldbookProbe, FloorTiming, KeystrokeSample, OpenTiming } from '../probe-api';
import {
  applyStyles,
  bareFieldProbe,
  deadline,
  extractionProbe,
  interactive,
  QUIET_MS,
  SCREEN_QUIET_MS,
} from './probe-parts';

/** Installs `window.fieldbookProbe` over the running app. */
export function installProbe(store: AppStore, deps: AppDeps, db: FieldbookDb): void {
  const { repository } = deps;
  let keySeq = 0;
  let keyStart: { seq: number; at: number; inputAt: number } | null = null;
  let last: KeystrokeSample | null = null;
  const keyWaiters = new Map<number, (s: KeystrokeSample) => void>();
  let markSeq = 0;
  const marks = new Map<number, FloorTiming>();
  const markWaiters = new Map<number, (t: FloorTiming) => void>();
  let floorBox: HTMLElement | null = null;
  let flushOnInput = false;
  let keysArmed = false;
  let marksArmed = false;

  store.subscribe((state, previous) => {
    if (state.save === previous.save || state.save.state !== 'saved' || !keyStart) return;
    const { seq, at, inputAt } = keyStart;
    last = { seq, ms: performance.now() - at, inputMs: inputAt - at };
    keyStart = null;
    keyWaiters.get(last.seq)?.(last);
  });

  function until(check: () => boolean): Promise<number> {
    return new Promise((resolve) => {
      const test = (): void => {
        if (!check()) return;
        observer.disconnect();
        resolve(performance.now());
      };
      const observer = new MutationObserver(test);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      test();
    });
  }

  async function open(
    hash: string,
    loaded: () => boolean,
    shown: () => boolean,
  ): Promise<OpenTiming> {
    if (window.location.hash === hash || (hash === '#/' && window.location.hash === '')) {
      throw new Error(`already at ${hash}: open another screen first`);
    }
    const start = performance.now();
    const data = loaded()
      ? Promise.resolve(start)
      : new Promise<number>((resolve) => {
          const off = store.subscribe(() => {
            if (!loaded()) return;
            off();
            resolve(performance.now());
          });
        });
    window.location.hash = hash;
    const dataAt = await deadline(data, 60_000, `loading ${hash}`);
    // Store updates render synchronously (useSyncExternalStore) before the next task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const domAt = await deadline(until(shown), 60_000, `showing ${hash}`);
    const end = await interactive(SCREEN_QUIET_MS);
    return {
      loadMs: dataAt - start,
      renderMs: domAt - dataAt,
      interactiveMs: end - dataAt,
      totalMs: end - start,
    };
  }

  /**
   * Times `apply` (setting markup) and the next frame, which styles, lays out and paints it. No
   * layout is forced before the frame: a forced layout would lay out every `content-visibility:
   * auto` element before the frame could skip the off-screen ones, which the app never does.
   */
  async function floorTiming(apply: () => void, quietMs = QUIET_MS): Promise<FloorTiming> {
    const start = performance.now();
    apply();
    const rendered = performance.now();
    return { renderMs: rendered - start, interactiveMs: (await interactive(quietMs)) - start };
  }

  window.fieldbookProbe = {
    async seed(template, prefix, from, count) {
      const start = performance.now();
      for (let n = from; n < from + count; n += 1) {
        const id = `${prefix}${String(n).padStart(4, '0')}`;
        await repository.createRecord({
          organisation: {
            ...template.organisation,
            id: id as OrganisationId,
            name: `${template.organisation.name} ${n}`,
          },
          stages: withStageIds(template.stages, (_, i) => `${id}-s${i + 1}` as StageId),
        });
      }
      return performance.now() - start;
    },
    flush: () => store.getState().flush(),
    armKeystrokes(immediate) {
      flushOnInput = immediate;
      if (keysArmed) return keySeq;
      keysArmed = true;
      window.addEventListener(
        'keydown',
        (e) => {
          const t = e.target as HTMLElement | null;
          if (t?.tagName !== 'TEXTAREA' || !t.closest('[data-element]')) return;
          if (e.ctrlKey || e.metaKey || e.altKey || e.key.length !== 1) return;
          keySeq += 1;
          keyStart = { seq: keySeq, at: performance.now(), inputAt: Number.NaN };
        },
        true,
      );
      // Bubble phase on window: React's own handler (on the root) has queued the edit already.
      window.addEventListener('input', () => {
        if (keyStart && Number.isNaN(keyStart.inputAt)) keyStart.inputAt = performance.now();
        if (flushOnInput) void store.getState().flush();
      });
      return keySeq;
    },
    lastCommit: () => last,
    awaitCommit(seq, timeoutMs) {
      if (last?.seq === seq) return Promise.resolve(last);
      return deadline(
        new Promise((resolve) => keyWaiters.set(seq, resolve)),
        timeoutMs,
        `commit of keystroke ${seq}`,
      );
    },
    entryRow(stageId, element) {
      const record = store.getState().record;
      if (!record) throw new Error('no record open');
      return entryRowOf(record, stageId as StageId, element as ElementId, deps.now());
    },
    bareDexiePut: (row) => bareEntryPut(row),
    async repositoryWrite(stageId, element) {
      const record = store.getState().record;
      const entry = record?.stages
        .find((s) => s.id === stageId)
        ?.entries.find((e) => e.element === element);
      if (!record || !entry) throw new Error(`no entry ${element} in stage ${stageId}`);
      const text = `${entry.keyQuestions}.`;
      const start = performance.now();
      await repository.updateEntry(record.organisation.id, stageId as StageId, entry.element, {
        keyQuestions: text,
      });
      const ms = performance.now() - start;
      // Keep the screen and the store in step with what was written.
      store.getState().editEntry(stageId as StageId, entry.element, { keyQuestions: text });
      await store.getState().flush();
      return ms;
    },
    async storedText(orgId, stageId, element, field) {
      const record = await repository.loadRecord(orgId as OrganisationId);
      const entry = record?.stages
        .find((s) => s.id === stageId)
        ?.entries.find((e) => e.element === element);
      return entry?.[field] ?? '';
    },
    openWorkbook: (orgId, stageId) =>
      open(
        `#/org/${orgId}/stage/${stageId}`,
        () => store.getState().record?.organisation.id === orgId,
        () =>
          document.querySelectorAll('[data-element]').length > 0 &&
          document.querySelector('.compliance') !== null,
      ),
    async openPortfolio() {
      const before = store.getState().portfolio;
      const timing = await open(
        '#/',
        () => store.getState().portfolio !== before,
        () => document.querySelector('table.grid tbody tr') !== null,
      );
      return { ...timing, rows: document.querySelectorAll('table.grid tbody tr').length };
    },
    async listAndScore() {
      const start = performance.now();
      const rows = await repository.listPortfolio();
      const listed = performance.now();
      const today = deps.today();
      const lines = rows.map((row) => portfolioLine(row, DEFAULT_PROFILE, today));
      return { listMs: listed - start, scoreMs: performance.now() - listed, rows: lines.length };
    },
    bareReadPortfolio: () => bareReadPortfolio(db),
    async bareReadCurrentEntries() {
      const rows = await repository.listPortfolio();
      const current = rows.flatMap((r) => (r.currentStage ? [r.currentStage.id] : []));
      return bareReadEntries(db, current);
    },
    bareReadRecord: (orgId) => bareReadRecord(db, orgId as OrganisationId),
    armRescore() {
      if (marksArmed) return markSeq;
      marksArmed = true;
      window.addEventListener(
        'keydown',
        (e) => {
          const panel = document.querySelector('.compliance');
          if (!(e.target as HTMLElement | null)?.closest('[data-mark-picker]') || !panel) return;
          const seq = ++markSeq;
          const start = performance.now();
          const before = panel.textContent;
          void until(() => document.querySelector('.compliance')?.textContent !== before).then(
            async (domAt) => {
              const t = { renderMs: domAt - start, interactiveMs: (await interactive()) - start };
              marks.set(seq, t);
              markWaiters.get(seq)?.(t);
            },
          );
        },
        true,
      );
      return markSeq;
    },
    awaitRescore(seq, timeoutMs) {
      const done = marks.get(seq);
      if (done) return Promise.resolve(done);
      return deadline(
        new Promise((resolve) => markWaiters.set(seq, resolve)),
        timeoutMs,
        `re-score ${seq}`,
      );
    },
    appHtml: () => document.querySelector('.app')?.outerHTML ?? '',
    panelHtml: () => document.querySelector('.compliance')?.outerHTML ?? '',
    floorRender(html) {
      window.fieldbookProbe?.floorDone();
      const root = document.getElementById('root');
      if (root) root.style.display = 'none';
      const box = document.createElement('div');
      floorBox = box;
      document.body.append(box);
      return floorTiming(() => {
        box.innerHTML = html;
        applyStyles(box);
      }, SCREEN_QUIET_MS);
    },
    floorPanel(html) {
      const panel = floorBox?.querySelector('.compliance');
      if (!panel) return Promise.reject(new Error('no floor panel: call floorRender first'));
      return floorTiming(() => {
        const fresh = document.createElement('div');
        fresh.innerHTML = html;
        applyStyles(fresh);
        const next = fresh.firstElementChild;
        if (next) panel.replaceWith(next);
      });
    },
    floorDone() {
      floorBox?.remove();
      floorBox = null;
      const root = document.getElementById('root');
      if (root) root.style.display = '';
    },
    ...bareFieldProbe(store, deps),
    ...extractionProbe(store),
  } satisfies FieldbookProbe;
}
