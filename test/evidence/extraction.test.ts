import { describe, expect, it } from 'vitest';
import { decodeText } from '../../shared/evidence/decode-text';
import { extractDocument } from '../../shared/evidence/extract';
import { MAX_DOCUMENT_BYTES } from '../../shared/evidence/file-kinds';
import { makeDocx, makeImageOnlyPdf, makePdf } from './make-files';
import { LIBS, extractOk, fixtureBytes, refusal, utf8 } from './support';

describe('PDF', () => {
  it('reads each page with its page number and the heading above the text', async () => {
    const pdf = await makePdf([
      { heading: 'Customer Charter', paragraphs: ['What you can expect from Westmoor Libraries.'] },
      {
        heading: 'When you contact us',
        paragraphs: [
          'We answer emails within 24 hours and letters within 5 working days.',
          'We answer the telephone within 20 seconds.',
        ],
      },
      { paragraphs: ['Our performance against these promises is published every quarter.'] },
    ]);
    const progress: string[] = [];
    const result = await extractDocument('charter.pdf', pdf, LIBS, (p) =>
      progress.push(`${p.done}/${p.total}`),
    );
    if (!result.ok) throw new Error(result.errors[0]?.message);
    const { text, kind, notice } = result.value;
    expect(kind).toBe('pdf');
    expect(notice).toBeNull();
    expect(text).toMatchObject({ status: 'text', pageCount: 3 });
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
    const emails = text.passages.find((p) => p.text.includes('emails within 24 hours'));
    expect(emails).toMatchObject({ page: 2, section: 'When you contact us' });
    expect(emails?.text).toContain('We answer the telephone within 20 seconds.');
    // A page without a heading keeps the section it continues.
    const published = text.passages.find((p) => p.text.includes('published every quarter'));
    expect(published).toMatchObject({ page: 3, section: 'When you contact us' });
    expect(text.passages.map((p) => p.index)).toEqual(text.passages.map((_, i) => i));
  });

  it('keeps an image-only PDF as an attachment and says that no text was found', async () => {
    const result = await extractOk('scan of the charter.pdf', await makeImageOnlyPdf(2));
    expect(result.text).toEqual({ status: 'no-text', pageCount: 2, passages: [] });
    expect(result.notice).toBe(
      'No text found in "scan of the charter.pdf": it is kept as an attachment, but search and suggestions cannot see it.',
    );
  });

  it('refuses a password-protected PDF', async () => {
    const pdfmake = (await import('pdfmake')).default;
    const { renderPdf } = await import('../../shared/export/pdf/render-pdf');
    const { loadReportFonts } = await import('../../src-cli/fonts');
    const definition = { content: ['Confidential'], userPassword: 'letmein', ownerPassword: 'x' };
    const bytes = await renderPdf(definition as never, {
      pdfmake: pdfmake as never,
      fonts: await loadReportFonts(),
    });
    expect(await refusal('board minutes.pdf', bytes)).toEqual({
      reason: 'encrypted',
      message:
        '"board minutes.pdf" is protected by a password, so its text cannot be read. Ask the client for an unprotected copy. Nothing was added.',
    });
  });

  it('refuses a damaged PDF and a file that only has a .pdf name', async () => {
    const pdf = await makePdf([{ paragraphs: ['Complete text.'] }]);
    expect(await refusal('cut short.pdf', pdf.slice(0, 300))).toMatchObject({
      reason: 'corrupt',
      message:
        '"cut short.pdf" is not a readable PDF (it may be damaged or incomplete). Nothing was added.',
    });
    expect(await refusal('renamed.pdf', utf8('Just some notes'))).toMatchObject({
      reason: 'corrupt',
      message: expect.stringContaining('does not start like a PDF file'),
    });
  });
});

describe('Word (.docx)', () => {
  it('reads paragraphs under their headings', async () => {
    const docx = await makeDocx('Complaints Procedure', [
      { heading: 'Stage 1', paragraphs: ['We acknowledge complaints within 3 working days.'] },
      {
        heading: 'Escalation',
        level: 2,
        paragraphs: [
          'If you are not satisfied you can ask for a review.',
          'An independent officer reviews it.',
        ],
      },
    ]);
    const { kind, text } = await extractOk('procedure.docx', docx);
    expect(kind).toBe('docx');
    expect(text.pageCount).toBeNull();
    expect(text.passages.find((p) => p.text.includes('3 working days'))?.section).toBe('Stage 1');
    const review = text.passages.find((p) => p.text.includes('ask for a review'));
    expect(review).toMatchObject({ section: 'Escalation', page: null });
    expect(review?.text).toContain('An independent officer reviews it.');
  });

  it('refuses a .docx that is not a zip archive, and a zip that is not a Word document', async () => {
    expect(await refusal('old.docx', utf8('{\\rtf1 not a docx}'))).toMatchObject({
      reason: 'not-zip',
      message: expect.stringContaining(
        '"old.docx" is not a Word (.docx) document: a .docx file is a zip archive',
      ),
    });
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('hello.txt', 'not word');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await refusal('photos.docx', bytes)).toMatchObject({
      reason: 'corrupt',
      message: expect.stringContaining('is a zip archive but not a readable Word document'),
    });
  });
});

describe('text, Markdown and HTML', () => {
  it('reads Markdown headings as sections', async () => {
    const { kind, text } = await extractOk(
      'complaints.md',
      fixtureBytes('complaints-procedure.md'),
    );
    expect(kind).toBe('markdown');
    const stage2 = text.passages.find((p) =>
      p.text.includes('ask for a review within 20 working days'),
    );
    expect(stage2?.section).toBe('Stage 2: review by the Customer Feedback Team');
    expect(text.passages.some((p) => p.text.includes('**'))).toBe(false);
  });

  it('reads HTML headings, paragraphs and table rows; scripts and styles are left out', async () => {
    const html = utf8(
      '<html><head><title>Charter</title><style>p{color:red}</style><script>var x = "hidden";</script></head>' +
        '<body><h1>Our promises</h1><p>We reply within 2&nbsp;working days &amp; say sorry.</p>' +
        '<table><tr><td>Telephone</td><td>20 seconds</td></tr></table></body></html>',
    );
    const { kind, text } = await extractOk('charter.htm', html);
    expect(kind).toBe('html');
    expect(text.passages).toEqual([
      {
        index: 0,
        page: null,
        section: 'Our promises',
        text: 'We reply within 2 working days & say sorry.\nTelephone | 20 seconds',
      },
    ]);
    expect(JSON.stringify(text)).not.toContain('hidden');
    expect(JSON.stringify(text)).not.toContain('color');
  });

  it('reads plain text, taking short unpunctuated lines as headings', async () => {
    const { kind, text } = await extractOk(
      'survey.txt',
      fixtureBytes('satisfaction-survey-report-2015.txt'),
    );
    expect(kind).toBe('text');
    const method = text.passages.find((p) => p.text.includes('Northgate Research'));
    expect(method?.section).toBe('1. Method');
  });

  it('decodes UTF-8, UTF-16 and Windows-1252 text', () => {
    expect(decodeText(utf8('\uFEFFZoë – “quoted”'))).toBe('Zoë – “quoted”');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x5a, 0x00, 0xeb, 0x00]))).toBe('Zë');
    expect(decodeText(new Uint8Array([0x93, 0x4f, 0x4b, 0x94, 0x20, 0xa3, 0x35]))).toBe('“OK” £5');
  });
});

describe('files the library does not take', () => {
  it('refuses a file over the size limit without reading it', async () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    expect(await refusal('annual report.pdf', big)).toEqual({
      reason: 'too-large',
      message:
        '"annual report.pdf" is 50.0 MiB; the evidence library keeps files up to 50.0 MiB. Split it or save a smaller copy. Nothing was added.',
    });
  });

  it('refuses an unknown kind of file, an empty file and binary data named .txt', async () => {
    expect(await refusal('setup.exe', utf8('MZ'))).toMatchObject({
      reason: 'unknown-type',
      message: expect.stringContaining(
        '"setup.exe" is a kind of file the evidence library does not keep (.exe)',
      ),
    });
    expect(await refusal('notes.txt', new Uint8Array(0))).toMatchObject({ reason: 'empty' });
    expect(await refusal('notes.txt', new Uint8Array([0x4d, 0x00, 0x01, 0x02]))).toMatchObject({
      reason: 'not-text',
    });
  });

  it('keeps images and spreadsheets as attachments without text', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const result = await extractOk('reception.png', png);
    expect(result).toMatchObject({
      kind: 'attachment',
      mediaType: 'image/png',
      text: { status: 'no-text', passages: [] },
      notice: '"reception.png" is kept as an attachment, without text.',
    });
  });
});
