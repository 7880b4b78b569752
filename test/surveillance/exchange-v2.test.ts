import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatExchangeError } from '../../shared/exchange/errors';
import { MIGRATE_V1_TO_V2, migrateExchange } from '../../shared/exchange/migrate';
import { readExchange, readExchangeText } from '../../shared/exchange/read';
import { writeExchangeText } from '../../shared/exchange/write';
import { emptyStageSurveillance } from '../../shared/records/create';

/** A parsed file, loosely typed so tests can break it in any way. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

function errorsOf(doc: unknown): string[] {
  const result = readExchange(doc);
  return result.ok ? [] : result.errors.map(formatExchangeError);
}

describe('format version 1 → 2', () => {
  it('upgrades the v1 fixture: every stage gains empty surveillance records', () => {
    const result = readExchangeText(fixture('exchange/v1.json'));
    if (!result.ok) throw new Error(result.errors.map(formatExchangeError).join('\n'));
    expect(result.value.fileVersion).toBe(1);
    expect(result.value.migrations[0]).toBe(
      'format version 1 → 2: each stage gains empty surveillance records',
    );
    for (const stage of result.value.record.stages) {
      expect(stage.surveillance).toEqual(emptyStageSurveillance());
    }
  });

  it('is a pure step that leaves its input alone', () => {
    const v1 = JSON.parse(fixture('exchange/v1.json')) as Doc;
    const frozen = Object.freeze({ ...v1, stages: Object.freeze(v1.stages.map(Object.freeze)) });
    const before = JSON.stringify(frozen);
    const migrated = migrateExchange(frozen, 1, undefined, 2);
    if (!migrated.ok) throw new Error('migration failed');
    expect(JSON.stringify(frozen)).toBe(before);
    expect(migrated.value.doc.version).toBe(2);
    expect((migrated.value.doc.stages as Doc[])[0]!.surveillance).toEqual({
      contactedOn: null,
      category: null,
      significantChanges: [],
      developmentPoints: [],
      documents: [],
      onSitePlan: [],
      activities: [],
      whatHasChanged: [],
    });
    expect(MIGRATE_V1_TO_V2.up({ stages: 'not a list' })).toEqual({ stages: 'not a list' });
  });

  it('keeps refusing a v1 file that is invalid for v1 reasons', () => {
    const v1 = JSON.parse(fixture('exchange/v1.json')) as Doc;
    v1.stages[0].entries[0].finalMark = 'Full';
    expect(errorsOf(v1)).toEqual([
      '$.stages[0].entries[0].finalMark: found the text "Full" — expected one of "CP", "F", "P", "NC" or null',
    ]);
  });
});

describe('version 2 surveillance records', () => {
  it('reads the v2 fixture and writes it back unchanged in meaning', () => {
    const first = readExchangeText(fixture('exchange/v2.json'));
    if (!first.ok) throw new Error(first.errors.map(formatExchangeError).join('\n'));
    const sv = first.value.record.stages[1]!.surveillance;
    expect(sv.category).toEqual({
      category: 'high',
      reason: "Merger with the neighbouring district's contact centre announced for April.",
      decidedOn: '2016-12-02',
    });
    expect(sv.documents[2]).toEqual({
      document: 'annual-report',
      receiptConfirmed: false,
      receivedOn: null,
      note: 'To follow after the Cabinet meeting.',
    });
    expect(sv.developmentPoints[0]).toMatchObject({ point: '4.3.2@s1', status: 'cleared' });
    expect(first.value.record.stages[0]!.surveillance.documents).toEqual([]);
    const again = readExchangeText(writeExchangeText(first.value.record));
    expect(again.ok && again.value.record).toEqual(first.value.record);
  });

  it('round-trips the sample record with its surveillance data', () => {
    const first = readExchangeText(fixture('sample-record.json'));
    if (!first.ok) throw new Error('sample invalid');
    expect(first.value.record.stages[1]!.surveillance.onSitePlan).toHaveLength(4);
    const again = readExchangeText(writeExchangeText(first.value.record));
    expect(again.ok && again.value.record).toEqual(first.value.record);
  });

  const cases: [string, (d: Doc) => void, string][] = [
    [
      'an impossible date',
      (d) => (d.stages[1].surveillance.contactedOn = '2016-02-30'),
      '$.stages[1].surveillance.contactedOn: 2016-02-30 is not a real date (February 2016 has 29 days) — expected a real calendar date',
    ],
    [
      'an unknown category',
      (d) => (d.stages[1].surveillance.category.category = 'medium'),
      '$.stages[1].surveillance.category.category: found the text "medium" — expected one of "high" or "low"',
    ],
    [
      'a malformed point id',
      (d) => (d.stages[1].surveillance.developmentPoints[0].point = '4.3.2'),
      '$.stages[1].surveillance.developmentPoints[0].point: found the text "4.3.2" — expected a development point id: an element number, "@" and the id of the stage that raised it',
    ],
    [
      'a point raised by a later or unknown stage',
      (d) => (d.stages[1].surveillance.developmentPoints[0].point = '4.3.2@s9'),
      '$.stages[1].surveillance.developmentPoints[0].point: no stage "s9" at or before this one raised it — expected the id of this stage or an earlier one',
    ],
    [
      'a point on an unknown element',
      (d) => (d.stages[1].surveillance.developmentPoints[0].point = '9.9.9@s1'),
      '$.stages[1].surveillance.developmentPoints[0].point: unknown element "9.9.9" — expected an element number of cse-57',
    ],
    [
      'a document twice',
      (d) => d.stages[1].surveillance.documents.push({ document: 'performance-data' }),
      '$.stages[1].surveillance.documents[3]: document recorded again (also at $.stages[1].surveillance.documents[0]) — expected each document once per stage',
    ],
    [
      'an unknown document',
      (d) => (d.stages[1].surveillance.documents[0].document = 'budget'),
      '$.stages[1].surveillance.documents[0].document: found the text "budget" — expected one of "performance-data", "service-review", "satisfaction-results", "complaints-report", "annual-report" or "changes"',
    ],
    [
      'a criterion that does not exist',
      (d) => (d.stages[1].surveillance.whatHasChanged[0].criterion = 6),
      '$.stages[1].surveillance.whatHasChanged[0].criterion: no criterion 6 in cse-57 — expected a criterion number from 1 to 5',
    ],
    [
      'an unknown field',
      (d) => (d.stages[1].surveillance.category.why = 'x'),
      '$.stages[1].surveillance.category.why: unknown field — expected only the fields listed in docs/exchange-format.md',
    ],
  ];

  it.each(cases)('refuses %s with a precise error', (_name, mutate, expected) => {
    const doc = JSON.parse(fixture('exchange/v2.json')) as Doc;
    mutate(doc);
    expect(errorsOf(doc)).toContain(expected);
  });
});
