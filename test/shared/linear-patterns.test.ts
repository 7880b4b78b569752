// Patterns that can backtrack or rescan (quadratic on a long run of one character) were
// replaced by linear code. Each replacement gives what the old pattern gave (property tests
// against the old pattern on short texts), and finishes quickly on a crafted long text. V8
// happens to run some of the old patterns fast on these texts; the old matchKey took 155 s.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passagesFromBlocks, tidy } from '../../shared/evidence/passages';
import { safeSheetName } from '../../shared/export/xlsx/layout';
import { parseKeyDateInput } from '../../shared/records/key-date-input';
import { charIn, trimEndWhere } from '../../shared/types/trim';
import { matchKey } from '../../shared/word/text';

/** The old `tidy`, pattern for pattern. */
function oldTidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

const SHORT = fc.string({
  unit: fc.constantFrom(' ', '\n', '\r', '\t', 'a', '.', "'", ':', '*'),
  maxLength: 40,
});

/** 200,000 of one character and then one that makes the old pattern fail at every position. */
const CRAFTED = (run: string, last = 'x'): string => `${run.repeat(200_000)}${last}`;

/** Runs `f`, failing when it takes far longer than linear code can (the old code took minutes). */
function quick<T>(f: () => T): T {
  const started = performance.now();
  const out = f();
  expect(performance.now() - started).toBeLessThan(3_000);
  return out;
}

describe('linear replacements of slow patterns', () => {
  it('tidy gives what the old patterns gave', () => {
    fc.assert(
      fc.property(SHORT, (text) => tidy(text) === oldTidy(text)),
      { numRuns: 2_000 },
    );
    expect(quick(() => tidy(CRAFTED(' ')))).toBe('x');
  });

  it('a long paragraph without a full stop is cut into passages, keeping every word', () => {
    const text = `${'word '.repeat(40_000)}end`;
    const passages = quick(() => passagesFromBlocks([{ kind: 'paragraph', text, page: null }]));
    expect(passages.length).toBeGreaterThan(100);
    expect(
      passages
        .map((p) => p.text)
        .join(' ')
        .split(/\s+/).length,
    ).toBe(40_001);
    const sentences = passagesFromBlocks([
      { kind: 'paragraph', text: `${'We listen to customers. '.repeat(100)}And act!`, page: null },
    ]);
    expect(sentences.every((p) => /[.!]$/.test(p.text))).toBe(true);
  });

  it('sheet names lose leading and trailing apostrophes only', () => {
    expect(safeSheetName("''Customer's view''")).toBe("Customer's view");
    expect(quick(() => safeSheetName(CRAFTED("'")))).toBe('x');
  });

  it('labels lose trailing punctuation and spaces as before', () => {
    fc.assert(
      fc.property(SHORT, (text) => {
        const old = text.replace(/[\s:.;,*]+$/, '');
        return trimEndWhere(text, charIn(':.;,*', true)) === old;
      }),
      { numRuns: 2_000 },
    );
    expect(matchKey('Assessment date: ')).toBe('assessment date');
    expect(quick(() => matchKey(`a${CRAFTED(' :', 'x')}`))).toMatch(/x$/);
  });

  it('key dates with a range still read, and a long run of spaces is quick', () => {
    const range = parseKeyDateInput('2015-03-09 to 2015-03-10');
    expect(range.ok).toBe(true);
    expect(quick(() => parseKeyDateInput(`2015-${CRAFTED(' ')}`)).ok).toBe(false);
  });
});
