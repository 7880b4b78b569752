import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../scripts/electronegativity';
import { REVIEWED, findingsOf, unreviewed } from '../../scripts/electronegativity';

const sarif = (results: object[]): unknown => ({ runs: [{ results }] });
const result = (ruleId: string, uri: string, startLine: number, text: string): object => ({
  ruleId,
  level: 'warning',
  message: { text },
  locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine } } }],
});

describe('the electronegativity gate', () => {
  const preload: Finding = {
    rule: 'PRELOAD_JS_CHECK',
    file: 'window.ts',
    line: 43,
    message: 'Review the use of preload scripts',
  };

  it('reads SARIF results and refuses what is not SARIF', () => {
    expect(findingsOf(sarif([result('X_CHECK', 'a.ts', 3, 'msg')]))).toEqual([
      { rule: 'X_CHECK', file: 'a.ts', line: 3, message: 'msg' },
    ]);
    expect(() => findingsOf({})).toThrow(/no runs/);
    expect(() => findingsOf(sarif([{ ruleId: 1 }]))).toThrow(/not an electronegativity result/);
  });

  it('ignores a reviewed finding only at its exact rule, file, line text and message', () => {
    const at = (text: string) => () => text;
    expect(unreviewed([preload], at('preload: PRELOAD_PATH,'))).toEqual([]);
    expect(unreviewed([preload], at('preload: somewhereElse,'))).toEqual([preload]);
    expect(
      unreviewed([{ ...preload, file: 'other.ts' }], at('preload: PRELOAD_PATH,')),
    ).toHaveLength(1);
    expect(
      unreviewed([{ ...preload, rule: 'SANDBOX_JS_CHECK' }], at('preload: PRELOAD_PATH,')),
    ).toHaveLength(1);
    const weakCsp: Finding = {
      rule: 'CSP_GLOBAL_CHECK',
      file: 'renderer/index.html',
      line: 5,
      message: 'One or more CSP directives detected are vulnerable',
    };
    expect(unreviewed([weakCsp], at('<meta'))).toEqual([weakCsp]);
  });

  it('documents every reviewed finding in docs/SECURITY.md', () => {
    const doc = readFileSync(new URL('../../docs/SECURITY.md', import.meta.url), 'utf8');
    for (const r of REVIEWED) expect(doc, r.rule).toContain(r.rule);
  });

  it('fails on a real finding the tool reports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fieldbook-eg-'));
    writeFileSync(
      join(dir, 'main.js'),
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
    );
    const out = join(dir, 'out.sarif');
    const run = spawnSync(
      'npx',
      ['--no-install', 'electronegativity', '-i', dir, '-r', '-e', '45.0.0', '-o', out],
      {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
      },
    );
    expect(run.status).toBe(0);
    const findings = findingsOf(JSON.parse(readFileSync(out, 'utf8')));
    const failing = unreviewed(findings, () => null).map((f) => f.rule);
    expect(failing).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']),
    );
  }, 60_000);
});
