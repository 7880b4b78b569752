import { describe, expect, it } from 'vitest';
import {
  evidenceLine,
  fillDeskTopEvidence,
  linkedEvidenceFor,
  quoteOf,
} from '../../shared/evidence/links';
import type {
  ContentHash,
  DocumentId,
  EvidenceDocument,
  EvidenceLink,
  LinkId,
} from '../../shared/evidence/types';
import { citePlace } from '../../shared/evidence/types';
import type { ElementId, StageId } from '../../shared/types/ids';

const S1 = 's1' as StageId;
const E = '4.3.2' as ElementId;

function doc(id: string, name: string, trashedAt: string | null = null): EvidenceDocument {
  return {
    id: id as DocumentId,
    name,
    mediaType: 'application/pdf',
    size: 10,
    contentHash: id.padEnd(64, '0') as ContentHash,
    kind: 'pdf',
    addedAt: '2015-11-02T10:00:00Z',
    stageId: S1,
    period: '',
    trashedAt,
    rejectedSuggestions: [],
  };
}

function link(id: string, documentId: string, extra: Partial<EvidenceLink> = {}): EvidenceLink {
  return {
    id: id as LinkId,
    documentId: documentId as DocumentId,
    stageId: S1,
    element: E,
    page: null,
    section: null,
    quote: '',
    note: '',
    createdAt: '2015-11-03T09:00:00Z',
    ...extra,
  };
}

const record = {
  evidence: {
    documents: [
      doc('b', 'Complaints procedure.pdf'),
      doc('a', 'Annual report.pdf'),
      doc('t', 'Old.pdf', '2016-01-01T00:00:00Z'),
    ],
    links: [
      link('l3', 'b', { page: 7 }),
      link('l1', 'b', {
        page: 3,
        section: 'Stage 1',
        quote: 'We acknowledge within 3 working days.',
        note: 'Timescales.',
      }),
      link('l2', 'a'),
      link('l4', 't'),
      link('l5', 'b', { element: '5.1.1' as ElementId }),
      link('l6', 'b', { stageId: 's2' as StageId }),
    ],
  },
};

describe('linked evidence of an element', () => {
  it('lists the links of that element and stage, by document then page, without trashed documents', () => {
    const items = linkedEvidenceFor(record, S1, E);
    expect(items.map((i) => i.link.id)).toEqual(['l2', 'l1', 'l3']);
    expect(items.map((i) => i.citation)).toEqual([
      'Annual report.pdf',
      'Complaints procedure.pdf, p. 3, § Stage 1',
      'Complaints procedure.pdf, p. 7',
    ]);
    expect(linkedEvidenceFor({}, S1, E)).toEqual([]);
  });

  it('cites places as a record prints them', () => {
    expect(citePlace({ page: 3, section: null })).toBe('p. 3');
    expect(citePlace({ page: null, section: 'Escalation' })).toBe('§ Escalation');
    expect(citePlace({ page: null, section: null })).toBe('');
  });

  it('fills the desk-top evidence by adding lines, keeping the assessor’s text, idempotently', () => {
    const items = linkedEvidenceFor(record, S1, E);
    expect(evidenceLine(items[1]!)).toBe(
      '• Complaints procedure.pdf, p. 3, § Stage 1 — “We acknowledge within 3 working days.” — Timescales.',
    );
    const mine = 'Seen the complaints leaflet at reception.\n';
    const once = fillDeskTopEvidence(mine, items);
    expect(once.startsWith('Seen the complaints leaflet at reception.\n• Annual report.pdf')).toBe(
      true,
    );
    expect(once.split('\n')).toHaveLength(4);
    expect(fillDeskTopEvidence(once, items)).toBe(once);
    expect(fillDeskTopEvidence('', [])).toBe('');
  });
});

describe('filling desk-top evidence from links', () => {
  it('copies each linked passage whole, never a quote cut mid-word', async () => {
    const { extractOk, fixtureBytes } = await import('./support');
    const read = await extractOk(
      'complaints-procedure.md',
      fixtureBytes('complaints-procedure.md'),
    );
    const long = read.text.passages
      .map((p) => p.text.replace(/\s+/g, ' ').trim())
      .filter((t) => t.length > 200);
    expect(long.length).toBeGreaterThan(0);
    const items = long.map((quote, i) => ({
      link: link(`q${i}`, 'b', { quote }),
      document: doc('b', 'Complaints procedure.md'),
      citation: 'Complaints procedure.md',
    }));
    const filled = fillDeskTopEvidence('', items);
    for (const quote of long) expect(filled).toContain(`“${quote}”`);
    expect(filled).not.toContain('…');
  });

  it('keeps at most a bounded quote when linking, cut at a word with an ellipsis', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const quote = quoteOf(`  ${words}\n`, 1000);
    expect(quote.length).toBeLessThanOrEqual(1000);
    expect(quote.endsWith('…')).toBe(true);
    expect(words.startsWith(quote.slice(0, -1))).toBe(true);
    expect(words[quote.length - 1]).toBe(' ');
    expect(quoteOf('We acknowledge within\n3 working days.', 1000)).toBe(
      'We acknowledge within 3 working days.',
    );
  });
});
