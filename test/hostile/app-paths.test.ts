// Issue 15's hostile files through the app's import paths: the same shared functions the
// renderer calls (Word import, XLSX import, opening a bundle and reading its documents, the
// extraction worker's readers), each run in a child process to measure its peak memory.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostileFolder } from './on-disk';
import { writeHostileFiles } from './on-disk';
import { APP_RUNNER, MAX_CPU_SECONDS, MAX_RSS_MIB, NOT_OURS, runMeasured } from './measure';

let folder: HostileFolder;
const measured: string[] = [];

beforeAll(async () => {
  folder = await writeHostileFiles();
}, 120_000);

afterAll(() => {
  console.log(`hostile files, app paths: peak MiB / CPU s\n${measured.join('\n')}`);
  if (folder) rmSync(folder.dir, { recursive: true, force: true });
});

type Path = 'word' | 'evidence' | 'xlsx' | 'bundle';

/** [import path, file, the sentence expected] */
const CASES: readonly (readonly [Path, string, RegExp])[] = [
  [
    'word',
    'docx-190mb-xml.docx',
    /^"word\/document\.xml" in the Word document unpacks to more than 32 MiB/,
  ],
  ['word', 'element-bomb.docx', /^the document's XML holds more than 1000000 elements/],
  ['word', 'doctype-after-comment.docx', /^the document's XML declares a DOCTYPE or entities/],
  ['word', 'deep-nesting.docx', /^the document's XML nests elements more than 256 deep/],
  ['word', 'entries-400k.docx', /^the Word document holds 400002 entries/],
  ['word', 'truncated-directory.docx', /^the Word document is damaged: .*central directory/],
  [
    'evidence',
    'lying-600mb.docx',
    /^"lying-600mb\.docx" cannot be read: "word\/document\.xml" in the Word document lies about its size/,
  ],
  ['evidence', 'doctype-after-comment.docx', /declares a DOCTYPE or entities/],
  ['evidence', 'element-bomb.docx', /holds more than 400000 elements/],
  ['evidence', 'many-pages.pdf', /^"many-pages\.pdf" has more than 5000 pages/],
  [
    'evidence',
    'stream-bomb.pdf',
    /^"stream-bomb\.pdf" cannot be read: a compressed stream of the PDF unpacks to more than 128 MiB/,
  ],
  [
    'xlsx',
    'far-row.xlsx',
    /^sheet "1 Customer Insight", row 1048576: column A is blank but the row holds values/,
  ],
  ['xlsx', 'shared-strings.xlsx', /^the workbook holds more than 300000 XML elements/],
  [
    'bundle',
    'lying-entry.zip',
    /^\$: "…\/notes\.txt" in the record bundle lies about its size/,
  ],
  [
    'bundle',
    'lying-document.zip',
    /^"Customer Charter\.docx" cannot be read: "word\/document\.xml" in the Word document lies about its size/,
  ],
  ['bundle', 'entries-400k.zip', /^\$: the record bundle holds 400001 entries/],
  ['bundle', 'path-traversal.zip', /unsafe name/],
  ['bundle', 'overlapping.zip', /overlap/],
  ['bundle', 'encrypted.zip', /encrypted \(password-protected\)/],
];

describe('hostile files through the app import paths', () => {
  it.each(CASES)(
    '%s: %s',
    async (path, file, sentence) => {
      const before = folder.snapshot();
      const run = await runMeasured([APP_RUNNER, path, folder.path(file), folder.record], {
        tsx: true,
      });
      measured.push(
        `${run.maxRssMiB.toFixed(0).padStart(5)} ${run.cpuSeconds.toFixed(1).padStart(5)}  ${path}: ${file}`,
      );
      expect(run.stderr).toBe('');
      const outcome = JSON.parse(run.stdout) as { ok: boolean; message: string };
      expect(outcome.ok).toBe(false);
      expect(outcome.message).toMatch(sentence);
      expect(outcome.message.split('\n')).toHaveLength(1);
      expect(outcome.message).not.toMatch(NOT_OURS);
      expect(run.maxRssMiB).toBeLessThan(MAX_RSS_MIB);
      expect(run.cpuSeconds).toBeLessThan(MAX_CPU_SECONDS);
      expect(folder.snapshot()).toEqual(before);
    },
    120_000,
  );
});
