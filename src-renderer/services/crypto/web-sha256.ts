import type { Sha256 } from '../../../shared/signoff/content-hash';
import type { CheckCrypto } from '../../../shared/signoff/verify-sign-off';

/** SHA-256 through WebCrypto (browser, Electron renderer, Node 20). */
export const webSha256: Sha256 = async (bytes) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));

/** WebCrypto as checking a sign-off uses it (SHA-256 and Ed25519). */
export function webCheckCrypto(): CheckCrypto {
  return {
    sha256: webSha256,
    subtle: globalThis.crypto.subtle as unknown as CheckCrypto['subtle'],
  };
}
