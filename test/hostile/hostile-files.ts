// The hostile files of issue 15, made in the test (nothing big is committed): zip bombs that are
// honest or lie about their sizes, XML bombs, hostile zip structures, PDF bombs.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { writeBundle } from '../../shared/evidence/bundle';
import type { ContentHash, EvidenceDocument } from '../../shared/evidence/types';
import { readExchangeText } from '../../shared/exchange/read';
import { writeExchangeText } from '../../shared/exchange/write';
import type { AssessmentRecord } from '../../shared/types/record';
import type { Piece, RawEntry } from './zip-writer';
import { concat, deflatedEntry, deflatedPieces, rawZip, storedEntry } from './zip-writer';

const MB = 1024 * 1024;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>`;
const TAIL = '</w:body></w:document>';
function paragraphsOf(bytes: number): Piece[] {
  const unit = '<w:p><w:r><w:t>We consult customers about the service.</w:t></w:r></w:p>';
  const chunk = unit.repeat(Math.floor(MB / unit.length));
  return [{ text: chunk, times: Math.ceil(bytes / chunk.length) }];
}

/** A .docx whose word/document.xml is `document` (with the package parts around it). */
function docx(document: RawEntry, extra: readonly RawEntry[] = []): Uint8Array {
  return rawZip([
    deflatedEntry('[Content_Types].xml', [{ text: CONTENT_TYPES }]),
    deflatedEntry('_rels/.rels', [{ text: RELS }]),
    document,
    ...extra,
  ]);
}

function documentXml(body: readonly Piece[]): RawEntry {
  return deflatedEntry('word/document.xml', [{ text: HEAD }, ...body, { text: TAIL }]);
}

/** The same entry declaring a small size (and the CRC of nothing): its header lies. */
function lying(entry: RawEntry, declared = 1000): RawEntry {
  return { ...entry, size: declared, crc: 0 };
}

/** Issue 15: a ~270 KB .docx holding 190 MB of XML, under the old 200 MB cap. */
export function docx190MbXml(): Uint8Array {
  return docx(documentXml(paragraphsOf(190 * MB)));
}

/** Issue 15: a .docx through `suggest` (mammoth): 600 MB of paragraphs behind a lying header. */
export function docxLyingForMammoth(): Uint8Array {
  return docx(lying(documentXml(paragraphsOf(600 * MB))));
}

/** 40 MB of paragraphs: within the zip's budget for one entry, over the XML's budget. */
export function docx40MbXml(): Uint8Array {
  return docx(documentXml(paragraphsOf(40 * MB)));
}

/** Within the byte budget but 5 million elements: an element bomb. */
export function docxElementBomb(): Uint8Array {
  return docx(documentXml([{ text: '<w:p/>'.repeat(MB / 8), times: 40 }]));
}

/** Issue 15: a DOCTYPE (billion laughs) after a 5 KB comment, past the old 4,096-character check. */
export function docxDoctypeAfterComment(): Uint8Array {
  const laughs =
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
    Array.from(
      { length: 8 },
      (_, i) => `<!ENTITY lol${i + 2} "${`&lol${i + 1};`.repeat(10)}">`,
    ).join('') +
    ']>';
  const xml = `<?xml version="1.0"?><!--${'x'.repeat(5 * 1024)}-->${laughs}<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
  return docx(deflatedEntry('word/document.xml', [{ text: xml }]));
}

/** Elements nested 100,000 deep (content controls inside content controls). */
export function docxDeepNesting(): Uint8Array {
  const open = '<w:sdt><w:sdtContent>';
  const close = '</w:sdtContent></w:sdt>';
  return docx(
    documentXml([
      { text: open, times: 100_000 },
      { text: close, times: 100_000 },
    ]),
  );
}

/** 400,000 entries (zip64), refused from the count before one entry is read. */
export function entries400k(kind: 'docx' | 'bundle'): Uint8Array {
  const empty = storedEntry('x', '');
  const many: RawEntry[] = [];
  for (let i = 0; i < 400_000; i += 1) many.push({ ...empty, name: `e/${i}` });
  const first =
    kind === 'docx'
      ? [
          storedEntry('[Content_Types].xml', CONTENT_TYPES),
          storedEntry('word/document.xml', `${HEAD}${TAIL}`),
        ]
      : [storedEntry('record.json', recordText())];
  return rawZip([...first, ...many], { zip64: true });
}

/** A .docx whose central directory is cut short. */
export function docxTruncatedDirectory(): Uint8Array {
  return rawZip([documentXml([{ text: '<w:p/>' }])], { cutEnd: 30 });
}

const SAMPLE = new URL('../fixtures/sample-record.json', import.meta.url);

/** The sample record with these documents in its library (their hashes from their bytes). */
function recordWithDocuments(files: readonly { name: string; bytes: Uint8Array }[]): {
  record: AssessmentRecord;
  hashes: ContentHash[];
} {
  const read = readExchangeText(readFileSync(SAMPLE, 'utf8'));
  if (!read.ok) throw new Error('the sample record does not read');
  const hashes: ContentHash[] = [];
  const documents: EvidenceDocument[] = files.map((f, i) => {
    const hash = createHash('sha256').update(f.bytes).digest('hex') as ContentHash;
    hashes.push(hash);
    return {
      id: `doc-hostile-${i}` as EvidenceDocument['id'],
      name: f.name,
      mediaType: 'application/octet-stream',
      size: f.bytes.length,
      contentHash: hash,
      kind: f.name.endsWith('.docx') ? 'docx' : 'text',
      addedAt: '2017-01-01T00:00:00.000Z',
      stageId: null,
      period: '',
      trashedAt: null,
      rejectedSuggestions: [],
    } as EvidenceDocument;
  });
  return { record: { ...read.value.record, evidence: { documents, links: [] } }, hashes };
}

/** A real bundle of the sample record with these documents. */
export async function bundleWith(
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<Uint8Array> {
  const { record, hashes } = recordWithDocuments(files);
  const map = new Map(files.map((f, i) => [hashes[i] as ContentHash, f.bytes]));
  return writeBundle(record, map, JSZip, { exportedAt: '2017-01-01T00:00:00Z', generator: 'test' });
}

/** The sample record with these documents, as the app writes it. */
export function recordText(files: readonly { name: string; bytes: Uint8Array }[] = []): string {
  return writeExchangeText(recordWithDocuments(files).record, {
    exportedAt: '2017-01-01T00:00:00Z',
    generator: 'test',
  });
}

/** Issue 15: a bundle whose document entry declares 1,000 bytes and inflates to 400 MB. */
export function bundleLyingEntry(): Uint8Array {
  const files = [{ name: 'notes.txt', bytes: new Uint8Array([1]) }];
  const { hashes } = recordWithDocuments(files);
  const big = deflatedEntry(`documents/${hashes[0]}/notes.txt`, [
    { text: ' '.repeat(MB), times: 400 },
  ]);
  return rawZip([storedEntry('record.json', recordText(files)), lying(big)]);
}

/** Issue 15: a bundle holding a document (a .docx: a zip inside the zip) that lies about its size. */
export async function bundleLyingDocument(): Promise<Uint8Array> {
  return bundleWith([{ name: 'Customer Charter.docx', bytes: docxLyingForMammoth() }]);
}

/** A bundle with an entry that would escape a folder if written out. */
export function bundlePathTraversal(record: string): Uint8Array {
  return rawZip([storedEntry('record.json', record), storedEntry('../../evil.sh', 'rm -rf ~')]);
}

/**
 * Two entries whose data overlap (the shape of the "better zip bomb", where many entries share
 * one kernel): the data of documents/a.txt holds the local header and data of documents/b.txt.
 */
export function bundleOverlapping(record: string): Uint8Array {
  const b = storedEntry('documents/b.txt', 'kernel');
  const localB = rawZip([b]).subarray(0, 30 + b.name.length + b.data.length);
  const first = storedEntry('record.json', record);
  const a = storedEntry('documents/a.txt', localB);
  const aData = 30 + first.name.length + first.data.length + 30 + a.name.length;
  return rawZip([first, a, { ...b, localAt: aData }]);
}

/** An entry flagged as encrypted. */
export function bundleEncrypted(record: string): Uint8Array {
  return rawZip([{ ...storedEntry('record.json', record), flags: 0x801 }]);
}

/** A workbook exported by the app with one sheet's XML changed. */
export async function workbookWith(
  exported: Uint8Array,
  change: (sheetXml: string) => string,
  extra: (files: Record<string, Uint8Array>) => void = () => undefined,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(exported);
  const sheet = 'xl/worksheets/sheet2.xml';
  zip.file(sheet, change(await zip.file(sheet)!.async('string')));
  const files: Record<string, Uint8Array> = {};
  extra(files);
  for (const [name, bytes] of Object.entries(files)) zip.file(name, bytes);
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

/** Issue 15: a value typed in row 1,048,576 (exceljs created a million rows: 3 GB). */
export function farRow(xml: string): string {
  return xml.replace(
    '</sheetData>',
    '<row r="1048576"><c r="B1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
  );
}

/** A shared-strings table of 1.5 million strings (25 MB of XML, 4.5 million elements). */
export function hugeSharedStrings(files: Record<string, Uint8Array>): void {
  files['xl/sharedStrings.xml'] = new TextEncoder().encode(
    `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>x</t></si>'.repeat(1_500_000)}</sst>`,
  );
}

/** A 2 MB PDF of 20,000 empty pages (pdf.js counts the real pages, not what /Count claims). */
export function pdfManyPages(): Uint8Array {
  const pages = 20_000;
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from(
      { length: pages },
      () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    ),
  ]);
}

/** A PDF whose page content stream inflates from ~600 KB to 600 MB (zlib header, no checksum). */
export function pdfStreamBomb(): Uint8Array {
  const { data } = deflatedPieces([{ text: new Uint8Array(MB), times: 600 }]);
  const zlib = concat([new Uint8Array([0x78, 0xda]), data, new Uint8Array(4)]);
  return pdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    ],
    zlib,
  );
}

/** A small, well-formed PDF of these objects (and a content stream as object 4, if given). */
function pdf(objects: readonly string[], stream?: Uint8Array): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [enc.encode('%PDF-1.7\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const add = (b: Uint8Array): void => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((o, i) => {
    offsets.push(length);
    add(enc.encode(`${i + 1} 0 obj\n${o}\nendobj\n`));
  });
  if (stream) {
    offsets.push(length);
    add(
      enc.encode(
        `${objects.length + 1} 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`,
      ),
    );
    add(stream);
    add(enc.encode('\nendstream\nendobj\n'));
  }
  const xref = length;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  add(
    enc.encode(
      `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
