// A Word record names its certifying body in its page footer (the real record: Centre for
// Assessment); the import reads it from there, or from footer lines flattened into the body, and
// says where — and names none when the document does not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocx, p } from './support/docx-builder';
import { importOk } from './support/import';
import { boltonOwnLayout, framingBlocks, section1Blocks, textBlocks } from './support/bolton-own';
import { REFERENCE_TEXT, boltonTruth } from './support/bolton-truth';

const CFA = {
  name: 'Centre for Assessment Ltd',
  address: 'Churchgate House, 56 Oxford Street, Manchester, M1 6EU',
  telephone: '0161 237 4080',
  website: 'www.centreforassessment.co.uk',
};

describe('the certifying body a Word record names', () => {
  it("reads the real record's page footer", async () => {
    const imported = await importOk(await boltonOwnLayout());
    const found = imported.preview.certifyingBody;
    expect(found?.from).toBe('footer');
    expect(found?.details).toEqual(CFA);
    expect(found?.why).toHaveLength(4);
  });

  it('reads the footer lines that the text of the record carries between its tables', async () => {
    const lines = readFileSync(REFERENCE_TEXT, 'utf8').split(/\r?\n/);
    const imported = await importOk(await buildDocx(textBlocks(lines)));
    const found = imported.preview.certifyingBody;
    expect(found?.from).toBe('repeated-lines');
    expect(found?.details).toEqual(CFA);
  });

  it('names none when the document has no such footer, and the record is read all the same', async () => {
    const { before, after } = framingBlocks();
    const blocks = [
      ...before.filter((b) => !(b.kind === 'p' && /Churchgate|Tel:/.test(b.text))),
      ...section1Blocks(boltonTruth().section1),
      ...after.filter((b) => !(b.kind === 'p' && /Churchgate|Tel:/.test(b.text))),
      p('Page 1 of 1'),
    ];
    const imported = await importOk(
      await buildDocx(blocks, [], { footer: ['Page 1', 'Version 2'] }),
    );
    expect(imported.preview.certifyingBody).toBeNull();
    expect(imported.preview.stages).toHaveLength(1);
  });
});
