import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** The font family every report is set in: DejaVu Sans covers accents, “ ” – — £ € and ✓. */
export const REPORT_FONT = 'DejaVuSans';

/** The four faces of a font family as file bytes (TrueType). */
export interface PdfFontFaces {
  readonly normal: Uint8Array;
  readonly bold: Uint8Array;
  readonly italics: Uint8Array;
  readonly bolditalics: Uint8Array;
}

/** Fonts for `renderPdf`: the report font's faces, loaded by the edge (file, asset, fetch). */
export interface PdfFonts {
  readonly family: string;
  readonly faces: PdfFontFaces;
}

/** File names under `resources/fonts/` of the report font, for the edges that load it. */
export const REPORT_FONT_FILES: Readonly<Record<keyof PdfFontFaces, string>> = {
  normal: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italics: 'DejaVuSans-Oblique.ttf',
  bolditalics: 'DejaVuSans-BoldOblique.ttf',
};

/**
 * The part of pdfmake 0.3 the renderer uses, so that Node (`(await import('pdfmake')).default`)
 * and the browser build (`import('pdfmake/build/pdfmake')`) can both be passed in.
 */
export interface PdfMakeLike {
  /** Present at run time in both builds of pdfmake 0.3, though @types/pdfmake leaves it out. */
  readonly virtualfs?: { writeFileSync(name: string, content: Uint8Array): void };
  setFonts(fonts: Record<string, Record<keyof PdfFontFaces, string>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  /** Node only. */
  setLocalAccessPolicy?: (callback: (path: string) => boolean) => void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<unknown> };
}

export interface RenderPdfOptions {
  readonly pdfmake: PdfMakeLike;
  readonly fonts: PdfFonts;
}

/**
 * Renders a document definition to PDF bytes. Fonts are injected into pdfmake's virtual file
 * system (never read from disk or fetched), every URL and local-file access is denied
 * (`setUrlAccessPolicy(() => false)`, CVE-2026-26801), and the definition's fonts default to
 * the injected family.
 */
export async function renderPdf(
  definition: TDocumentDefinitions,
  options: RenderPdfOptions,
): Promise<Uint8Array> {
  const { pdfmake, fonts } = options;
  const vfs = pdfmake.virtualfs;
  if (!vfs) throw new Error('this pdfmake has no virtual file system to hold the fonts');
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy?.(() => false);
  const names = {} as Record<keyof PdfFontFaces, string>;
  for (const face of Object.keys(REPORT_FONT_FILES) as (keyof PdfFontFaces)[]) {
    const name = `fieldbook-${fonts.family}-${face}.ttf`;
    vfs.writeFileSync(name, fonts.faces[face]);
    names[face] = name;
  }
  pdfmake.setFonts({ [fonts.family]: names });
  const withFont: TDocumentDefinitions = {
    ...definition,
    defaultStyle: { ...definition.defaultStyle, font: fonts.family },
  };
  const buffer = await pdfmake.createPdf(withFont).getBuffer();
  if (buffer instanceof Uint8Array) {
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw new Error('pdfmake returned no bytes');
}
