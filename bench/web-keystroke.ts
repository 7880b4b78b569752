/**
 * Keystroke → committed in IndexedDB, against a bare Dexie put of the same entry row in the same
 * page, interleaved sample by sample (bench/README.md defines both).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { elementDomId, probe } from './browser';
import type { KeystrokeSample } from './browser';
import type { Metric } from './report';
import { metric } from './report';
import { median, quantile } from './stats';

const ROOT = new URL('..', import.meta.url).pathname;
const KEYS = 'abcdefghijklmnopqrstuvwxyz ';

export interface KeystrokeCase {
  readonly label: string;
  readonly orgId: string;
  readonly stageId: string;
  readonly element: string;
  readonly samples: number;
  /** Keystrokes left to the app's own debounce, to report the delay to "Saved". */
  readonly debounceSamples: number;
}

/** The autosave delays as configured in the source (defaults of AutosaveQueue, unless the
 * record slice passes its own). Read from the source so the report cannot drift from it. */
export function configuredDebounce(): { idleMs: number | null; maxWaitMs: number | null } {
  const queue = readFileSync(`${ROOT}src-renderer/state/autosave.ts`, 'utf8');
  const slice = readFileSync(`${ROOT}src-renderer/state/autosave-setup.ts`, 'utf8');
  const read = (name: string): number | null => {
    const own = new RegExp(`${name}:\\s*(\\d[\\d_]*)`).exec(slice)?.[1];
    const fallback = new RegExp(`${name} \\?\\? (\\d[\\d_]*)`).exec(queue)?.[1];
    const text = own ?? fallback;
    return text ? Number(text.replaceAll('_', '')) : null;
  };
  return { idleMs: read('idleMs'), maxWaitMs: read('maxWaitMs') };
}

async function typeOne(page: Page, key: string, seq: number): Promise<KeystrokeSample> {
  await page.keyboard.type(key);
  return probe(page, (p, n) => p.awaitCommit(n, 20_000), seq);
}

/** Types into the desk-top evidence field of one element and times each keystroke's commit. */
export async function keystrokeBench(page: Page, c: KeystrokeCase): Promise<Metric[]> {
  await probe(page, (p, a) => p.openWorkbook(a.orgId, a.stageId), c);
  const field = `#${elementDomId(c.element)}-dte`;
  await page.focus(field);
  await page.keyboard.press('Control+End');
  // With the app's debounce: what the assessor sees before "Saved".
  let seq = await probe(page, (p) => p.armKeystrokes(false), null);
  const debounced: number[] = [];
  for (let i = 0; i < c.debounceSamples; i += 1) {
    debounced.push((await typeOne(page, KEYS[i % KEYS.length]!, ++seq)).ms);
  }

  // Debounce taken out: the probe flushes on each input, as the app does on blur.
  await probe(page, (p) => p.armKeystrokes(true), null);
  const ours: number[] = [];
  const input: number[] = [];
  const storage: number[] = [];
  const floor: number[] = [];
  const warmUp = 5;
  for (let i = 0; i < c.samples + warmUp; i += 1) {
    const sample = await typeOne(page, KEYS[i % KEYS.length]!, ++seq);
    const repo = await probe(page, (p, a) => p.repositoryWrite(a.stageId, a.element), c);
    const bare = await probe(page, (p, a) => p.bareDexiePut(p.entryRow(a.stageId, a.element)), c);
    if (i < warmUp) continue;
    ours.push(sample.ms);
    input.push(sample.inputMs);
    storage.push(repo);
    floor.push(bare);
  }

  // The browser's own share: the same keystrokes into a plain textarea whose input handler
  // does only the bare put, on the same page.
  let bareSeq = await probe(page, (p, a) => p.armBareField(a.stageId, a.element), c);
  const bareField: number[] = [];
  for (let i = 0; i < c.samples + warmUp; i += 1) {
    await page.keyboard.type(KEYS[i % KEYS.length]!);
    const sample = await probe(page, (p, n) => p.awaitBareField(n, 20_000), ++bareSeq);
    if (i >= warmUp) bareField.push(sample.ms);
  }
  await probe(page, (p) => p.removeBareField(), null);

  // Check what was measured: the field's text, every character of it, is what IndexedDB holds.
  await probe(page, (p) => p.flush(), null);
  const shown = await page.inputValue(field);
  const stored = await probe(
    page,
    (p, a) => p.storedText(a.orgId, a.stageId, a.element, 'deskTopEvidence'),
    c,
  );
  if (stored !== shown) throw new Error(`${c.label}: the stored text differs from the field`);

  const debounce = configuredDebounce();
  const what = `${c.samples} keystrokes into ${c.element} desk-top evidence (${(shown.length / 1024).toFixed(0)} KB)`;
  return [
    metric({
      id: `keystroke.${c.label}.p50`,
      name: `keystroke → committed p50 (${c.label})`,
      unit: 'ms',
      ours: median(ours),
      floor: median(floor),
      target: { kind: 'none' },
      samples: ours.length,
      note: `${what}; of which keydown → input handled p50 ${median(input).toFixed(1)} ms, repository.updateEntry alone p50 ${median(storage).toFixed(1)} ms; floor: bare Dexie put of the same entry row, strict durability`,
    }),
    metric({
      id: `keystroke.${c.label}.p95`,
      name: `keystroke → committed p95 (${c.label})`,
      unit: 'ms',
      ours: quantile(ours, 0.95),
      floor: quantile(floor, 0.95),
      target: { kind: 'ratio', value: 2 },
      samples: ours.length,
      note: `${what}; repository.updateEntry alone p95 ${quantile(storage, 0.95).toFixed(1)} ms; stored text verified equal to the field after the run`,
    }),
    metric({
      id: `keystroke.${c.label}.p95-vs-bare-field`,
      name: `keystroke → committed p95 vs bare field + put (${c.label})`,
      unit: 'ms',
      ours: quantile(ours, 0.95),
      floor: quantile(bareField, 0.95),
      target: { kind: 'none' },
      samples: bareField.length,
      note: `floor: the same keystrokes into a plain textarea over the same page holding the same text, its input handler doing only the bare Dexie put (p50 ${median(bareField).toFixed(1)} ms): what the browser itself costs`,
    }),
    metric({
      id: `keystroke.${c.label}.debounced`,
      name: `keystroke → "Saved" with debounce, p50 (${c.label})`,
      unit: 'ms',
      ours: median(debounced),
      floor: null,
      target: { kind: 'none' },
      samples: debounced.length,
      note: `configured debounce: idle ${debounce.idleMs ?? '?'} ms, max wait ${debounce.maxWaitMs ?? '?'} ms (src-renderer/state/autosave.ts)`,
    }),
  ];
}
