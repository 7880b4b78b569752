import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatExchangeError } from '../../shared/exchange/errors';
import {
  CURRENT_EXCHANGE_VERSION,
  EXCHANGE_MIGRATIONS,
  MIGRATE_V2_TO_V3,
  migrateExchange,
} from '../../shared/exchange/migrate';
import { readExchange, readExchangeText } from '../../shared/exchange/read';
import { writeExchangeText } from '../../shared/exchange/write';
import { linkedEvidenceFor } from '../../shared/evidence/links';
import type { ElementId, StageId } from '../../shared/types/ids';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break files in any way
type Doc = Record<string, any>;

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/exchange/${name}`, import.meta.url), 'utf8');

function errorsOf(doc: unknown): string[] {
  const result = readExchange(doc);
  return result.ok ? [] : result.errors.map(formatExchangeError);
}

describe('format version 3: the evidence library', () => {
  it('reads the v3 fixture: documents with their metadata and links with their places', () => {
    const read = readExchangeText(fixture('v3.json'));
    if (!read.ok) throw new Error(read.errors.map(formatExchangeError).join('\n'));
    expect(read.value.fileVersion).toBe(3);
    expect(read.value.migrations).toEqual([
      'format version 3 → 4: stages may carry a sign-off (none recorded before)',
      'format version 4 → 5: second desk-top analysis sent dates, planned dates and assessment reports (none recorded before)',
    ]);
    const evidence = read.value.record.evidence;
    expect(
      evidence?.documents.map((d) => [d.name, d.kind, d.stageId, d.trashedAt !== null]),
    ).toEqual([
      ['Complaints and Compliments Procedure 2015.pdf', 'pdf', 's1', false],
      ['Customer Charter.docx', 'docx', 's1', false],
      ['Residents Survey Results 2016.html', 'html', 's2', false],
      ['Reception area.jpg', 'attachment', null, true],
    ]);
    expect(evidence?.documents[1]).toMatchObject({
      period: '2015–16',
      rejectedSuggestions: ['3.1.2'],
    });
    expect(evidence?.links[0]).toMatchObject({
      documentId: 'doc-complaints',
      stageId: 's1',
      element: '4.3.2',
      page: 3,
      section: 'Stage 1: local resolution',
      note: 'Timescales stated but not on the web site.',
    });
    const items = linkedEvidenceFor(read.value.record, 's1' as StageId, '4.3.2' as ElementId);
    expect(items.map((i) => i.citation)).toEqual([
      'Complaints and Compliments Procedure 2015.pdf, p. 3, § Stage 1: local resolution',
    ]);
  });

  it('round-trips: links and documents survive write then read', () => {
    const first = readExchangeText(fixture('v3.json'));
    if (!first.ok) throw new Error('fixture invalid');
    const text = writeExchangeText(first.value.record, { exportedAt: '2017-01-01T00:00:00Z' });
    expect(JSON.parse(text).version).toBe(CURRENT_EXCHANGE_VERSION);
    const second = readExchangeText(text);
    expect(second.ok && second.value.record).toEqual(first.value.record);
  });

  it('upgrades v1 and v2 files with a pure step that adds an empty library', () => {
    const v2 = Object.freeze(JSON.parse(fixture('v2.json')) as Doc);
    const before = JSON.stringify(v2);
    const migrated = migrateExchange(v2, 2, EXCHANGE_MIGRATIONS, 3);
    if (!migrated.ok) throw new Error('migration failed');
    expect(JSON.stringify(v2)).toBe(before);
    expect(migrated.value.doc).toMatchObject({
      version: 3,
      evidence: { documents: [], links: [] },
    });
    expect(MIGRATE_V2_TO_V3.up({ evidence: 'kept for the validator' })).toEqual({
      evidence: 'kept for the validator',
    });
    for (const name of ['v1.json', 'v2.json']) {
      const read = readExchangeText(fixture(name));
      expect(read.ok && read.value.record.evidence).toBeUndefined();
      expect(read.ok && read.value.migrations.at(-3)).toBe(
        'format version 2 → 3: the record gains an empty evidence library',
      );
    }
  });

  it('refuses links to what does not exist, and the same file twice, with where and why', () => {
    const doc = JSON.parse(fixture('v3.json')) as Doc;
    doc.evidence.links[0].document = 'doc-gone';
    doc.evidence.links[1].stage = 's9';
    doc.evidence.links[2].element = '9.9.9';
    doc.evidence.documents[1].contentHash = doc.evidence.documents[0].contentHash;
    doc.evidence.documents[2].stage = 'nope';
    doc.evidence.documents[0].rejectedSuggestions = ['1.1.9'];
    expect(errorsOf(doc)).toEqual([
      '$.evidence.documents[1].contentHash: the same file is also listed at $.evidence.documents[0] — expected each file once in a library',
      '$.evidence.documents[0].rejectedSuggestions[0]: unknown element "1.1.9" — expected an element number of the standard, e.g. "4.3.2"',
      '$.evidence.documents[2].stage: no stage "nope" in this record — expected null or the id of a stage: "s1", "s2"',
      '$.evidence.links[0].document: no document "doc-gone" in the evidence library — expected the id of a document in evidence.documents',
      '$.evidence.links[1].stage: no stage "s9" in this record — expected the id of a stage: "s1", "s2"',
      '$.evidence.links[2].element: unknown element "9.9.9" — expected an element number of cse-57, 1.1.1 to 5.3.3',
    ]);
  });

  it('checks the shape of documents: hash, size, kind and dates', () => {
    const doc = JSON.parse(fixture('v3.json')) as Doc;
    doc.evidence.documents[0].contentHash = 'abc';
    doc.evidence.documents[1].kind = 'spreadsheet';
    doc.evidence.documents[2].addedAt = 'yesterday';
    doc.evidence.documents[3].size = -1;
    const errors = errorsOf(doc);
    expect(errors).toContain(
      '$.evidence.documents[0].contentHash: found the text "abc" — expected a SHA-256 hash: 64 lower-case hexadecimal digits',
    );
    expect(
      errors.some((e) =>
        e.startsWith('$.evidence.documents[1].kind: found the text "spreadsheet"'),
      ),
    ).toBe(true);
    expect(
      errors.some((e) =>
        e.startsWith('$.evidence.documents[2].addedAt: found the text "yesterday"'),
      ),
    ).toBe(true);
    expect(errors.some((e) => e.startsWith('$.evidence.documents[3].size:'))).toBe(true);
  });
});
