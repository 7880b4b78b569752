// The import-circle check (`npm run lint:cycles`, part of `npm run lint`) must fail on a circle,
// type-only ones included: run its own configuration on a small tree that has one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cruise } from 'dependency-cruiser';
import type { IConfiguration, ICruiseResult } from 'dependency-cruiser';
import { afterEach, describe, expect, it } from 'vitest';

const CONFIG_URL = new URL('../../.dependency-cruiser.mjs', import.meta.url).href;
const config = ((await import(CONFIG_URL)) as { default: IConfiguration }).default;

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function violationsIn(files: Record<string, string>): Promise<string[]> {
  dir = mkdtempSync(join(tmpdir(), 'cycles-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const result = await cruise([dir], {
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('import-circle check', () => {
  it('fails on a circle of type-only imports', async () => {
    const found = await violationsIn({
      'a.ts': "import type { B } from './b';\nexport interface A { readonly b: B }\n",
      'b.ts': "import type { A } from './a';\nexport interface B { readonly a?: A }\n",
    });
    expect(found.some((v) => v.startsWith('no-circular:'))).toBe(true);
  });

  it('fails on a circle through a re-export', async () => {
    const found = await violationsIn({
      'barrel.ts': "export { make } from './impl';\nexport type Kind = 'x';\n",
      'impl.ts': "import type { Kind } from './barrel';\nexport const make = (k: Kind) => k;\n",
    });
    expect(found.some((v) => v.startsWith('no-circular:'))).toBe(true);
  });

  it('passes a tree without one', async () => {
    const found = await violationsIn({
      'a.ts': "import type { B } from './b';\nexport interface A { readonly b: B }\n",
      'b.ts': 'export interface B { readonly n: number }\n',
    });
    expect(found).toEqual([]);
  });
});
