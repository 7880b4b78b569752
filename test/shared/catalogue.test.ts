import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE, buildCatalogue, findCatalogue } from '../../shared/catalogue/catalogue';

const FIXTURE = new URL('../fixtures/reference/CSE-STANDARD.md', import.meta.url);
const HANDED_OVER = new URL('../../../shared/CSE-STANDARD.md', import.meta.url);

/** Parses the reference text: criteria, sub-criteria and elements with their statements. */
function parseReference(text: string) {
  const body = text.split('## Catalogue')[1]?.split('## Marks')[0] ?? '';
  const criteria: { number: number; name: string }[] = [];
  const subs: { id: string; name: string }[] = [];
  const elements: { id: string; statement: string }[] = [];
  for (const line of body.split('\n')) {
    const c = /^### Criterion (\d) — (.+)$/.exec(line);
    if (c) criteria.push({ number: Number(c[1]), name: c[2] ?? '' });
    const s = /^\*\*(\d\.\d) (.+)\*\*$/.exec(line);
    if (s) subs.push({ id: s[1] ?? '', name: s[2] ?? '' });
    const e = /^- \*\*(\d\.\d\.\d)\*\* (.+)$/.exec(line);
    if (e)
      elements.push({
        id: e[1] ?? '',
        statement: (e[2] ?? '').replace(/ _\(wording to be confirmed.*\)_$/, ''),
      });
  }
  return { criteria, subs, elements };
}

describe('the CSE catalogue', () => {
  const reference = parseReference(readFileSync(FIXTURE, 'utf8'));

  it('has 57 elements in 5 criteria of 11, 11, 12, 13 and 10', () => {
    expect(DEFAULT_CATALOGUE.elements).toHaveLength(57);
    expect(DEFAULT_CATALOGUE.criteria.map((c) => c.elements.length)).toEqual([11, 11, 12, 13, 10]);
    expect(DEFAULT_CATALOGUE.criteria.flatMap((c) => c.subCriteria)).toHaveLength(15);
  });

  it('lists every element id in the standard’s order', () => {
    expect(reference.elements).toHaveLength(57);
    expect(DEFAULT_CATALOGUE.elements.map((e) => e.id)).toEqual(
      reference.elements.map((e) => e.id),
    );
  });

  it('quotes every statement exactly as the reference text', () => {
    for (const ref of reference.elements) {
      expect(DEFAULT_CATALOGUE.byId.get(ref.id as never)?.statement, ref.id).toBe(ref.statement);
    }
  });

  it('keeps both published spellings of co-ordinated', () => {
    expect(DEFAULT_CATALOGUE.byId.get('3.4.1' as never)?.statement).toContain(
      'co-ordinated services',
    );
    expect(DEFAULT_CATALOGUE.byId.get('3.4.2' as never)?.statement).toContain(
      'coordinated working',
    );
  });

  it('names criteria and sub-criteria as the reference does', () => {
    expect(DEFAULT_CATALOGUE.criteria.map((c) => [c.number, c.name])).toEqual(
      reference.criteria.map((c) => [c.number, c.name]),
    );
    expect(
      DEFAULT_CATALOGUE.criteria.flatMap((c) => c.subCriteria.map((s) => [s.id, s.name])),
    ).toEqual(reference.subs.map((s) => [s.id, s.name]));
  });

  it('flags the one statement whose wording is still to be confirmed', () => {
    expect(DEFAULT_CATALOGUE.elements.filter((e) => e.wordingUnconfirmed).map((e) => e.id)).toEqual(
      ['3.2.2'],
    );
  });

  it('places each element under its own criterion and sub-criterion', () => {
    for (const e of DEFAULT_CATALOGUE.elements) {
      expect(e.id.startsWith(`${e.subCriterion}.`)).toBe(true);
      expect(e.subCriterion.startsWith(`${e.criterion}.`)).toBe(true);
    }
  });

  it('is found by its id and refuses duplicate element ids', () => {
    expect(findCatalogue('cse-57')).toBe(DEFAULT_CATALOGUE);
    expect(findCatalogue('cse-99')).toBeUndefined();
    const el = { id: '1.1.1', statement: 'x' };
    expect(() =>
      buildCatalogue({
        id: 'dup',
        title: 'd',
        criteria: [
          { number: 1, name: 'c', subCriteria: [{ id: '1.1', name: 's', elements: [el, el] }] },
        ],
      }),
    ).toThrow(/repeats/);
  });

  it.runIf(existsSync(HANDED_OVER))(
    'keeps its reference copy equal to the text handed over',
    () => {
      expect(readFileSync(FIXTURE, 'utf8')).toBe(readFileSync(HANDED_OVER, 'utf8'));
    },
  );
});
