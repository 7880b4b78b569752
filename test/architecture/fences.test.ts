// The renderer's import fences (eslint.config.js `rendererFences`) refuse what they name.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** The no-restricted-imports messages for `source` linted as the file at `path`. */
async function refusals(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${ROOT}${path}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('renderer fences', () => {
  it('state/ and services/ never import features/', async () => {
    const source =
      "import { x } from '../../features/evidence/LibraryScreen';\nexport const y = x;\n";
    for (const path of [
      'src-renderer/services/evidence/probe.ts',
      'src-renderer/state/a/probe.ts',
    ]) {
      expect(await refusals(path, source)).toEqual([
        expect.stringContaining('never import features/'),
      ]);
    }
    expect(await refusals('src-renderer/features/a/probe.ts', source)).toEqual([]);
  });

  it('no product file imports bench/', async () => {
    const source = "import { x } from '../../bench/probe/probe';\nexport const y = x;\n";
    for (const path of ['src-renderer/features/a/probe.ts', 'src-renderer/db/probe.ts']) {
      expect(await refusals(path, source)).toEqual([
        expect.stringContaining('never imports the benchmarks'),
      ]);
    }
  });

  it('only db/ touches Dexie', async () => {
    const source = "import { Dexie } from 'dexie';\nexport const y = Dexie;\n";
    expect(await refusals('src-renderer/services/backup/probe.ts', source)).toHaveLength(1);
    expect(await refusals('src-renderer/features/backup/probe.ts', source)).toHaveLength(1);
    expect(await refusals('src-renderer/db/probe.ts', source)).toEqual([]);
  });
});
