import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import {
  DEFAULT_VOCABULARY,
  buildSuggestionModel,
  vocabularyEntries,
} from '../../shared/evidence/model';
import { stemOf } from '../../shared/evidence/tokenise';
import { suggestElements } from '../../shared/evidence/suggest';
import type { ElementId } from '../../shared/types/ids';
import { measureQuality } from './quality';
import { extractOk, fixtureBytes } from './support';

const model = buildSuggestionModel();

describe('the suggestion model', () => {
  it('has a curated vocabulary for each of the 57 elements, and only for them', () => {
    const ids = DEFAULT_CATALOGUE.elements.map((e) => e.id as string);
    expect(Object.keys(DEFAULT_VOCABULARY).sort()).toEqual([...ids].sort());
    for (const id of ids)
      expect(vocabularyEntries(DEFAULT_VOCABULARY[id] ?? '').length).toBeGreaterThanOrEqual(10);
    expect(model.elements).toEqual(ids);
  });

  it('stems as Porter does', () => {
    const cases: [string, string][] = [
      ['complaints', 'complaint'],
      ['complained', 'complain'],
      ['satisfaction', 'satisfact'],
      ['relational', 'relat'],
      ['hopping', 'hop'],
      ['happy', 'happi'],
      ['generalization', 'gener'],
      ['controllable', 'control'],
    ];
    for (const [word, stem] of cases) expect(stemOf(word)).toBe(stem);
    expect(stemOf('co2')).toBe('co2');
    expect(stemOf('y'.repeat(5_000))).toBe('y'.repeat(5_000));
  });

  it('gives rare terms more weight than words many elements share', () => {
    const idf = (word: string): number => model.idf.get(stemOf(word)) ?? 0;
    expect(idf('ombudsman')).toBeGreaterThan(idf('customer'));
    expect(idf('braille')).toBeGreaterThan(idf('service'));
  });
});

describe('suggestions for a document', () => {
  it('are deterministic: the same text gives the same list, in the same order', async () => {
    const { text } = await extractOk(
      'complaints-procedure.md',
      fixtureBytes('complaints-procedure.md'),
    );
    const first = suggestElements(buildSuggestionModel(), text.passages, { top: 10 });
    const second = suggestElements(buildSuggestionModel(), text.passages, { top: 10 });
    expect(second).toEqual(first);
    expect(first.map((s) => s.score)).toEqual([...first.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('explain themselves: matched terms found in the text, and the passage that shows it', async () => {
    const { text } = await extractOk(
      'complaints-procedure.md',
      fixtureBytes('complaints-procedure.md'),
    );
    const [top] = suggestElements(model, text.passages, { top: 1 });
    expect(top?.element).toBe('4.3.2');
    const whole = text.passages.map((p) => p.text.toLowerCase()).join(' ');
    expect(top?.terms.length).toBeGreaterThanOrEqual(3);
    for (const term of top?.terms ?? []) expect(whole).toContain(term.split(' ')[0]?.slice(0, 5));
    expect(top?.passage?.section).toBe('Stage 1: local resolution');
    const shown = text.passages.find((p) => p.index === top?.passage?.index);
    expect(shown?.text).toContain('acknowledge your complaint within 3 working days');
    expect(shown?.text.startsWith((top?.passage?.excerpt ?? 'x').slice(0, 100))).toBe(true);
  });

  it('rank a single passage too, and leave out excluded elements', () => {
    const passage =
      'We answer emails within 24 hours and letters within 5 working days; calls in 20 seconds.';
    const found = suggestElements(model, passage, { top: 3 });
    expect(found[0]?.element).toBe('5.1.1');
    expect(found[0]?.terms).toEqual(expect.arrayContaining(['emails', 'seconds']));
    expect(found[0]?.passage).toBeNull();
    const without = suggestElements(model, passage, { top: 3, exclude: ['5.1.1' as ElementId] });
    expect(without.map((s) => s.element)).not.toContain('5.1.1');
    expect(without[0]?.element).toBe(found[1]?.element);
  });

  it('suggest nothing for a text without any word of the standard', () => {
    expect(suggestElements(model, 'Lorem ipsum dolor sit amet.')).toEqual([]);
    expect(suggestElements(model, [])).toEqual([]);
  });
});

describe('quality on the labelled sample documents', () => {
  it('finds at least 80% of the elements an assessor maps each document to in its top five', async () => {
    const quality = await measureQuality();
    expect(quality.documents.length).toBeGreaterThanOrEqual(12);
    expect(quality.recallAt5).toBeGreaterThanOrEqual(0.8);
    expect(quality.precisionAt3).toBeGreaterThanOrEqual(0.7);
    expect(quality.precisionAt3).toBeLessThanOrEqual(quality.precisionAt3Ceiling);
  });
});
