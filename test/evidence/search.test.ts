import { describe, expect, it } from 'vitest';
import { EvidenceSearchIndex } from '../../shared/evidence/search-index';
import type { DocumentId } from '../../shared/evidence/types';
import { extractOk, fixtureBytes } from './support';

const CHARTER = 'charter' as DocumentId;
const COMPLAINTS = 'complaints' as DocumentId;

async function index(): Promise<EvidenceSearchIndex> {
  const search = new EvidenceSearchIndex();
  const charter = await extractOk('customer-charter.html', fixtureBytes('customer-charter.html'));
  const complaints = await extractOk(
    'complaints-procedure.md',
    fixtureBytes('complaints-procedure.md'),
  );
  search.add(CHARTER, 'Customer charter.html', charter.text.passages);
  search.add(COMPLAINTS, 'Complaints procedure.md', complaints.text.passages);
  return search;
}

const marked = (snippet: readonly { text: string; hit: boolean }[]): string[] =>
  snippet.filter((p) => p.hit).map((p) => p.text);

describe('full-text search over a library', () => {
  it('finds the passage, cites its place and highlights the words (any form of them)', async () => {
    const search = await index();
    const [hit] = search.search('reply email 2 working days');
    expect(hit?.documentId).toBe(CHARTER);
    expect(hit?.passage.section).toBe('When you contact us');
    expect(marked(hit?.snippet ?? [])).toEqual(
      expect.arrayContaining(['reply', 'email', 'working', 'days']),
    );
  });

  it('matches a "quoted phrase" only where it appears as written', async () => {
    const search = await index();
    const hits = search.search('"working days"');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.passage.text.toLowerCase()).toContain('working days');
    expect(search.search('"days working"')).toEqual([]);
  });

  it('finds words being typed (the last one as a prefix) and falls back to any word', async () => {
    const search = await index();
    expect(search.search('ombuds')[0]?.documentId).toBe(COMPLAINTS);
    expect(search.search('ombudsman audio').map((h) => h.documentId)).toEqual(
      expect.arrayContaining([COMPLAINTS, CHARTER]),
    );
  });

  it('is updated per document: removing one leaves the other searchable', async () => {
    const search = await index();
    expect(search.documentCount).toBe(2);
    search.remove(COMPLAINTS);
    expect(search.has(COMPLAINTS)).toBe(false);
    expect(search.search('ombudsman')).toEqual([]);
    expect(search.search('audio')[0]?.documentId).toBe(CHARTER);
    search.remove(COMPLAINTS);
    expect(search.documentCount).toBe(1);
  });

  it('searches only the documents asked for (not those in the trash)', async () => {
    const search = await index();
    expect(
      search
        .search('working days', { documents: new Set([CHARTER]) })
        .every((h) => h.documentId === CHARTER),
    ).toBe(true);
  });

  it('cuts long passages to a snippet around the words found', async () => {
    const search = new EvidenceSearchIndex();
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(30);
    search.add('d' as DocumentId, 'long.txt', [
      {
        index: 0,
        page: 4,
        section: null,
        text: `${filler}The escalation route is set out here. ${filler}`,
      },
    ]);
    const [hit] = search.search('escalation');
    const text = (hit?.snippet ?? []).map((p) => p.text).join('');
    expect(text.length).toBeLessThan(260);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(marked(hit?.snippet ?? [])).toEqual(['escalation']);
  });
});

describe('ranking', () => {
  const passage = (index: number, text: string) => ({ index, page: null, section: null, text });

  it('puts a passage with the query as written above passages with its words scattered', () => {
    const search = new EvidenceSearchIndex();
    search.add('repairs' as DocumentId, 'Repairs standards.md', [
      passage(
        0,
        'Emergency repairs: we attend within 2 hours, 24 hours a day. Out of hours calls are answered within 2 hours by the 24-hour contact centre, whose hours are published.',
      ),
    ]);
    search.add('charter' as DocumentId, 'Customer charter.md', [
      passage(
        0,
        'When you contact us: we answer emails within 24 hours on working days and letters within 5 working days.',
      ),
    ]);
    const hits = search.search('within 24 hours');
    expect(hits.map((h) => h.documentId)).toEqual(['charter', 'repairs']);
    expect(search.search('Within 24  Hours')[0]?.documentId).toBe('charter');
  });

  it('picks, within a unit of several passages, the passage holding the phrase as written', () => {
    const search = new EvidenceSearchIndex();
    search.add('standards' as DocumentId, 'Service standards.md', [
      passage(
        0,
        'Telephone: within 2 hours for urgent calls; 24 hours for messages left hours ago.',
      ),
      passage(1, 'Email: within 24 hours.'),
    ]);
    expect(search.search('within 24 hours')[0]?.passage.index).toBe(1);
  });
});
