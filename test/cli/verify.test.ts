import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFieldbook } from '../support/cli';
import type { CliRun } from '../support/cli';

const V4 = new URL('../fixtures/exchange/v4.json', import.meta.url).pathname;

/** `fieldbook <argv>` with a read-only file system, as these commands need no more. */
const run = (...argv: string[]): Promise<CliRun> => runFieldbook(argv, { write: false });

describe('fieldbook verify', () => {
  it('confirms a signed-off stage whose content is unchanged', async () => {
    const r = await run('verify', V4);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Initial assessment: signed off by A. Assessor at 2016-01-06T10:00:00Z — The content is what was signed off (SHA-256 cad3 a575',
    );
  });

  it('reports a stage edited after its sign-off and exits 1', async () => {
    const doc = JSON.parse(readFileSync(V4, 'utf8'));
    doc.stages[0].entries[0].finalMark = 'P';
    const path = join(mkdtempSync(join(tmpdir(), 'verify-')), 'edited.json');
    writeFileSync(path, JSON.stringify(doc));
    const r = await run('verify', path);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /Initial assessment: .* CHANGED since sign-off: .* \(signed cad3 a575 .*, now [0-9a-f ]+\)/,
    );
  });

  it('says when there is nothing to verify', async () => {
    const r = await run(
      'verify',
      new URL('../fixtures/sample-record.json', import.meta.url).pathname,
    );
    expect(r).toMatchObject({ code: 0, out: expect.stringContaining('no stage is signed off') });
  });
});
