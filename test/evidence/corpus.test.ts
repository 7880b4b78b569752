// The labelled evidence corpus (test/fixtures/evidence-corpus, issue 17): what it holds, that
// every document is read as a client would send it, and the suggestions' quality on the three
// labelled sets side by side with the leave-one-organisation-out figure over all of them (since
// the third round all three are tuning material; held-back-3 is measured by the lead).
import { existsSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { ELEMENT_BASELINE } from '../../shared/evidence/element-baseline';
import { buildSuggestionModel } from '../../shared/evidence/model';
import { suggestElements } from '../../shared/evidence/suggest';
import { citePlace } from '../../shared/evidence/types';
import { CORPUS, LABELLED_HALVES, documentName, halfOf, readManifest } from './corpus-files';
import type { CorpusDocumentResult } from './corpus-quality';
import { corpusPassages, evaluateHalf, qualityReport, summarise } from './corpus-quality';
import { crossValidated, labelledDocuments } from './cross-validate';
import { measureElementBaseline } from './measure-baseline';

const manifest = readManifest();
const labelled = manifest.documents.filter((d) => halfOf(manifest, d) !== 'unseen');
const ELEMENTS = new Set(DEFAULT_CATALOGUE.elements.map((e) => e.id as string));

describe('the corpus', () => {
  it('holds at least 60 labelled documents from at least 10 organisations of several sectors', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(60);
    const orgs = manifest.organisations.filter((o) => o.half !== 'unseen');
    expect(orgs.length).toBeGreaterThanOrEqual(10);
    expect(new Set(orgs.map((o) => o.sector.split(' ')[0])).size).toBeGreaterThanOrEqual(8);
    expect(new Set(manifest.organisations.map((o) => o.id)).size).toBe(
      manifest.organisations.length,
    );
  });

  it('is split by organisation into two halves, each with every kind of file', () => {
    for (const half of ['tuning', 'held-back'] as const) {
      const docs = labelled.filter((d) => halfOf(manifest, d) === half);
      expect(docs.length).toBeGreaterThanOrEqual(30);
      const kinds = new Set(docs.map((d) => documentName(d).split('.').pop()));
      expect([...kinds].sort()).toEqual(['docx', 'html', 'md', 'pdf', 'txt']);
    }
  });

  it('holds a second held-back set: 24+ documents of 4+ organisations none of the others has', () => {
    const docs = labelled.filter((d) => halfOf(manifest, d) === 'held-back-2');
    expect(docs.length).toBeGreaterThanOrEqual(24);
    const orgs = manifest.organisations.filter((o) => o.half === 'held-back-2');
    expect(orgs.length).toBeGreaterThanOrEqual(4);
    const kinds = new Set(docs.map((d) => documentName(d).split('.').pop()));
    expect([...kinds].sort()).toEqual(['docx', 'html', 'md', 'pdf', 'txt']);
    // Sectors partly different from the first twelve organisations'.
    const earlier = new Set(
      manifest.organisations.filter((o) => o.half !== 'held-back-2').map((o) => o.sector),
    );
    expect(orgs.filter((o) => !earlier.has(o.sector)).length).toBeGreaterThanOrEqual(4);
  });

  it('holds a third held-back set: 36+ documents of 6+ organisations in sectors not used before', () => {
    const docs = labelled.filter((d) => halfOf(manifest, d) === 'held-back-3');
    expect(docs.length).toBeGreaterThanOrEqual(36);
    const orgs = manifest.organisations.filter((o) => o.half === 'held-back-3');
    expect(orgs.length).toBeGreaterThanOrEqual(6);
    const kinds = new Set(docs.map((d) => documentName(d).split('.').pop()));
    expect([...kinds].sort()).toEqual(['docx', 'html', 'md', 'pdf', 'txt']);
    const earlier = new Set(
      manifest.organisations.filter((o) => o.half !== 'held-back-3').map((o) => o.sector),
    );
    expect(orgs.filter((o) => earlier.has(o.sector))).toEqual([]);
    // Every file written for the set is labelled, and every labelled file is there.
    for (const o of orgs) {
      const files = readdirSync(`${CORPUS}held-back-3/${o.id}`).sort();
      const listed = docs.filter((d) => d.organisation === o.id).map((d) => d.file);
      expect(files.length).toBeGreaterThan(0);
      expect([...listed].sort()).toEqual(files);
    }
  });

  it('labels every document with a primary element, and only elements of the standard', () => {
    for (const doc of manifest.documents) {
      expect(existsSync(`${CORPUS}${halfOf(manifest, doc)}/${doc.organisation}/${doc.file}`)).toBe(
        true,
      );
      expect(doc.primary.length).toBeGreaterThanOrEqual(1);
      for (const e of [...doc.primary, ...doc.plausible]) expect(ELEMENTS.has(e)).toBe(true);
      expect(doc.plausible.filter((e) => doc.primary.includes(e))).toEqual([]);
    }
  });
});

describe('suggestions on the corpus', () => {
  const results = new Map<string, CorpusDocumentResult[]>();
  beforeAll(async () => {
    for (const half of LABELLED_HALVES) results.set(half, await evaluateHalf(half, manifest));
  }, 240_000);

  it('reads every document with text, PDFs with their running headers and footers', async () => {
    for (const doc of labelled) {
      const passages = await corpusPassages(manifest, doc);
      expect(passages.length).toBeGreaterThan(0);
      if (doc.file.endsWith('.pdf.md')) {
        expect(passages.some((p) => /Page 1 of \d/.test(p.text))).toBe(true);
      }
    }
    // Every PDF and Word file of the corpus is made and read here (over 140 documents).
  }, 120_000);

  it('keep the figures of suggester version 4, per set and cross-validated, and print them', async () => {
    const tuning = results.get('tuning') ?? [];
    const t = summarise('tuning', tuning);
    const h = summarise('held-back', results.get('held-back') ?? []);
    const h2 = summarise('held-back-2', results.get('held-back-2') ?? []);
    const cv = crossValidated(await labelledDocuments(manifest));
    const c = summarise('LOOO-CV', cv);
    // The held-back set of round 3, written blind: aggregates only, never listed per document.
    const h3 = summarise('held-back-3', await evaluateHalf('held-back-3', manifest));
    console.log(qualityReport([t, h, h2, c, h3], cv));
    expect(h3.documents).toBeGreaterThanOrEqual(36);
    expect(h3.organisations).toBeGreaterThanOrEqual(6);
    expect(h3.primaryTop3).toBeGreaterThanOrEqual(HELD_BACK_3_FLOOR.primaryTop3);
    expect(h3.firstPrimaryTop3).toBeGreaterThanOrEqual(HELD_BACK_3_FLOOR.firstPrimaryTop3);
    expect(h3.twoAcceptedTop5).toBeGreaterThanOrEqual(HELD_BACK_3_FLOOR.twoAcceptedTop5);
    expect(h.documents).toBeGreaterThanOrEqual(30);
    expect(h2.documents).toBeGreaterThanOrEqual(24);
    expect(c.documents).toBe(t.documents + h.documents + h2.documents);
    expect(c.organisations).toBeGreaterThanOrEqual(17);
    expect(c.primaryTop3).toBeGreaterThanOrEqual(CROSS_VALIDATED_FLOOR.primaryTop3);
    expect(c.twoAcceptedTop5).toBeGreaterThanOrEqual(CROSS_VALIDATED_FLOOR.twoAcceptedTop5);
    expect(h.primaryTop3).toBeGreaterThanOrEqual(HELD_BACK_FLOOR.primaryTop3);
    expect(h.twoAcceptedTop5).toBeGreaterThanOrEqual(HELD_BACK_FLOOR.twoAcceptedTop5);
    expect(h2.primaryTop3).toBeGreaterThanOrEqual(HELD_BACK_2_FLOOR.primaryTop3);
    expect(h2.twoAcceptedTop5).toBeGreaterThanOrEqual(HELD_BACK_2_FLOOR.twoAcceptedTop5);
    expect(t.primaryTop3).toBeGreaterThanOrEqual(0.85);
    expect(t.twoAcceptedTop5).toBeGreaterThanOrEqual(0.8);
  }, 120_000);

  it('rank with an element baseline measured on the labelled sets as the ranking is today', async () => {
    // A change to the ranking changes every element's usual score: the committed baseline must
    // be measured again (npx tsx test/evidence/measure-baseline.ts) and the version bumped.
    expect(await measureElementBaseline()).toEqual(ELEMENT_BASELINE);
    expect(Object.keys(ELEMENT_BASELINE)).toEqual(DEFAULT_CATALOGUE.elements.map((e) => e.id));
  });

  it('show what a new user sees on documents outside both halves', async () => {
    const model = buildSuggestionModel();
    const lines: string[] = [
      'Documents outside both halves (test/fixtures/evidence-corpus/unseen):',
    ];
    for (const doc of manifest.documents.filter((d) => halfOf(manifest, d) === 'unseen')) {
      const found = suggestElements(model, await corpusPassages(manifest, doc), { top: 5 });
      lines.push(
        `  ${documentName(doc)} (assessor: ${doc.primary.join(' ')}; also ${doc.plausible.join(' ')})`,
      );
      for (const s of found) {
        const place = s.passage ? citePlace(s.passage) : '';
        lines.push(
          `    ${s.element.padEnd(6)} ${s.terms.join(', ')}${place ? `  [${place}]` : ''}`,
        );
      }
      expect(found.length).toBe(5);
      for (const s of found) expect(s.terms.join(' ')).not.toMatch(/<|>|excellence/i);
    }
    console.log(lines.join('\n'));
  });
});

/**
 * The figures of suggester version 4 (third round, see test/fixtures/evidence-corpus/README.md):
 * a change that lowers them fails here. Version 3 had 26 and 28 of 34 on held-back, 25 and 29 of
 * 30 on held-back-2, and 84 and 93 of 99 cross-validated. Since round 3 every set here is tuning
 * material, so these hold the tuning; the honest figure is held-back-3's, measured by the lead.
 */
const HELD_BACK_FLOOR = { primaryTop3: 32 / 34, twoAcceptedTop5: 34 / 34 } as const;
const HELD_BACK_2_FLOOR = { primaryTop3: 30 / 30, twoAcceptedTop5: 30 / 30 } as const;
/**
 * Held-back-3, measured once after round 3 (aggregates only): 37, 36 and 39 of 39. As a control,
 * suggester version 3 on the same set: 34, 31 and 39 of 39 — its labels are more generous than
 * the earlier sets', which is why the first-listed primary is reported too.
 */
const HELD_BACK_3_FLOOR = {
  primaryTop3: 37 / 39,
  firstPrimaryTop3: 36 / 39,
  twoAcceptedTop5: 39 / 39,
} as const;
const CROSS_VALIDATED_FLOOR = { primaryTop3: 96 / 99, twoAcceptedTop5: 99 / 99 } as const;
