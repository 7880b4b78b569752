// Hostile text for the evidence readers: the regular expressions that once backtracked
// (issue 15: `/(\s*\|\s*)+$/` took 15.7 s on a table row of 28 empty cells; Markdown and plain
// text were quadratic on long runs of spaces) must now take time in proportion to the input.
// Times are measured loosely (best of a few runs) and compared as ratios, never as targets.
import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../shared/evidence/html-text';
import { stripMarkup } from '../../shared/evidence/markup';
import { markdownBlocks, plainTextBlocks } from '../../shared/evidence/text-blocks';

/** The best of `runs` timings of `work` in milliseconds. */
function bestTime(work: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Time for a 10× larger input over time for the smaller one: 10 when linear, 100 when
 * quadratic. The two sizes are timed in turn, 15 times each, and the best of each compared: a
 * busy machine slows both alike, and rarely spares the larger input in none of its turns. The
 * bound leaves room for small-input overheads and garbage collection.
 */
function growth(make: (n: number) => string, read: (text: string) => unknown): number {
  const small = make(1_000);
  const large = make(10_000);
  read(small);
  read(large);
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < 15; i += 1) {
    bestSmall = Math.min(
      bestSmall,
      bestTime(() => read(small), 1),
    );
    bestLarge = Math.min(
      bestLarge,
      bestTime(() => read(large), 1),
    );
  }
  return bestLarge / Math.max(bestSmall, 0.05);
}

const LINEAR = 35;

const emptyCellsRow = (n: number): string =>
  `<table><tr>${'<td></td>'.repeat(n)}<td>Total</td></tr></table>`;

describe('HTML tables with many empty cells', () => {
  it('read a row of 28 empty cells before a filled one at once (it took seconds before)', () => {
    const row = emptyCellsRow(28);
    let blocks: unknown;
    const ms = bestTime(() => {
      blocks = htmlBlocks(row);
    }, 1);
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Total', page: null }]);
    expect(ms).toBeLessThan(1_000);
  });

  it('grow linearly from 1,000 to 10,000 cells', () => {
    expect(growth(emptyCellsRow, htmlBlocks)).toBeLessThan(LINEAR);
    const spaced = (n: number): string => `<tr>${'<td> &nbsp; </td>\n'.repeat(n)}<td>x</td></tr>`;
    expect(growth(spaced, htmlBlocks)).toBeLessThan(LINEAR);
  });

  it('keep the filled cells of a row, joined, and leave out empty ones', () => {
    const html =
      '<table><tr><td>Owner</td><td> </td><td><p>Head of</p><p>Service</p></td><td></td></tr></table>';
    expect(htmlBlocks(html)).toEqual([
      { kind: 'paragraph', text: 'Owner | Head of Service', page: null },
    ]);
  });
});

describe('plain text and Markdown with long runs of spaces and marks', () => {
  const cases: [string, (n: number) => string][] = [
    ['a heading then spaces', (n) => `# x${' '.repeat(n * 10)}y`],
    ['spaces before a pipe', (n) => `x${' '.repeat(n * 10)}|${' '.repeat(n * 10)}y`],
    ['spaces then a dash rule', (n) => `${' '.repeat(n * 10)}x -${' '.repeat(n * 10)}-`],
    ['closing hashes', (n) => `## a ${'#'.repeat(n * 10)}x`],
    ['brackets without links', (n) => `${'[a]('.repeat(n * 3)} end`],
    ['stars and underscores', (n) => `${'*_'.repeat(n * 5)} word`],
    ['a list mark then spaces', (n) => `-${' '.repeat(n * 10)}`],
  ];
  for (const [name, make] of cases) {
    it(`grow linearly: ${name}`, () => {
      expect(growth(make, markdownBlocks)).toBeLessThan(LINEAR);
      expect(growth(make, plainTextBlocks)).toBeLessThan(LINEAR);
    });
  }

  it('still read headings, lists, tables and links', () => {
    const md = [
      '## Escalation ##',
      '',
      '- Call us on **0300 123**',
      '| Stage | Days |',
      '|---|---:|',
      '| 1 | 10 |',
      '',
      'See [our charter](https://example.org/charter) and `code` and _this_.',
    ].join('\n');
    expect(markdownBlocks(md).map((b) => `${b.kind}: ${b.text}`)).toEqual([
      'heading: Escalation',
      'paragraph: Call us on 0300 123',
      'paragraph: Stage | Days',
      'paragraph: 1 | 10',
      'paragraph: See our charter and code and this.',
    ]);
  });
});

describe('HTML left in a text file', () => {
  it('is removed, block tags breaking paragraphs; other angle brackets are kept', () => {
    const text =
      '<p><b>1. Purpose</b></p>\n<p>Owner: Performance Excellence<br>\nVersion 1.2 &nbsp;|&nbsp; Review 2017</p>\n' +
      'Write to <Customer Name> at <john@example.org>; scores < 5 are low; x<y and more';
    const out = stripMarkup(text);
    expect(out).not.toMatch(/<\/?(?:p|b|br)>/);
    expect(out).toContain('1. Purpose');
    expect(out).toContain('Owner: Performance Excellence\n');
    expect(out).toContain('Version 1.2  |  Review 2017');
    expect(out).toContain('<Customer Name>');
    expect(out).toContain('<john@example.org>');
    expect(out).toContain('scores < 5 are low; x<y and more');
    const blocks = plainTextBlocks(text);
    expect(blocks[0]).toEqual({ kind: 'heading', text: '1. Purpose', page: null });
  });

  it('grows linearly with the number of tags', () => {
    // 250 to 2,500 paragraphs (12,500 tags at most): larger inputs measure the garbage
    // collector promoting the parser's objects, not the reader.
    const paragraphs = (n: number): string => '<p><b>a</b> &amp; <i>b</i></p>\n'.repeat(n / 4);
    expect(growth(paragraphs, stripMarkup)).toBeLessThan(LINEAR);
  });

  it('leaves text without markup exactly as it was', () => {
    const text = 'Score: 4 > 3 and 2 < 3, AT&T, R&D; a_b *c* [d]';
    expect(stripMarkup(text)).toBe(text);
  });
});

describe('web page furniture', () => {
  it('is left out: navigation, footers, cookie banners, breadcrumbs and menus', () => {
    const html =
      '<div id="cookie-banner">We use cookies. <a href="/cookies">Find out more</a></div>' +
      '<nav><a href="/complaints">Complaints</a> <a href="/contact">Contact us</a></nav>' +
      '<div class="breadcrumb"><a href="/">Home</a> &gt; Charter</div>' +
      '<ul class="main-menu"><li><a href="/bins">Bins</a></li></ul>' +
      '<main><h1>Our charter</h1><p>We answer calls within 60 seconds.</p></main>' +
      '<div class="site-footer">Accessibility | Privacy</div><footer>© Council 2015</footer>';
    expect(htmlBlocks(html)).toEqual([
      { kind: 'heading', text: 'Our charter', page: null },
      { kind: 'paragraph', text: 'We answer calls within 60 seconds.', page: null },
    ]);
  });
});
