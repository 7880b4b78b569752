// The shipped renderer (out/renderer, built by `npm run build` before this suite) holds no
// benchmark code: the probe is its own build (bench/vite.probe.config.ts), never a chunk of the
// product's.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = join(ROOT, 'out/renderer');

/** Strings only the probe's code holds; a minifier keeps them as they are. */
const MARKERS = [
  ['bench/probe/probe.ts', 'fieldbookProbe'],
  ['bench/probe/bench-floor.ts', 'cse-fieldbook-bench-floor'],
  ['bench/probe/probe-parts.ts', 'longtask'],
] as const;

function builtFiles(): string[] {
  return readdirSync(BUILT, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('the built renderer', () => {
  it('has no probe page or chunk', () => {
    const files = builtFiles().map((f) => f.slice(BUILT.length + 1));
    expect(files).toContain('index.html');
    expect(files.filter((f) => /probe|bench/i.test(f))).toEqual([]);
  });

  it('holds none of the probe code', () => {
    for (const [source, marker] of MARKERS) {
      expect(readFileSync(join(ROOT, source), 'utf8')).toContain(marker);
    }
    const scripts = builtFiles().filter((f) => /\.(?:js|html)$/.test(f));
    expect(scripts.length).toBeGreaterThan(5);
    const holding = scripts.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return MARKERS.filter(([, marker]) => text.includes(marker)).map(
        ([, marker]) => `${file}: ${marker}`,
      );
    });
    expect(holding).toEqual([]);
  });
});
