// Hostile input to the exchange-format reader and the record import: at least 500 generated
// malformed files. Never an exception; every refusal says what is wrong in plain words; and
// a refused import leaves every table of a real database exactly as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatExchangeError } from '../../shared/exchange/errors';
import { readExchange, readExchangeText } from '../../shared/exchange/read';
import { openWorld } from '../db/helpers';
import type { TestWorld } from '../db/helpers';
import { SAMPLE_TEXT, variant } from '../backup/support';
import { dumpDatabase } from './support/db-dump';
import type { Json } from './support/hostile';
import {
  HOSTILE_STRINGS,
  deepArrayText,
  mutate,
  mutation,
  unclearMessage,
} from './support/hostile';
import { importExchangeText } from './support/import';

/** Fixed by default so CI is reproducible; FUZZ_SEED=<n> explores further. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_101);
/** Generous: the suite shares CI machines, and each run reads whole records. */
const SLOW = 120_000;
const SAMPLE = JSON.parse(SAMPLE_TEXT) as Json;
let generated = 0;

/** Reads `text` and checks the outcome is a result, with clear messages when refused. */
function readsCleanly(text: string): boolean {
  generated += 1;
  const result = readExchangeText(text);
  if (result.ok) return true;
  expect(result.errors.length, 'a refusal lists at least one problem').toBeGreaterThan(0);
  for (const error of result.errors) {
    const line = formatExchangeError(error);
    expect(unclearMessage(error.problem), line).toBeNull();
    expect(error.path, line).toMatch(/^\$/);
  }
  return false;
}

describe('the exchange reader under hostile input', { timeout: SLOW }, () => {
  it('answers any JSON value with a result, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        readsCleanly(JSON.stringify(value) ?? 'null');
        expect(readExchange(value).ok).toBe(false);
      }),
      { numRuns: 150, seed: SEED },
    );
  });

  it('refuses damaged real exports clearly, or reads them whole', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const doc = mutate(SAMPLE, mutations);
        if (readsCleanly(JSON.stringify(doc))) {
          const read = readExchangeText(JSON.stringify(doc));
          expect(read.ok && read.value.record.stages.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('refuses a file cut off at any point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SAMPLE_TEXT.length - 3 }), (cut) => {
        expect(readsCleanly(SAMPLE_TEXT.slice(0, cut))).toBe(false);
      }),
      { numRuns: 100, seed: SEED },
    );
  });

  it.each([
    ['deeply nested arrays', deepArrayText(200_000)],
    ['deeply nested objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['a 60 MB file', `"${'x'.repeat(60 * 1024 * 1024)}"`],
    ['NUL bytes', `\u0000${SAMPLE_TEXT}`],
    ['a byte-order mark only', '\ufeff'],
    ['nothing', ''],
    [
      'a prototype key',
      SAMPLE_TEXT.replace('"format"', '"__proto__": {"polluted": true}, "format"'),
    ],
    [
      'a constructor key',
      SAMPLE_TEXT.replace('"format"', '"constructor": {"prototype": {"polluted": true}}, "format"'),
    ],
    ['2015-02-30', SAMPLE_TEXT.replace(/"visit": "[^"]*"/, '"visit": "2015-02-30"')],
    ['an unknown element', SAMPLE_TEXT.replace('"element": "1.1.1"', '"element": "9.9.9"')],
    ['a duplicate element', SAMPLE_TEXT.replace('"element": "1.1.2"', '"element": "1.1.1"')],
    [
      'a duplicate stage id',
      SAMPLE_TEXT.replace('"id": "stage-sv1-2016"', '"id": "stage-ia-2015"'),
    ],
    ['a newer version', SAMPLE_TEXT.replace(/"version": \d+/, '"version": 99')],
    ...HOSTILE_STRINGS.slice(0, 12).map((s, i): [string, string] => [
      `hostile name ${i}`,
      SAMPLE_TEXT.replace('"name": "Northfield', `"name": ${JSON.stringify(s)}, "x": "`),
    ]),
  ])('refuses %s clearly', (_what, text) => {
    expect(readsCleanly(text)).toBe(false);
  });

  it.each([
    ['a lone surrogate', '\ud800'],
    ['a NUL', 'a\u0000b'],
    ['a right-to-left override', '\u202e'],
  ])('keeps text with %s exactly as written, or refuses it clearly', (_what, odd) => {
    const text = SAMPLE_TEXT.replace(
      '"Northfield',
      `${JSON.stringify(odd).slice(0, -1)}Northfield`,
    );
    if (readsCleanly(text)) {
      const read = readExchangeText(text);
      expect(read.ok && read.value.record.organisation.name.startsWith(odd)).toBe(true);
    }
  });

  afterAll(() => {
    expect(generated, 'generated inputs').toBeGreaterThanOrEqual(500);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('a refused record import changes nothing stored', { timeout: SLOW }, () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openWorld();
    await world.repo.createRecord(variant('stored'));
    const sample = readExchangeText(SAMPLE_TEXT);
    if (!sample.ok) throw new Error('sample');
    await world.repo.createRecord(sample.value.record);
  });

  it('for damaged files over a database that already holds the same organisation', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (mutations, cut) => {
          const text = JSON.stringify(mutate(SAMPLE, mutations));
          const before = await dumpDatabase(world.db);
          const outcome = await importExchangeText(
            world.repo,
            cut ? text.slice(0, text.length >> 1) : text,
          );
          if (outcome.kind === 'refused') {
            refused += 1;
            for (const message of outcome.messages)
              expect(unclearMessage(message), message).toBeNull();
            expect(await dumpDatabase(world.db)).toBe(before);
          }
        },
      ),
      { numRuns: 120, seed: SEED },
    );
    expect(refused).toBeGreaterThan(60);
  });

  it('for files the reader accepts but storage refuses (ids taken by another organisation)', async () => {
    const stolen = SAMPLE_TEXT.replace('"org-northfield-university"', '"org-thief"')
      .replaceAll('"stage-', '"stage-stored-')
      .replaceAll('@stage-', '@stage-stored-');
    const before = await dumpDatabase(world.db);
    const outcome = await importExchangeText(world.repo, stolen);
    expect(outcome.kind).toBe('refused');
    expect(outcome.messages.join(' ')).toMatch(/Nothing was changed/);
    expect(await dumpDatabase(world.db)).toBe(before);
  });
});
