import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatExchangeError } from '../../shared/exchange/errors';
import { readExchange, readExchangeText } from '../../shared/exchange/read';
import { writeExchangeText } from '../../shared/exchange/write';
import { emptyStageReport } from '../../shared/types/report';

/** The assessment report in exchange format 5: read, written back, checked, upgraded. */

const fixture = (version: number): string =>
  readFileSync(new URL(`../fixtures/exchange/v${version}.json`, import.meta.url), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

function errorsOf(doc: unknown): string[] {
  const result = readExchange(doc);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map(formatExchangeError);
}

describe('the report of a stage in exchange format 5', () => {
  it('reads what the assessor wrote and writes it back unchanged', () => {
    const read = readExchangeText(fixture(5));
    if (!read.ok) throw new Error(read.errors.map(formatExchangeError).join('\n'));
    const [first, second] = read.value.record.stages;
    expect(first!.report).toEqual(emptyStageReport());
    expect(second!.report.sites).toEqual([
      {
        site: 'One-Stop Shop, Harbour Street',
        people: 'Ffion Hughes (Service Manager); two reception advisers; four customers',
      },
      {
        site: 'Contact Centre, Civic Offices',
        people: "Team leaders' meeting; the complaints officer",
      },
    ]);
    expect(second!.report.findings).toEqual([
      {
        criterion: 4,
        text: 'The complaints page now gives timescales; the development point is cleared.',
      },
    ]);
    // A point the assessor has not written reads null: the report shows the live pre-fill.
    expect(second!.report.developmentPoints).toEqual([
      {
        element: '5.2.2',
        found: null,
        toMakeFull:
          'Triage telephone callers at first contact and show the effect on repeat calls.',
      },
    ]);
    expect(second!.report.recommendation).toEqual({ decision: 'recommend', reason: '' });
    const again = readExchangeText(writeExchangeText(read.value.record));
    expect(again.ok && again.value.record).toEqual(read.value.record);
  });

  it.each([1, 2, 3, 4])('upgrades a version-%i file with an empty report per stage', (version) => {
    const read = readExchangeText(fixture(version));
    if (!read.ok) throw new Error(read.errors.map(formatExchangeError).join('\n'));
    for (const stage of read.value.record.stages) expect(stage.report).toEqual(emptyStageReport());
  });

  it('refuses a report that names an unknown element, a criterion twice or an unknown decision', () => {
    const doc: Doc = JSON.parse(fixture(5));
    const report = doc.stages[1].report;
    report.developmentPoints.push({ element: '9.9.9', found: 'x' });
    report.findings.push({ criterion: 4, text: 'again' }, { criterion: 7, text: 'no such' });
    report.recommendation = { decision: 'certify', reason: '' };
    const errors = errorsOf(doc).join('\n');
    expect(errors).toContain(
      '$.stages[1].report.recommendation.decision: found the text "certify" — expected one of "recommend", "recommend-subject-to" or "do-not-recommend"',
    );
    // The schema failed first; fix it to reach the checks a schema cannot make.
    report.recommendation = null;
    const checked = errorsOf(doc).join('\n');
    expect(checked).toContain(
      '$.stages[1].report.developmentPoints[1].element: unknown element "9.9.9"',
    );
    expect(checked).toContain(
      '$.stages[1].report.findings[1].criterion: criterion 4 again (also at $.stages[1].report.findings[0])',
    );
    expect(checked).toContain('$.stages[1].report.findings[2].criterion: no criterion 7 in cse-57');
  });

  it('refuses an unknown field in a report (a misspelt section would be lost)', () => {
    const doc: Doc = JSON.parse(fixture(5));
    doc.stages[1].report.introductoin = 'typo';
    expect(errorsOf(doc).join('\n')).toContain('$.stages[1].report');
  });
});
