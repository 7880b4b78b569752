import { readFile } from 'node:fs/promises';
import type { PdfFontFaces, PdfFonts } from '../shared/export/pdf/render-pdf';
import { REPORT_FONT, REPORT_FONT_FILES } from '../shared/export/pdf/render-pdf';

/** Where the embedded report fonts and their licence live. */
export const FONTS_DIR = new URL('../resources/fonts/', import.meta.url);

/** Reads DejaVu Sans (four faces) from `resources/fonts/` for `renderPdf`. */
export async function loadReportFonts(dir: URL = FONTS_DIR): Promise<PdfFonts> {
  const faces = {} as Record<keyof PdfFontFaces, Uint8Array>;
  for (const [face, file] of Object.entries(REPORT_FONT_FILES) as [keyof PdfFontFaces, string][]) {
    const bytes = await readFile(new URL(file, dir));
    faces[face] = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  return { family: REPORT_FONT, faces };
}
