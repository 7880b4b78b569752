import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../shared/word/import/import-docx';
import { DOCX_LIMITS } from '../../shared/word/limits';
import { readDocxXml } from '../../shared/word/read/docx-container';
import { boltonOwnLayout } from './support/bolton-own';
import { buildDocx, p, row, table } from './support/docx-builder';
import { LIBS, counterIds } from './support/import';

async function failure(bytes: Uint8Array): Promise<{ code: string; message: string }> {
  const result = await importDocx(bytes, LIBS, { newId: counterIds() });
  if (result.ok) throw new Error('the import was expected to fail');
  expect(result.errors).toHaveLength(1);
  return result.errors[0]!;
}

/** An OLE compound file header, as Word 97–2003 and encrypted documents start. */
function oleFile(streamName: string | null): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (streamName) {
    const utf16 = [...streamName].flatMap((c) => [c.charCodeAt(0), 0]);
    bytes.set(utf16, 1024);
  }
  return bytes;
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('files that are not Word records are refused with a clear message', () => {
  it('an empty file, plain text and a damaged zip', async () => {
    expect((await failure(new Uint8Array())).code).toBe('empty');
    expect(await failure(new TextEncoder().encode('Assessment record\n1.1.1 P'))).toEqual({
      code: 'not-docx',
      message: 'the file is not a Word document (.docx): it is not a zip package',
    });
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await failure(broken)).code).toBe('damaged');
  });

  it('a password-protected document and an old .doc (OLE containers)', async () => {
    const encrypted = await failure(oleFile('EncryptedPackage'));
    expect(encrypted.code).toBe('encrypted');
    expect(encrypted.message).toMatch(/password-protected.*remove the password/);
    const legacy = await failure(oleFile('WordDocument'));
    expect(legacy.code).toBe('legacy-doc');
    expect(legacy.message).toMatch(/\.doc.*save it as a Word Document \(\.docx\)/);
  });

  it('other Office files', async () => {
    const xlsx = await failure(await zipOf({ 'xl/workbook.xml': '<workbook/>' }));
    expect(xlsx).toEqual({
      code: 'not-docx',
      message: 'the file is not a Word document: it is an Excel workbook',
    });
    const odt = await failure(await zipOf({ 'content.xml': '<office:document-content/>' }));
    expect(odt.message).toContain('OpenDocument');
  });

  it('a Word document without element tables', async () => {
    const bytes = await buildDocx([
      p('Minutes of the board'),
      table([row('Agenda', 'Budget')]),
      table([row('Name', 'Role'), row('Ann', 'Chair')]),
      table([row('1', '2', '3')]),
    ]);
    expect(await failure(bytes)).toEqual({
      code: 'no-element-tables',
      message:
        "found 3 tables, none with element numbers such as 1.1.1; this does not look like an assessment record in the certifying body's layout",
    });
  });

  it('a file over 50 MB, before unzipping it', async () => {
    const huge = new Uint8Array(DOCX_LIMITS.maxFileBytes + 1);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    const refused = await failure(huge);
    expect(refused.code).toBe('too-large');
    expect(refused.message).toContain('50 MB');
  });

  it('a zip bomb: inflating stops at the cap', async () => {
    const bomb = await zipOf({
      'word/document.xml': `<w:document>${' '.repeat(3 * 1024 * 1024)}</w:document>`,
    });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const result = await readDocxXml(bomb, 1024 * 1024);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe('too-much-inflated');
    expect((await readDocxXml(bomb, 4 * 1024 * 1024)).ok).toBe(true);
  });

  it('XML with a DTD (entity expansion)', async () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document><w:body/></w:document>';
    const refused = await failure(await zipOf({ 'word/document.xml': xml }));
    expect(refused.code).toBe('damaged');
    expect(refused.message).toContain('DOCTYPE');
  });

  it('content that does not make a valid record', async () => {
    const bytes = await buildDocx([
      p(`Name of organisation: ${'N'.repeat(1200)}`),
      table([
        row('1.1.1 We have an in-depth understanding', 'Evidence', 'Questions', 'VO', 'F', 'F'),
      ]),
    ]);
    const refused = await failure(bytes);
    expect(refused.code).toBe('invalid-record');
    expect(refused.message).toContain('organisation.name');
  });
});

describe('a damaged or hostile page footer', () => {
  it('is passed over: the record is read and no certifying body is named', async () => {
    const zip = await JSZip.loadAsync(await boltonOwnLayout());
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(footers.length).toBeGreaterThan(0);
    zip.file(
      footers[0]!,
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "Centre for Assessment Ltd, M1 6EU">]><w:ftr><w:p><w:r><w:t>&a;&a;</w:t></w:r></w:p></w:ftr>',
    );
    for (let i = 0; i < 20; i += 1) zip.file(`word/footer${i + 10}.xml`, '<w:ftr><w:p>');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const result = await importDocx(bytes, LIBS, { newId: counterIds() });
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.value.preview.certifyingBody).toBeNull();
    expect(result.value.record.stages).toHaveLength(1);
  });
});
