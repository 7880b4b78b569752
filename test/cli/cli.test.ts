import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runFieldbook } from '../support/cli';
import type { CliRun } from '../support/cli';

const SAMPLE = new URL('../fixtures/sample-record.json', import.meta.url).pathname;
const BIN = new URL('../../bin/fieldbook.js', import.meta.url).pathname;

/** `fieldbook <argv>` with a read-only file system, as these commands need no more. */
const run = (...argv: string[]): Promise<CliRun> => runFieldbook(argv, { write: false });

function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-cli-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('fieldbook validate', () => {
  it('accepts the sample record', async () => {
    const r = await run('validate', SAMPLE);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('valid (format version 2) — Northfield University');
    expect(r.out).toContain(
      'Initial assessment, Surveillance 1, Surveillance 2, Reassessment (cycle 2)',
    );
  });

  it('lists every error and exits 1', async () => {
    const doc = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    doc.stages[0].entries[0].finalMark = 'Full';
    doc.stages[0].dates.visit = '2015-02-30';
    const r = await run('validate', tempFile('bad.json', JSON.stringify(doc)));
    expect(r.code).toBe(1);
    expect(r.err).toContain('2 errors');
    expect(r.err).toContain('$.stages[0].entries[0].finalMark: found the text "Full"');
    expect(r.err).toContain('$.stages[0].dates.visit: 2015-02-30 is not a real date');
  });
});

describe('fieldbook score', () => {
  it('prints a table per mark set with the verdict and reasons', async () => {
    const r = await run('score', SAMPLE, '--stage', 'initial');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Final \(visit\) marks — rule profile: Certifying-body table/);
    expect(r.out).toMatch(/4 Delivery\s+13\s+0\s+10\s+3\s+0\s+0\s+3\s+76\.9%\s+yes/);
    expect(r.out).toContain('Verdict: Achieved (under "Strict 80%": Not achieved)');
    expect(r.out).toContain('Desk-top review (DTR) marks');
  });

  it('prints the documented JSON shape', async () => {
    const r = await run('score', SAMPLE, '--stage', '1', '--json');
    const json = JSON.parse(r.out);
    expect(json.stage).toMatchObject({ number: 1, kind: 'initial', cycle: 1 });
    for (const set of ['final', 'dtr']) {
      expect(json[set]).toMatchObject({
        profile: 'certifying-body-table',
        verdict: expect.any(String),
        reasons: expect.any(Array),
        otherProfileVerdict: expect.any(String),
      });
      expect(json[set].criteria).toHaveLength(5);
    }
    expect(json.final.verdict).toBe('achieved');
    expect(json.final.otherProfileVerdict).toBe('not-achieved');
    expect(json.final.criteria[0]).toMatchObject({
      criterion: 1,
      elements: 11,
      cp: 1,
      f: 9,
      p: 1,
      nc: 0,
      unscored: 0,
      maxPartial: 2,
      fullOrBetterShare: 0.909,
      compliant: true,
    });
    expect(json.dtr.verdict).toBe('not-achieved');
  });

  it('scores under the strict profile and the latest stage by default', async () => {
    const strict = JSON.parse(
      (await run('score', SAMPLE, '--stage', 'initial', '--profile', 'strict-80', '--json')).out,
    );
    expect(strict.final.verdict).toBe('not-achieved');
    const latest = JSON.parse((await run('score', SAMPLE, '--json')).out);
    expect(latest.stage).toMatchObject({ number: 4, kind: 'reassessment', cycle: 2 });
    expect(latest.final.verdict).toBe('incomplete');
  });

  it.each([
    [
      ['score', SAMPLE, '--stage', '9'],
      2,
      'no stage number 9; the record has 1 Initial assessment, 2 Surveillance 1',
    ],
    [['score', SAMPLE, '--stage', 'sv3'], 2, 'unknown stage "sv3"'],
    [
      ['score', SAMPLE, '--profile', 'lenient'],
      2,
      'unknown rule profile "lenient"; use certifying-body-table or strict-80',
    ],
    [['score', SAMPLE, '--colour'], 2, "Unknown option '--colour'"],
    [['score'], 2, 'fieldbook score: name a file'],
    [['frobnicate'], 2, 'unknown command "frobnicate"'],
  ])('refuses %j with one message', async (argv, code, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('bad input files', () => {
  const invalid = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  invalid.stages[0].entries[7].element = '6.1.1';
  const cases: [string, () => string, number, RegExp][] = [
    [
      'a missing file',
      () => '/nonexistent/record.json',
      2,
      /cannot read \/nonexistent\/record\.json: no such file/,
    ],
    ['a folder', () => tmpdir(), 2, /it is a folder, not a file/],
    ['not JSON', () => tempFile('x.json', 'hello, world'), 1, /not valid JSON/],
    [
      'not UTF-8',
      () => tempFile('x.json', new Uint8Array([0xff, 0xfe, 0x00, 0x7b])),
      1,
      /is not UTF-8 text/,
    ],
    [
      'the wrong format',
      () => tempFile('x.json', '{"format":"something-else","version":1}'),
      1,
      /not a CSE Fieldbook file \(format "something-else"\)/,
    ],
    [
      'an unknown element id',
      () => tempFile('x.json', JSON.stringify(invalid)),
      1,
      /unknown element "6\.1\.1"/,
    ],
  ];

  it.each(cases)(
    '%s: one clear message, no stack trace, nothing written',
    async (_n, path, code, message) => {
      const file = path();
      const before = readdirSync(tmpdir()).length;
      for (const command of ['validate', 'score']) {
        const r = await run(command, file);
        expect(r.code).toBe(code);
        expect(r.err).toMatch(message);
        expect(r.err).not.toMatch(/\n\s+at /);
        expect(r.out).toBe('');
      }
      expect(readdirSync(tmpdir()).length).toBe(before);
    },
  );
});

describe('the installed bin', () => {
  it('runs as a real process with exit codes', async () => {
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, [BIN, 'score', SAMPLE, '--stage', 'sv1', '--json']);
    expect(JSON.parse(ok.stdout).stage.kind).toBe('surveillance-1');
    await expect(
      exec(process.execPath, [BIN, 'validate', '/nonexistent.json']),
    ).rejects.toMatchObject({
      code: 2,
      stderr: 'fieldbook: cannot read /nonexistent.json: no such file\n',
    });
  }, 30_000);
});
