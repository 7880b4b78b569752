import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatExchangeError } from '../../shared/exchange/errors';
import { readExchangeText } from '../../shared/exchange/read';
import { BUNDLE_RECORD, readBundle, writeBundle } from '../../shared/evidence/bundle';
import type { ContentHash } from '../../shared/evidence/types';
import type { AssessmentRecord } from '../../shared/types/record';

const sha256 = async (bytes: Uint8Array): Promise<string> =>
  createHash('sha256').update(bytes).digest('hex');

const encoder = new TextEncoder();

/** The v3 fixture with documents whose hashes are those of real bytes, and those bytes. */
async function recordWithFiles(): Promise<{
  record: AssessmentRecord;
  files: Map<ContentHash, Uint8Array>;
}> {
  const read = readExchangeText(
    readFileSync(new URL('../fixtures/exchange/v3.json', import.meta.url), 'utf8'),
  );
  if (!read.ok) throw new Error(read.errors.map(formatExchangeError).join('\n'));
  const record = read.value.record;
  const files = new Map<ContentHash, Uint8Array>();
  const documents = [];
  for (const d of record.evidence?.documents ?? []) {
    const bytes = encoder.encode(`bytes of ${d.name}`);
    const hash = (await sha256(bytes)) as ContentHash;
    files.set(hash, bytes);
    documents.push({ ...d, contentHash: hash });
  }
  return {
    record: { ...record, evidence: { documents, links: record.evidence?.links ?? [] } },
    files,
  };
}

describe('record bundles', () => {
  it('round-trip the record, its links and every document file', async () => {
    const { record, files } = await recordWithFiles();
    const zip = await writeBundle(record, files, JSZip, {
      exportedAt: '2017-01-01T00:00:00Z',
      generator: 'test',
    });
    const read = await readBundle(zip, sha256);
    if (!read.ok) throw new Error(read.errors.map(formatExchangeError).join('\n'));
    expect(read.value.read.record).toEqual(record);
    expect(read.value.missing).toEqual([]);
    expect([...read.value.files.entries()]).toEqual([...files.entries()]);
    const archive = await JSZip.loadAsync(zip);
    expect(Object.keys(archive.files).sort()).toEqual(
      [
        'README.txt',
        BUNDLE_RECORD,
        ...record.evidence!.documents.map((d) => `documents/${d.contentHash}/${d.name}`),
      ].sort(),
    );
  });

  it('opens a record without (some of) its files and says which are missing', async () => {
    const { record, files } = await recordWithFiles();
    const first = record.evidence!.documents[0]!;
    const partial = new Map(files);
    partial.delete(first.contentHash);
    const read = await readBundle(await writeBundle(record, partial, JSZip), sha256);
    expect(read.ok && read.value.missing.map((d) => d.name)).toEqual([first.name]);
    expect(read.ok && read.value.read.record.evidence?.links).toEqual(record.evidence?.links);
  });

  it('treats a damaged file (its bytes no longer match its hash) as missing', async () => {
    const { record, files } = await recordWithFiles();
    const archive = await JSZip.loadAsync(await writeBundle(record, files, JSZip));
    const first = record.evidence!.documents[0]!;
    archive.file(`documents/${first.contentHash}/${first.name}`, 'tampered');
    const read = await readBundle(await archive.generateAsync({ type: 'uint8array' }), sha256);
    expect(read.ok && read.value.missing.map((d) => d.name)).toEqual([first.name]);
    expect(read.ok && read.value.files.has(first.contentHash)).toBe(false);
  });

  it('refuses what is not a bundle, with a reason', async () => {
    const notZip = await readBundle(encoder.encode('{"format":"cse-fieldbook"}'), sha256);
    expect(!notZip.ok && formatExchangeError(notZip.errors[0]!)).toBe(
      '$: the file is not a zip archive — expected a CSE Fieldbook bundle (.zip) or record (.json)',
    );
    const other = new JSZip();
    other.file('photo.jpg', 'x');
    const noRecord = await readBundle(await other.generateAsync({ type: 'uint8array' }), sha256);
    expect(!noRecord.ok && formatExchangeError(noRecord.errors[0]!)).toBe(
      '$: the zip archive holds no record.json — expected a bundle written by CSE Fieldbook',
    );
    const damaged = await readBundle(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), sha256);
    expect(!damaged.ok && damaged.errors[0]?.problem).toMatch(/^the record bundle is damaged/);
    const invalid = new JSZip();
    invalid.file('record.json', '{"format":"cse-fieldbook","version":3}');
    const bad = await readBundle(await invalid.generateAsync({ type: 'uint8array' }), sha256);
    expect(!bad.ok && bad.errors.map(formatExchangeError)).toContain(
      '$.organisation: missing — expected an object',
    );
  });
});
