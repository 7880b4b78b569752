// The Word import's patterns that could rescan a long run of one character (a cell of 50,000
// spaces, a row of separators, a number of 50,000 digits) were made linear. These inputs once
// cost time quadratic in their length; each must now give the right reading. No timing is
// asserted: a test that finishes is the check, speed is for benchmarks.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { labelOf, labelledParagraph } from '../../shared/word/import/labels';
import { paragraphRole } from '../../shared/word/import/paragraphs';
import { parseWordDate } from '../../shared/word/import/word-dates';
import { leadingElementNumber, matchKey } from '../../shared/word/text';
import { buildDocx, h1, h2, p, row, table } from './support/docx-builder';
import { A, tidyAnalysis } from './support/fixtures-ab';
import { importOk } from './support/import';
import { standardTruth, stageOf } from './support/truth';

const SPACES = ' '.repeat(50_000);
const DIGITS = '1'.repeat(50_000);

describe('the Word import on long runs of one character', () => {
  it('reads dates with 50,000 spaces around their dash, comma and "to"', () => {
    expect(parseWordDate(`9 March${SPACES}–${SPACES}12 March,${SPACES}2015`)).toEqual({
      ok: true,
      value: { kind: 'range', from: '2015-03-09', to: '2015-03-12' },
    });
    expect(parseWordDate(`11th${SPACES}&${SPACES}12th March,${SPACES}2015`)).toEqual({
      ok: true,
      value: { kind: 'range', from: '2015-03-11', to: '2015-03-12' },
    });
    expect(parseWordDate(`31 December 2015${SPACES}to${SPACES}1 January 2016`)).toEqual({
      ok: true,
      value: { kind: 'range', from: '2015-12-31', to: '2016-01-01' },
    });
  });

  it('refuses 50,000 digits or a comma among spaces as a date, with its sentence', () => {
    for (const text of [DIGITS, `${SPACES},${SPACES}x`, `${DIGITS},${SPACES}`]) {
      const read = parseWordDate(text);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.errors[0]).toMatch(/^write a date such as "9 March 2015"/);
    }
  });

  it('reads labels and labelled paragraphs padded with 50,000 spaces', () => {
    expect(labelOf(`Date of first surveillance${SPACES}(cycle 2)`)).toEqual({
      key: 'cycleDate',
      dates: 'surveillance-1',
      stage: null,
      cycle: 2,
    });
    expect(labelledParagraph(`Assessor:${SPACES}Tariq Mahmood${SPACES}`)).toEqual({
      label: { key: 'assessor', stage: null },
      value: 'Tariq Mahmood',
    });
    // A date label with 50,000 characters after it is a sentence, not a key date.
    expect(labelledParagraph(`Assessment visit:${' :'.repeat(25_000)}`)).toBeNull();
    expect(labelOf(DIGITS)).toBeNull();
  });

  it('reads section lines padded with spaces or brackets, and no element number from 50,000 digits', () => {
    expect(paragraphRole(`Section 2 ${'('.repeat(50_000)}`, DEFAULT_CATALOGUE)).toEqual({
      kind: 'text',
    });
    expect(
      paragraphRole(`Section 2${SPACES}– surveillance documentation`, DEFAULT_CATALOGUE),
    ).toEqual({ kind: 'section', section: 2, stage: { kind: 'surveillance', cycle: null } });
    expect(leadingElementNumber(DIGITS)).toBeNull();
    expect(leadingElementNumber(`${SPACES}1.2.3${SPACES}We listen`)).toEqual({
      id: '1.2.3',
      rest: 'We listen',
    });
    expect(matchKey(`${SPACES}Reference${SPACES}:`)).toBe('reference');
  });

  it('reads a changed score followed by 25,000 separators, keeping the comment', async () => {
    const truth = standardTruth('Linear');
    const bytes = await buildDocx([
      table([row('Assessment reference number', '15/0001'), row('Name of organisation', 'X')]),
      h1('Section 1 – Assessment analysis'),
      ...tidyAnalysis(truth, A.spellings),
      h1('SECTION 3 – SURVEILLANCE REPORT'),
      h2('Which element scores have changed since the first assessment?'),
      p(`4.2.3: P → F${' -'.repeat(25_000)} Benchmarking report seen.`),
    ]);
    const imported = await importOk(bytes);
    const changed = imported.preview.stages
      .flatMap((s) => s.elements)
      .filter((e) => e.origin === 'changed');
    expect(changed.map((e) => e.element)).toEqual(['4.2.3']);
    const sv1 = stageOf(imported.record, 'surveillance-1');
    const entry = sv1.entries.find((e) => e.element === '4.2.3');
    expect(entry?.finalMark).toBe('F');
    expect(entry?.visitEvidence).toBe('Benchmarking report seen.');
  });
});
