import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src-cli/run';
import { runFieldbook } from '../support/cli';
import type { CliRun } from '../support/cli';

const SAMPLE = new URL('../fixtures/sample-record.json', import.meta.url).pathname;

/** `fieldbook <argv>` with a read-only file system, as these commands need no more. */
const run = (...argv: string[]): Promise<CliRun> => runFieldbook(argv, { write: false });

describe('fieldbook plan', () => {
  it('prints dates, alerts, category, visit mode, points, documents and the on-site plan', async () => {
    const r = await run('plan', SAMPLE, '--today', '2018-02-01');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain(
      'Surveillance plan — Northfield University — Library, Student Services, Careers and Reception (14/5167) — on 1 February 2018',
    );
    expect(r.out).toMatch(
      /Surveillance 1\s+11 March 2016\s+11 January 2016\s+done; held 10 March 2016/,
    );
    expect(r.out).toMatch(
      /Reassessment \(cycle 2\)\s+11 March 2018\s+11 January 2018\s+in preparation; client contacted 8 January 2018/,
    );
    expect(r.out).toContain(
      '  - Reassessment (cycle 2) is due on 11 March 2018 (in 38 days); no visit date is set.',
    );
    expect(r.out).toContain(
      "Category after Surveillance 1: Low — the assessor's decision (“The merger of Careers into Student Services was planned, consulted on and did not disturb the service; criterion 4 is now below its maximum.”), overriding the suggested High.",
    );
    expect(r.out).toContain('Next: Reassessment (cycle 2) — due 11 March 2018 — on-site');
    expect(r.out).toContain('Open development points (4)');
    expect(r.out).toContain('On-site plan (suggested from the open development points)');
  });

  it('prints the plan as JSON', async () => {
    const r = await run('plan', SAMPLE, '--today', '2017-02-01', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.today).toBe('2017-02-01');
    expect(json.schedule[1]).toMatchObject({ key: 'surveillance-2#1', due: '2017-03-10' });
    expect(json.next.visit.mode).toBe('off-site');
    expect(json.next.documentsOutstanding).toBe(1);
    expect(json.categories).toHaveLength(4);
  });

  it('plans on the real date when --today is left out', async () => {
    const r = await run('plan', SAMPLE, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    [
      ['plan', SAMPLE, '--today', '2015-02-30'],
      'fieldbook: --today 2015-02-30: 2015-02-30 is not a real date (February 2015 has 28 days)\n',
    ],
    [
      ['plan', SAMPLE, '--today', 'tomorrow'],
      'fieldbook: --today tomorrow: expected a date written YYYY-MM-DD\n',
    ],
  ])('refuses a bad --today with one message and exit 2: %j', async (argv, message) => {
    const r = await run(...argv);
    expect(r).toEqual({ code: 2, out: '', err: message });
  });

  it.each([
    [['plan'], 2, 'fieldbook plan: name a file'],
    [['plan', '/nonexistent.json'], 2, 'cannot read /nonexistent.json: no such file'],
    [['plan', SAMPLE, '--colour'], 2, "Unknown option '--colour'"],
  ])('refuses %j', async (argv, code, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('is listed in the usage', () => {
    expect(USAGE).toContain('plan <file.json> [options]');
    expect(USAGE).toContain('--today <YYYY-MM-DD>');
  });
});
