import type { Sha256 } from '../../../shared/signoff/content-hash';

/** SHA-256 through WebCrypto (browser, Electron renderer, Node 20). */
export const webSha256: Sha256 = async (bytes) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
