// Issue 15's hostile files through the app's import paths: the same shared functions the
// renderer calls (Word import, XLSX import, opening a bundle and reading its documents, the
// extraction worker's readers), each run in a child process to measure its peak memory.
import { describe, expect, it } from 'vitest';
import { hostileSuite } from './on-disk';
import { APP_RUNNER, NOT_OURS, runMeasured } from './measure';

const suite = hostileSuite('app paths');

type Path = 'word' | 'evidence' | 'xlsx' | 'bundle';

/** [import path, file, the sentence expected] */
const CASES: readonly (readonly [Path, string, RegExp])[] = [
  [
    'word',
    'docx-190mb-xml.docx',
    /^"word\/document\.xml" in the Word document unpacks to more than 50 MiB/,
  ],
  ['word', 'docx-40mb-xml.docx', /^the document's XML is more than 32 MiB of text/],
  ['evidence', 'docx-40mb-xml.docx', /part "word\/document\.xml" is more than 32 MiB of text/],
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
  ['bundle', 'lying-entry.zip', /^\$: "…\/notes\.txt" in the record bundle lies about its size/],
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
      const folder = suite.folder();
      const before = folder.snapshot();
      const run = await runMeasured([APP_RUNNER, path, folder.path(file), folder.record], {
        tsx: true,
      });
      expect(run.stderr).toBe('');
      const outcome = JSON.parse(run.stdout) as { ok: boolean; message: string };
      expect(outcome.ok).toBe(false);
      expect(outcome.message).toMatch(sentence);
      expect(outcome.message.split('\n')).toHaveLength(1);
      expect(outcome.message).not.toMatch(NOT_OURS);
      suite.bounded(`${path}: ${file}`, run, before);
    },
    120_000,
  );
});
