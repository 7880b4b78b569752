import JSZip from 'jszip';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ZipBudget } from '../../shared/zip/budgets';
import { openZip, readAllEntries } from '../../shared/zip/read-zip';
import { storedZip } from '../../shared/zip/write-zip';
import { deflatedEntry, rawZip, storedEntry } from '../hostile/zip-writer';

const BUDGET: ZipBudget = {
  what: 'test archive',
  maxEntries: 10,
  maxEntryBytes: 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024,
};
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function refusal(bytes: Uint8Array, budget = BUDGET): { code: string; message: string } {
  const opened = openZip(bytes, budget);
  const read = opened.ok ? readAllEntries(opened.value) : opened;
  if (read.ok) throw new Error('expected a refusal');
  return read.errors[0]!;
}

describe('openZip reads what real writers write', () => {
  it('JSZip (deflate and store, with and without data descriptors, folders, UTF-8 names)', async () => {
    for (const streamFiles of [false, true]) {
      const zip = new JSZip();
      zip.file('a.txt', 'hello '.repeat(1000));
      zip.file('dir/é ü.xml', '<x/>', { compression: 'STORE' });
      zip.folder('empty');
      const bytes = await zip.generateAsync({
        type: 'uint8array',
        compression: 'DEFLATE',
        streamFiles,
      });
      const opened = openZip(bytes, BUDGET);
      if (!opened.ok) throw new Error(opened.errors[0]?.message);
      expect(opened.value.entries.map((e) => e.name).sort()).toEqual([
        'a.txt',
        'dir/',
        'dir/é ü.xml',
        'empty/',
      ]);
      const a = opened.value.read('a.txt');
      expect(a.ok && text(a.value)).toBe('hello '.repeat(1000));
      const x = opened.value.read('dir/é ü.xml');
      expect(x.ok && text(x.value)).toBe('<x/>');
    }
  });

  it('fflate, and our own re-packing round-trips', () => {
    const bytes = zipSync({ 'b/c.txt': new TextEncoder().encode('fflate') });
    const opened = openZip(bytes, BUDGET);
    expect(opened.ok && opened.value.read('b/c.txt')).toEqual({
      ok: true,
      value: new TextEncoder().encode('fflate'),
    });
    const again = openZip(storedZip([{ name: 'd/e.bin', bytes: new Uint8Array([1, 2]) }]), BUDGET);
    expect(again.ok && again.value.read('d/e.bin')).toEqual({
      ok: true,
      value: new Uint8Array([1, 2]),
    });
  });

  it('an entry exactly at the budget is read; one byte over is refused before inflating', () => {
    const exact = rawZip([deflatedEntry('x', [{ text: 'a'.repeat(BUDGET.maxEntryBytes) }])]);
    expect(openZip(exact, BUDGET).ok).toBe(true);
    const over = rawZip([deflatedEntry('x', [{ text: 'a'.repeat(BUDGET.maxEntryBytes + 1) }])]);
    expect(refusal(over)).toEqual({
      code: 'too-large',
      message:
        '"x" in the test archive unpacks to more than 1 MiB, which is more than a real test archive holds (a "zip bomb" or a damaged file)',
    });
  });
});

describe('openZip refuses hostile archives with one sentence', () => {
  it('too many entries, from the count in the end record', () => {
    const many = rawZip(Array.from({ length: 11 }, (_, i) => storedEntry(`e${i}`, '')));
    expect(refusal(many)).toEqual({
      code: 'too-many-entries',
      message:
        'the test archive holds 11 entries; a real one holds far fewer, and at most 10 are read',
    });
  });

  it('entries together over the total budget', () => {
    const entries = [0, 1, 2].map((i) =>
      deflatedEntry(`e${i}`, [{ text: 'a'.repeat(900 * 1024) }]),
    );
    expect(refusal(rawZip(entries)).message).toMatch(
      /^the test archive unpacks to more than 2 MiB/,
    );
  });

  it('an entry that inflates to more, or less, than it declares', () => {
    const entry = deflatedEntry('big', [{ text: 'a'.repeat(64 * 1024), times: 4 }]);
    for (const size of [1000, entry.size + 1]) {
      expect(refusal(rawZip([{ ...entry, size }]))).toEqual({
        code: 'size-mismatch',
        message: '"big" in the test archive lies about its size (a "zip bomb" or a damaged file)',
      });
    }
  });

  it('a wrong checksum, a stored entry whose sizes differ, encryption, other methods', () => {
    const good = storedEntry('a', 'abc');
    expect(refusal(rawZip([{ ...good, crc: 1 }])).message).toBe(
      'the test archive is damaged: "a" fails its checksum',
    );
    expect(refusal(rawZip([{ ...good, size: 99 }])).code).toBe('size-mismatch');
    expect(refusal(rawZip([{ ...good, flags: 1 }])).code).toBe('encrypted');
    expect(refusal(rawZip([{ ...good, method: 12 as 0 }])).message).toBe(
      '"a" in the test archive is compressed with a method this app does not read (zip method 12)',
    );
  });

  it('unsafe and doubled names', () => {
    for (const name of [
      '../x',
      'a/../../x',
      '/etc/passwd',
      'C:/x',
      'a\\b',
      'nul\u0000',
      '__proto__',
    ]) {
      expect(refusal(rawZip([storedEntry(name, 'x')])).code).toBe('unsafe-name');
    }
    expect(refusal(rawZip([storedEntry('a', 'x'), storedEntry('a', 'y')])).code).toBe(
      'duplicate-name',
    );
  });

  it('truncated archives and data that are not a zip', () => {
    const zip = rawZip([storedEntry('a', 'abc')]);
    for (let cut = 1; cut < zip.length - 4; cut += 7) {
      const code = refusal(zip.subarray(0, zip.length - cut)).code;
      expect(['damaged', 'not-zip']).toContain(code);
    }
    expect(refusal(new TextEncoder().encode('hello')).code).toBe('not-zip');
    expect(refusal(new Uint8Array(0)).code).toBe('not-zip');
  });

  it('overlapping entries', () => {
    const b = storedEntry('b', 'kernel');
    const localB = rawZip([b]).subarray(0, 30 + 1 + 6);
    const a = storedEntry('a', localB);
    expect(refusal(rawZip([a, { ...b, localAt: 30 + 1 }])).code).toBe('overlapping');
  });

  it('never throws on random damage to a real archive', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document>'.padEnd(5000, 'x'));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    let seed = 7;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 500; i += 1) {
      const copy = bytes.slice();
      for (let j = 0; j < 4; j += 1)
        copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      const opened = openZip(copy, BUDGET);
      const read = opened.ok ? readAllEntries(opened.value) : opened;
      if (!read.ok) expect(read.errors[0]!.message).not.toMatch(/undefined|Error|\bat \S+:\d+/);
    }
  });
});
