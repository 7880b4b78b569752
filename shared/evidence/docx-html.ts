// The one way a client's Word document becomes HTML: mammoth, asked for text and headings only.

/**
 * The part of mammoth used here (its module, passed in by the edge that loaded it). `Input` is
 * what this runtime's mammoth opens: `{ arrayBuffer }` in the browser, `{ buffer }` in Node.
 */
export interface MammothLike<Input> {
  convertToHtml(
    input: Input,
    options?: { convertImage?: unknown; externalFileAccess?: boolean },
  ): Promise<{ value: string }>;
  readonly images: { imgElement(f: () => Promise<{ src: string }>): unknown };
}

/**
 * `ExtractLibraries.docxToHtml` through mammoth: pictures are not read (search and suggestions
 * use text only, and a picture inlined as base64 costs memory) and files the document links to
 * outside itself are never opened. `input` wraps the bytes as this runtime's mammoth opens them.
 */
export function mammothDocxToHtml<Input>(
  mammoth: MammothLike<Input>,
  input: (bytes: Uint8Array) => Input,
): (bytes: Uint8Array) => Promise<string> {
  return async (bytes) => {
    const result = await mammoth.convertToHtml(input(bytes), {
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      externalFileAccess: false,
    });
    return result.value;
  };
}

/** The bytes as an ArrayBuffer of their own, for mammoth's browser build. */
export function arrayBufferInput(bytes: Uint8Array): { arrayBuffer: ArrayBuffer } {
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return { arrayBuffer: copy as ArrayBuffer };
}
