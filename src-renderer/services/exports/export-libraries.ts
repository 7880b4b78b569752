import type { PdfFontFaces, PdfFonts, PdfMakeLike } from '../../../shared/export/pdf/render-pdf';
import { REPORT_FONT } from '../../../shared/export/pdf/render-pdf';
import type { ExcelJsModule } from '../../../shared/export/xlsx/render-workbook';
import regularUrl from '../../../resources/fonts/DejaVuSans.ttf?url';
import boldUrl from '../../../resources/fonts/DejaVuSans-Bold.ttf?url';
import italicUrl from '../../../resources/fonts/DejaVuSans-Oblique.ttf?url';
import boldItalicUrl from '../../../resources/fonts/DejaVuSans-BoldOblique.ttf?url';

/**
 * The export libraries, loaded on first use only: exceljs (~950 KB) and pdfmake plus fonts
 * (~1.9 MB) never belong in the initial bundle (../shared/RELIABILITY.md).
 */
export async function loadExcel(): Promise<ExcelJsModule> {
  const module = (await import('exceljs')) as unknown as {
    default?: ExcelJsModule;
  } & ExcelJsModule;
  return module.default ?? module;
}

export async function loadPdfMake(): Promise<PdfMakeLike> {
  const module = (await import('pdfmake')) as unknown as { default?: PdfMakeLike } & PdfMakeLike;
  return module.default ?? module;
}

let fonts: Promise<PdfFonts> | null = null;

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`the report font ${url} could not be loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The embedded report font (DejaVu Sans, four faces), fetched once from the app's own assets. */
export function loadReportFonts(): Promise<PdfFonts> {
  fonts ??= (async () => {
    const [normal, bold, italics, bolditalics] = await Promise.all(
      [regularUrl, boldUrl, italicUrl, boldItalicUrl].map(bytesOf),
    );
    const faces: PdfFontFaces = {
      normal: normal!,
      bold: bold!,
      italics: italics!,
      bolditalics: bolditalics!,
    };
    return { family: REPORT_FONT, faces };
  })();
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}
