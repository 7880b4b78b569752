import { webcrypto } from 'node:crypto';
import { readPublicKeyPem } from '../shared/signoff/signature';
import type { CheckCrypto } from '../shared/signoff/verify-sign-off';
import type { CliIo } from './io';
import { CliError, EXIT } from './io';

/** Node's WebCrypto, as checking sign-offs uses it (Ed25519 and SHA-256). */
export const nodeCheckCrypto: CheckCrypto = {
  sha256: async (bytes) =>
    new Uint8Array(await webcrypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
  subtle: webcrypto.subtle as unknown as CheckCrypto['subtle'],
};

/** Reads an assessor's public key file (PEM, as "Save public key…" writes it). */
export async function readKeyFile(io: CliIo, path: string): Promise<string> {
  let size: number;
  try {
    size = await io.fileSize(path);
  } catch {
    throw new CliError(`cannot read the key file ${path}`, EXIT.usage);
  }
  if (size > 10_000)
    throw new CliError(`${path} is not a public key file (too large)`, EXIT.invalid);
  const text = new TextDecoder().decode(await io.readFile(path));
  const key = readPublicKeyPem(text);
  if (key === null) {
    throw new CliError(
      `${path} holds no Ed25519 public key (expected a PEM "BEGIN PUBLIC KEY" block, as CSE Fieldbook's "Save public key…" writes)`,
      EXIT.invalid,
    );
  }
  return key;
}
