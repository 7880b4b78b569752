import { stageTitle } from '../../shared/records/select-stage';
import { keyFingerprint, publicKeyPem } from '../../shared/signoff/signature';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { nodeCheckCrypto } from '../signing';
import { readRecordStage, writerOf } from './stage-input';

/**
 * `fieldbook public-key <file.json> [--stage …] [--out assessor.pub]`: the public key a stage's
 * sign-off was signed with (default: the latest signed-off stage), as a PEM file for
 * `fieldbook verify --key`, with its fingerprint. A key read from a record only says who holds
 * it: compare the fingerprint with the assessor's own before trusting it.
 */
export async function publicKeyCommand(
  io: CliIo,
  file: string,
  options: { readonly stage?: string; readonly out?: string },
): Promise<ExitCode> {
  const write = options.out === undefined ? null : writerOf(io);
  const { read, selected } = await readRecordStage(io, file, options.stage);
  const stage =
    options.stage === undefined
      ? ([...read.record.stages].reverse().find((s) => s.signOff?.signature) ?? selected.stage)
      : selected.stage;
  const signature = stage.signOff?.signature;
  if (!stage.signOff || !signature) {
    throw new CliError(
      `${stageTitle(stage)} of ${file} is ${stage.signOff ? 'signed off without a signing key' : 'not signed off'}: it carries no public key`,
      EXIT.invalid,
    );
  }
  const fingerprint = await keyFingerprint(signature.publicKey, nodeCheckCrypto.sha256);
  const pem = publicKeyPem(signature.publicKey, stage.signOff.signedOffBy);
  if (write === null || options.out === undefined) {
    io.out(pem);
  } else {
    await write(options.out, new TextEncoder().encode(pem));
    io.out(`wrote ${options.out}\n`);
  }
  io.out(
    `${stageTitle(stage)} was signed by ${stage.signOff.signedOffBy} with key ${fingerprint}. ` +
      'This key travelled with the record: before trusting it, check the fingerprint with the assessor.\n',
  );
  return EXIT.ok;
}
