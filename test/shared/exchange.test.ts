import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatExchangeError } from '../../shared/exchange/errors';
import { exchangeJsonSchema } from '../../shared/exchange/json-schema';
import type { RawDocument } from '../../shared/exchange/migrate';
import {
  CURRENT_EXCHANGE_VERSION,
  EXCHANGE_MIGRATIONS,
  migrateExchange,
} from '../../shared/exchange/migrate';
import { readExchange, readExchangeText } from '../../shared/exchange/read';
import { toExchange, writeExchangeText } from '../../shared/exchange/write';

/** A parsed file, loosely typed so tests can break it in any way. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

const SAMPLE_TEXT = readFileSync(
  new URL('../fixtures/sample-record.json', import.meta.url),
  'utf8',
);
const sample = (): Doc => JSON.parse(SAMPLE_TEXT);

function errorsOf(doc: unknown): string[] {
  const result = readExchange(doc);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map(formatExchangeError);
}

describe('reading the exchange format', () => {
  it('reads the sample record with all its stages and 57 entries each', () => {
    const result = readExchangeText(SAMPLE_TEXT);
    if (!result.ok) throw new Error(result.errors.map(formatExchangeError).join('\n'));
    const { record, fileVersion, migrations } = result.value;
    // The sample is a version-2 file (no evidence library), upgraded on load.
    expect(fileVersion).toBe(2);
    expect(migrations).toEqual([
      'format version 2 → 3: the record gains an empty evidence library',
      'format version 3 → 4: stages may carry a sign-off (none recorded before)',
      'format version 4 → 5: second desk-top analysis sent dates, planned dates and assessment reports (none recorded before)',
    ]);
    expect(record.organisation.reference).toBe('14/5167');
    expect(record.stages.map((s) => s.kind)).toEqual([
      'initial',
      'surveillance-1',
      'surveillance-2',
      'reassessment',
    ]);
    for (const stage of record.stages) expect(stage.entries).toHaveLength(57);
    expect(record.stages[0]!.dates.visit).toEqual({
      kind: 'range',
      from: '2015-03-11',
      to: '2015-03-12',
    });
    expect(record.stages[0]!.dates.secondDeskTopReview).toEqual({ kind: 'na' });
    expect(record.stages[3]!.dates.visit).toEqual({ kind: 'tbc' });
    expect(record.organisation.contacts[0]!.name).toBe('Zoë Ní Bhriain');
  });

  it('round-trips: write then read gives the same record', () => {
    const first = readExchangeText(SAMPLE_TEXT);
    if (!first.ok) throw new Error('sample invalid');
    const text = writeExchangeText(first.value.record, {
      exportedAt: '2026-11-23T10:00:00.000Z',
      generator: 'test',
    });
    const second = readExchangeText(text);
    expect(second.ok && second.value.record).toEqual(first.value.record);
    expect(JSON.parse(text)).toMatchObject({
      format: 'cse-fieldbook',
      version: CURRENT_EXCHANGE_VERSION,
      exportedAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('fills entries that a file leaves out, in catalogue order', () => {
    const doc = sample();
    doc.stages[0].entries = [doc.stages[0].entries[5], doc.stages[0].entries[0]];
    const result = readExchange(doc);
    if (!result.ok) throw new Error('invalid');
    const entries = result.value.record.stages[0]!.entries;
    expect(entries).toHaveLength(57);
    expect(entries[0]!.element).toBe('1.1.1');
    expect(entries[0]!.finalMark).toBe('F');
    expect(entries[1]!.finalMark).toBeNull();
  });

  it('accepts a byte-order mark', () => {
    expect(readExchangeText(`\uFEFF${SAMPLE_TEXT}`).ok).toBe(true);
  });
});

describe('malformed files are refused with precise errors', () => {
  const cases: [string, (doc: Doc) => unknown, string][] = [
    [
      'a list instead of an object',
      () => [],
      '$: the file is not a JSON object — expected an object with "format": "cse-fieldbook"',
    ],
    [
      'another format',
      (d) => ({ ...d, format: 'excel' }),
      '$.format: not a CSE Fieldbook file (format "excel") — expected "cse-fieldbook"',
    ],
    [
      'a newer version',
      (d) => ({ ...d, version: 7 }),
      '$.version: the file is format version 7, written by a newer CSE Fieldbook — expected version 5 or older; update CSE Fieldbook to open it',
    ],
    [
      'no version',
      (d) => ({ ...d, version: undefined }),
      '$.version: missing or not a whole number — expected a format version from 1 to 5',
    ],
    [
      'an unknown element id',
      (d) => {
        d.stages[0].entries[3].element = '9.9.9';
        return d;
      },
      '$.stages[0].entries[3].element: unknown element "9.9.9" — expected an element number of cse-57, 1.1.1 to 5.3.3',
    ],
    [
      'a duplicate element',
      (d) => {
        d.stages[1].entries[4].element = '1.1.1';
        return d;
      },
      '$.stages[1].entries[4].element: element 1.1.1 appears twice (also at $.stages[1].entries[0]) — expected one entry per element',
    ],
    [
      'an impossible date',
      (d) => {
        d.stages[0].dates.visit = '2015-02-30';
        return d;
      },
      '$.stages[0].dates.visit: 2015-02-30 is not a real date (February 2015 has 28 days) — expected a real calendar date, a span of real dates, "TBC" or "N/A"',
    ],
    [
      '29 February of a common year',
      (d) => {
        d.stages[0].dates.deskTopReview = '2015-02-29';
        return d;
      },
      '$.stages[0].dates.deskTopReview: 2015-02-29 is not a real date (February 2015 has 28 days) — expected a real calendar date, a span of real dates, "TBC" or "N/A"',
    ],
    [
      'a span that ends before it starts',
      (d) => {
        d.stages[0].dates.visit = '2015-03-12/2015-03-11';
        return d;
      },
      '$.stages[0].dates.visit: the span ends (2015-03-11) before it starts (2015-03-12) — expected a real calendar date, a span of real dates, "TBC" or "N/A"',
    ],
    [
      'a date in words',
      (d) => {
        d.stages[0].dates.visit = '9 March 2015';
        return d;
      },
      '$.stages[0].dates.visit: found the text "9 March 2015" — expected "YYYY-MM-DD", "YYYY-MM-DD/YYYY-MM-DD" (a span of days), "TBC" or "N/A"',
    ],
    [
      'an unknown mark',
      (d) => {
        d.stages[0].entries[2].finalMark = 'Full';
        return d;
      },
      '$.stages[0].entries[2].finalMark: found the text "Full" — expected one of "CP", "F", "P", "NC" or null',
    ],
    [
      'an unknown field',
      (d) => {
        d.stages[0].entries[0].dtrmark = 'F';
        return d;
      },
      '$.stages[0].entries[0].dtrmark: unknown field — expected only the fields listed in docs/exchange-format.md',
    ],
    [
      'no organisation name',
      (d) => {
        d.organisation.name = '';
        return d;
      },
      '$.organisation.name: found the text "" — expected at least 1 characters',
    ],
    [
      'an unknown edition',
      (d) => {
        d.stages[2].catalogue = 'cse-2030';
        return d;
      },
      '$.stages[2].catalogue: unknown edition of the standard "cse-2030" — expected "cse-57"',
    ],
    [
      'a repeated stage id',
      (d) => {
        d.stages[1].id = d.stages[0].id;
        return d;
      },
      '$.stages[1].id: the stage id "stage-ia-2015" is also used at $.stages[0] — expected a different id for each stage',
    ],
    [
      'two initial assessments',
      (d) => {
        d.stages[1].kind = 'initial';
        return d;
      },
      '$.stages[1].kind: cycle 1 already has a "initial" stage at $.stages[0] — expected one stage of each kind per cycle',
    ],
    [
      'a reassessment in cycle 1',
      (d) => {
        d.stages[3].cycle = 1;
        return d;
      },
      '$.stages[3].cycle: a reassessment in cycle 1 — expected cycle 2 or later (a reassessment starts a new cycle)',
    ],
    [
      'a number where text belongs',
      (d) => {
        d.stages[0].entries[0].deskTopEvidence = 42;
        return d;
      },
      '$.stages[0].entries[0].deskTopEvidence: found number 42 — expected a string',
    ],
    [
      'a huge paste',
      (d) => {
        d.stages[0].notes = 'x'.repeat(100_001);
        return d;
      },
      '$.stages[0].notes: text of 100001 characters — expected at most 100000 characters',
    ],
    [
      'an id with a path in it',
      (d) => {
        d.organisation.id = '../etc';
        return d;
      },
      '$.organisation.id: found the text "../etc" — expected an id of 1–64 letters, digits, "-" or "_"',
    ],
    [
      'no stages',
      (d) => {
        d.stages = [];
        return d;
      },
      '$.stages: found a list of 0 — expected at least 1 items',
    ],
  ];

  it.each(cases)('%s', (_name, mutate, expected) => {
    expect(errorsOf(mutate(sample()))).toContain(expected);
  });

  it('lists every error at once, not just the first', () => {
    const d = sample();
    d.stages[0].entries[0].dtrMark = 'X';
    d.stages[0].entries[1].finalMark = 'Y';
    d.stages[0].dates.visit = '2015-13-01';
    expect(errorsOf(d)).toHaveLength(3);
  });

  it('says what is wrong with text that is not JSON', () => {
    const result = readExchangeText('{"format": "cse-fieldbook",');
    expect(!result.ok && formatExchangeError(result.errors[0]!)).toMatch(
      /^\$: not valid JSON \(.+\) — expected a CSE Fieldbook exchange file \(JSON\)$/,
    );
  });

  it('does not throw on deep nesting', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(readExchangeText(deep).ok).toBe(false);
  });
});

describe('migrations', () => {
  it('has a step for every version below the current one', () => {
    for (let v = 1; v < CURRENT_EXCHANGE_VERSION; v += 1) {
      expect(EXCHANGE_MIGRATIONS.some((s) => s.from === v)).toBe(true);
    }
  });

  it('applies steps in order, purely, and names them', () => {
    const steps = [
      {
        from: 1,
        describe: 'v1 → v2: rename a',
        up: (d: RawDocument) => ({ ...d, b: d.a, a: undefined }),
      },
      { from: 2, describe: 'v2 → v3: wrap b', up: (d: RawDocument) => ({ ...d, c: [d.b] }) },
    ];
    const input = Object.freeze({ version: 1, a: 'x' });
    const result = migrateExchange(input, 1, steps, 3);
    expect(result.ok && result.value).toEqual({
      doc: { version: 3, a: undefined, b: 'x', c: ['x'] },
      applied: ['v1 → v2: rename a', 'v2 → v3: wrap b'],
    });
    expect(input).toEqual({ version: 1, a: 'x' });
  });

  it('fails without throwing when a step is missing', () => {
    const result = migrateExchange({ version: 1 }, 1, [], 2);
    expect(!result.ok && formatExchangeError(result.errors[0]!)).toBe(
      '$.version: no upgrade from format version 1 is known — expected a version from 1 to 2',
    );
  });
});

describe('the published JSON Schema', () => {
  it('is the one the validator uses', () => {
    const published = JSON.parse(
      readFileSync(new URL('../../docs/exchange-format.schema.json', import.meta.url), 'utf8'),
    );
    expect(published).toEqual(exchangeJsonSchema());
  });

  it('writes files that declare the current version', () => {
    const read = readExchangeText(SAMPLE_TEXT);
    if (!read.ok) throw new Error('invalid');
    expect(toExchange(read.value.record).version).toBe(CURRENT_EXCHANGE_VERSION);
  });
});

describe('a fixture for every format version', () => {
  it.each(Array.from({ length: CURRENT_EXCHANGE_VERSION }, (_, i) => i + 1))(
    'version %i reads into the current model',
    (version) => {
      const text = readFileSync(
        new URL(`../fixtures/exchange/v${version}.json`, import.meta.url),
        'utf8',
      );
      const result = readExchangeText(text);
      if (!result.ok) throw new Error(result.errors.map(formatExchangeError).join('\n'));
      expect(result.value.fileVersion).toBe(version);
      const stage = result.value.record.stages[0]!;
      expect(stage.entries).toHaveLength(57);
      expect(stage.entries[0]).toMatchObject({
        element: '1.1.1',
        dtrMark: 'P',
        finalMark: 'F',
        verifiedOnSite: true,
      });
      expect(stage.entries.find((e) => e.element === '4.3.2')?.developmentNote).toBe(
        'Publish the complaints timescales on the web site.',
      );
      expect(stage.dates.visit).toEqual({ kind: 'range', from: '2015-11-30', to: '2015-12-01' });
    },
  );
});

describe('format version 4: stage sign-off', () => {
  it('reads and writes a stage sign-off, and older files read as not signed off', () => {
    const v4 = readExchangeText(
      readFileSync(new URL('../fixtures/exchange/v4.json', import.meta.url), 'utf8'),
    );
    if (!v4.ok) throw new Error(v4.errors.map(formatExchangeError).join('\n'));
    expect(v4.value.record.stages[0]!.signOff).toEqual({
      signedOffAt: '2016-01-06T10:00:00Z',
      signedOffBy: 'A. Assessor',
      contentHash: 'cad3a575987d156ca549a6901bf01ee99c11ff8196b7cdb6b5d8e668317dc1e5',
      scheme: 'cse-fieldbook-stage-v1',
      signature: null,
    });
    expect(v4.value.record.stages[1]!.signOff).toBeUndefined();
    const again = readExchangeText(writeExchangeText(v4.value.record));
    expect(again.ok && again.value.record).toEqual(v4.value.record);
    const sample = readExchangeText(SAMPLE_TEXT);
    expect(sample.ok && sample.value.record.stages.every((s) => s.signOff === undefined)).toBe(
      true,
    );
  });

  it('refuses a malformed sign-off with the reason', () => {
    const doc = JSON.parse(
      readFileSync(new URL('../fixtures/exchange/v4.json', import.meta.url), 'utf8'),
    );
    doc.stages[0].signOff.contentHash = 'not-a-hash';
    expect(errorsOf(doc)).toContain(
      '$.stages[0].signOff.contentHash: found the text "not-a-hash" — expected a SHA-256 hash: 64 lower-case hexadecimal digits',
    );
  });
});

describe('format version 5: second desk-top analysis sent dates and planned dates', () => {
  const v5Text = (): string =>
    readFileSync(new URL('../fixtures/exchange/v5.json', import.meta.url), 'utf8');

  it('reads the new dates and writes them back unchanged', () => {
    const v5 = readExchangeText(v5Text());
    if (!v5.ok) throw new Error(v5.errors.map(formatExchangeError).join('\n'));
    const { organisation, stages } = v5.value.record;
    expect(organisation.plannedDates).toEqual({
      surveillance1: { kind: 'date', date: '2016-11-30' },
      surveillance2: { kind: 'tbc' },
      recertification: null,
    });
    expect(stages[1]!.dates.secondDeskTopSentToClient).toEqual({
      kind: 'date',
      date: '2016-11-02',
    });
    expect(stages[1]!.dates.secondDeskTopSentToCertifyingBody).toEqual({ kind: 'na' });
    const again = readExchangeText(writeExchangeText(v5.value.record));
    expect(again.ok && again.value.record).toEqual(v5.value.record);
  });

  it('upgrades a version-4 file with nothing planned and no second sent dates', () => {
    const v4 = readExchangeText(
      readFileSync(new URL('../fixtures/exchange/v4.json', import.meta.url), 'utf8'),
    );
    if (!v4.ok) throw new Error(v4.errors.map(formatExchangeError).join('\n'));
    expect(v4.value.migrations.at(-1)).toMatch(/^format version 4 → 5/);
    expect(v4.value.record.organisation.plannedDates).toEqual({
      surveillance1: null,
      surveillance2: null,
      recertification: null,
    });
    for (const stage of v4.value.record.stages) {
      expect(stage.dates.secondDeskTopSentToClient).toBeNull();
      expect(stage.dates.secondDeskTopSentToCertifyingBody).toBeNull();
    }
  });

  it('refuses an impossible planned date with the reason', () => {
    const doc = JSON.parse(v5Text());
    doc.organisation.plannedDates.surveillance2 = '2017-02-30';
    expect(errorsOf(doc).join('\n')).toContain('$.organisation.plannedDates.surveillance2');
  });
});
