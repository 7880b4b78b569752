// Issue 15's hostile files through the command line, each in a real child process: refused with
// one sentence of ours, within 512 MB of peak memory and 10 s of CPU, nothing written.
import { describe, expect, it } from 'vitest';
import { hostileSuite } from './on-disk';
import { BIN, NOT_OURS, runMeasured } from './measure';

const suite = hostileSuite('CLI');

/** [what, command line (files by name), the sentence expected on stderr] */
const CASES: readonly (readonly [string, readonly string[], RegExp])[] = [
  [
    'a 270 KB .docx holding 190 MB of XML (import-docx)',
    ['import-docx', '@docx-190mb-xml.docx', '--out', '@out.json'],
    /cannot be imported: "word\/document\.xml" in the Word document unpacks to more than 50 MiB, which is more than a real Word document holds \(a "zip bomb" or a damaged file\)$/,
  ],
  [
    'a .docx of 40 MB of XML, within the zip budget (import-docx)',
    ['import-docx', '@docx-40mb-xml.docx', '--out', '@out.json'],
    /cannot be imported: the document's XML is more than 32 MiB of text, far more than a real file \(a "zip bomb" or a damaged file\)$/,
  ],
  [
    'a .docx whose XML lies about its size, through suggest (mammoth)',
    ['suggest', '@lying-600mb.docx'],
    /^fieldbook: "lying-600mb\.docx" cannot be read: "word\/document\.xml" in the Word document lies about its size \(a "zip bomb" or a damaged file\)\. Nothing was added\.$/,
  ],
  [
    'a .docx of 5 million elements within the byte budget',
    ['import-docx', '@element-bomb.docx', '--out', '@out.json'],
    /the document's XML holds more than 1000000 elements/,
  ],
  [
    'a DOCTYPE (billion laughs) after a 5 KB comment (import-docx)',
    ['import-docx', '@doctype-after-comment.docx', '--out', '@out.json'],
    /the document's XML declares a DOCTYPE or entities/,
  ],
  [
    'a DOCTYPE after a 5 KB comment, through suggest (mammoth)',
    ['suggest', '@doctype-after-comment.docx'],
    /part "word\/document\.xml" declares a DOCTYPE or entities/,
  ],
  [
    'elements nested 100,000 deep',
    ['import-docx', '@deep-nesting.docx', '--out', '@out.json'],
    /nests elements more than 256 deep/,
  ],
  [
    'a .docx of 400,000 zip entries',
    ['import-docx', '@entries-400k.docx', '--out', '@out.json'],
    /the Word document holds 400002 entries; a real one holds far fewer, and at most 5000 are read$/,
  ],
  [
    'a bundle of 400,000 zip entries',
    ['search', '@entries-400k.zip', 'customers'],
    /the record bundle holds 400001 entries; a real one holds far fewer, and at most 5010 are read/,
  ],
  [
    'a .docx whose central directory is cut short',
    ['import-docx', '@truncated-directory.docx', '--out', '@out.json'],
    /the Word document is damaged: .*central directory/,
  ],
  [
    'an exported workbook with a value typed in row 1,048,576 (import-xlsx)',
    ['import-xlsx', '@far-row.xlsx', '--into', '@record.json'],
    /row 1048576: column A is blank but the row holds values/,
  ],
  [
    'a workbook with a shared-strings table of 1.5 million strings',
    ['import-xlsx', '@shared-strings.xlsx', '--into', '@record.json'],
    /the workbook holds more than 300000 XML elements/,
  ],
  [
    'a bundle whose zip entry lies about its size',
    ['search', '@lying-entry.zip', 'customers'],
    /: \$: "…\/notes\.txt" in the record bundle lies about its size \(a "zip bomb" or a damaged file\)$/,
  ],
  [
    'a bundle whose document (a zip inside the zip) lies about its size',
    ['search', '@lying-document.zip', 'customers'],
    /^fieldbook: "Customer Charter\.docx" cannot be read: "word\/document\.xml" in the Word document lies about its size/,
  ],
  [
    'a bundle with a path-traversal entry name',
    ['search', '@path-traversal.zip', 'customers'],
    /the record bundle holds an entry with an unsafe name \("\.\.\/\.\.\/evil\.sh"\)/,
  ],
  [
    'a bundle whose entries overlap',
    ['search', '@overlapping.zip', 'customers'],
    /the record bundle's zip entries overlap one another/,
  ],
  [
    'a bundle whose entries are encrypted',
    ['search', '@encrypted.zip', 'customers'],
    /the record bundle is encrypted \(password-protected\)/,
  ],
  [
    'a PDF of 20,000 pages',
    ['suggest', '@many-pages.pdf'],
    /"many-pages\.pdf" has more than 5000 pages; the library reads PDFs of up to 5000 pages/,
  ],
  [
    'a PDF whose content stream inflates to 600 MB',
    ['suggest', '@stream-bomb.pdf'],
    /"stream-bomb\.pdf" cannot be read: a compressed stream of the PDF unpacks to more than 128 MiB \(a "stream bomb" or a damaged file\)/,
  ],
];

describe('hostile files through the command line', () => {
  it.each(CASES)(
    '%s',
    async (what, command, sentence) => {
      const folder = suite.folder();
      const before = folder.snapshot();
      const args = command.map((a) => (a.startsWith('@') ? folder.path(a.slice(1)) : a));
      const run = await runMeasured([BIN, ...args]);
      expect(run.stderr.trim()).toMatch(sentence);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(NOT_OURS);
      expect(run.code).toBe(1);
      suite.bounded(what, run, before);
    },
    120_000,
  );
});
