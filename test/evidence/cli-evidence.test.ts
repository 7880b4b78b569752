import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readExchangeText } from '../../shared/exchange/read';
import { writeBundle } from '../../shared/evidence/bundle';
import type { ContentHash, DocumentId, EvidenceDocument } from '../../shared/evidence/types';
import type { CliRun } from '../support/cli';
import { runFieldbook } from '../support/cli';
import { makePdf } from './make-files';
import { FIXTURES } from './support';

/** The evidence commands only read: no file writer, as before the shared runner. */
const run = (...argv: string[]): Promise<CliRun> => runFieldbook(argv, { write: false });

function temp(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fieldbook-evidence-')), name);
  writeFileSync(path, content);
  return path;
}

describe('fieldbook suggest', () => {
  it('prints the ranked elements of each document with their reasons', async () => {
    const r = await run(
      'suggest',
      `${FIXTURES}complaints-procedure.md`,
      `${FIXTURES}customer-charter.html`,
      '--top',
      '3',
    );
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('complaints-procedure.md (MARKDOWN)');
    expect(r.out).toMatch(/ 1\. 4\.3\.2 +score +\d+\.\d {2}\S/);
    expect(r.out).toContain('§ Stage 1: local resolution — “Most problems can be sorted out');
    expect(r.out).toContain('customer-charter.html (HTML)');
    // Labelled 5.1.1 5.1.2 5.2.1 4.2.1 (fixtures/evidence/labels.json): a charter publishes them.
    // Suggester 4 puts 5.1.2 first (its standards of manner: "polite", "name badge", "treat you
    // with respect"), then 5.1.1 and 5.2.1: three labelled elements, as before.
    expect(r.out).toMatch(/ 1\. 5\.1\.2 /);
    expect(r.out).toMatch(/ 2\. 5\.1\.1 /);
    expect(r.out).toMatch(/ 3\. 5\.2\.1 /);
  });

  it('prints JSON: document, then elements with score and matched terms', async () => {
    const pdf = temp(
      'charter.pdf',
      await makePdf([
        {
          heading: 'Our promises',
          paragraphs: ['We answer emails within 24 hours and letters within 5 working days.'],
        },
      ]),
    );
    const r = await run('suggest', pdf, '--json', '--top', '2');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      document: string;
      suggestions: { element: string; score: number; terms: string[] }[];
    }[];
    expect(json).toHaveLength(1);
    expect(json[0]?.document).toBe('charter.pdf');
    expect(json[0]?.suggestions).toHaveLength(2);
    expect(Object.keys(json[0]?.suggestions[0] ?? {})).toEqual(['element', 'score', 'terms']);
    // "Our promises" published (5.2.1), and what they promise: timeliness (5.1.1).
    expect(json[0]?.suggestions.map((s) => s.element)).toEqual(['5.2.1', '5.1.1']);
    expect(json[0]?.suggestions[1]).toMatchObject({
      element: '5.1.1',
      terms: expect.arrayContaining(['emails']),
    });
    expect(typeof json[0]?.suggestions[0]?.score).toBe('number');
  });

  it('reports a bad document, still runs the others, and exits 1', async () => {
    const bad = temp('minutes.docx', 'not a zip');
    const r = await run('suggest', bad, `${FIXTURES}customer-charter.html`, '--top', '1');
    expect(r.code).toBe(1);
    expect(r.err).toContain('"minutes.docx" is not a Word (.docx) document');
    expect(r.out).toContain('customer-charter.html (HTML)');
    const json = await run('suggest', bad, '--json');
    expect(JSON.parse(json.out)).toEqual([
      {
        document: 'minutes.docx',
        error: expect.stringContaining('is not a Word (.docx) document'),
      },
    ]);
    expect((await run('suggest', '/no/such/file.pdf')).code).toBe(2);
    expect((await run('suggest', bad, '--top', '0')).err).toContain(
      '--top must be a whole number from 1 to 57',
    );
    expect((await run('suggest')).code).toBe(2);
  });
});

describe('fieldbook search', () => {
  async function bundle(): Promise<string> {
    const read = readExchangeText(
      readFileSync(new URL('../fixtures/sample-record.json', import.meta.url), 'utf8'),
    );
    if (!read.ok) throw new Error('sample invalid');
    const files = new Map<ContentHash, Uint8Array>();
    const documents: EvidenceDocument[] = [];
    const add = (id: string, name: string, bytes: Uint8Array): void => {
      const hash = createHash('sha256').update(bytes).digest('hex') as ContentHash;
      files.set(hash, bytes);
      documents.push({
        id: id as DocumentId,
        name,
        mediaType: 'text/plain',
        size: bytes.length,
        contentHash: hash,
        kind: name.endsWith('.pdf') ? 'pdf' : 'markdown',
        addedAt: '2015-01-05T10:00:00Z',
        stageId: null,
        period: '',
        trashedAt: null,
        rejectedSuggestions: [],
      });
    };
    add(
      'd1',
      'Complaints procedure.md',
      new Uint8Array(readFileSync(`${FIXTURES}complaints-procedure.md`)),
    );
    add(
      'd2',
      'Charter.pdf',
      await makePdf([
        { paragraphs: ['Welcome.'] },
        { heading: 'Emails', paragraphs: ['We answer emails within 24 hours.'] },
      ]),
    );
    const missing = new TextEncoder().encode('never bundled');
    documents.push({
      ...documents[0]!,
      id: 'd3' as DocumentId,
      name: 'Left behind.md',
      contentHash: createHash('sha256').update(missing).digest('hex') as ContentHash,
    });
    const bytes = await writeBundle(
      { ...read.value.record, evidence: { documents, links: [] } },
      files,
      JSZip,
    );
    return temp('northfield.zip', bytes);
  }

  it('prints each passage found with its document, place and marked words', async () => {
    const r = await run('search', await bundle(), 'emails', 'within', '24', 'hours');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '1 passage in 1 document of northfield.zip for "emails within 24 hours"',
    );
    expect(r.out).toContain('Charter.pdf, p. 2, § Emails');
    expect(r.out).toContain('We answer «emails» within «24» «hours».');
    expect(r.err).toContain('not in the bundle, so not searched: "Left behind.md"');
  });

  it('prints JSON and exits 1 when nothing matches', async () => {
    const path = await bundle();
    const json = await run('search', path, 'ombudsman', '--json');
    const rows = JSON.parse(json.out) as {
      document: string;
      section: string | null;
      matched: string[];
    }[];
    expect(rows[0]).toMatchObject({
      document: 'Complaints procedure.md',
      matched: expect.arrayContaining(['Ombudsman']),
    });
    expect((await run('search', path, 'xylophone')).code).toBe(1);
    expect((await run('search', temp('x.zip', 'not a zip'), 'a')).err).toContain(
      'the file is not a zip archive',
    );
    expect((await run('search', path)).code).toBe(2);
  });
});
