// The labelled evidence corpus (test/fixtures/evidence-corpus, issue 17): what it holds, that
// every document is read as a client would send it, and the suggestions' quality on the tuning
// and held-back halves side by side. The held-back half is reported as aggregates only.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { buildSuggestionModel } from '../../shared/evidence/model';
import { suggestElements } from '../../shared/evidence/suggest';
import { citePlace } from '../../shared/evidence/types';
import { CORPUS, documentName, halfOf, readManifest } from './corpus-files';
import type { CorpusDocumentResult } from './corpus-quality';
import { corpusPassages, evaluateHalf, qualityReport, summarise } from './corpus-quality';

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
  let tuning: CorpusDocumentResult[] = [];
  let heldBack: CorpusDocumentResult[] = [];
  beforeAll(async () => {
    tuning = await evaluateHalf('tuning', manifest);
    heldBack = await evaluateHalf('held-back', manifest);
  }, 180_000);

  it('reads every document with text, PDFs with their running headers and footers', async () => {
    for (const doc of labelled) {
      const passages = await corpusPassages(manifest, doc);
      expect(passages.length).toBeGreaterThan(0);
      if (doc.file.endsWith('.pdf.md')) {
        expect(passages.some((p) => /Page 1 of \d/.test(p.text))).toBe(true);
      }
    }
  });

  it('keep the held-back figures measured at the end of issue 17, and print both halves', () => {
    const t = summarise('tuning', tuning);
    const h = summarise('held-back', heldBack);
    console.log(qualityReport(t, h, tuning));
    expect(h.documents).toBeGreaterThanOrEqual(30);
    expect(h.primaryTop3).toBeGreaterThanOrEqual(HELD_BACK_FLOOR.primaryTop3);
    expect(h.twoAcceptedTop5).toBeGreaterThanOrEqual(HELD_BACK_FLOOR.twoAcceptedTop5);
    expect(t.primaryTop3).toBeGreaterThanOrEqual(0.85);
    expect(t.twoAcceptedTop5).toBeGreaterThanOrEqual(0.8);
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
 * The held-back figures measured at the end of issue 17 (25 and 28 of 34 documents; see
 * test/fixtures/evidence-corpus/README.md): a change that lowers them fails here. The issue's
 * targets are 0.85 and 0.80; the first is not reached.
 */
const HELD_BACK_FLOOR = { primaryTop3: 25 / 34, twoAcceptedTop5: 28 / 34 } as const;
