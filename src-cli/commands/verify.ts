import { stageTitle } from '../../shared/records/select-stage';
import { keyFingerprint } from '../../shared/signoff/signature';
import { checkSignOff, describeSignOffCheck } from '../../shared/signoff/verify-sign-off';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { readRecordFile } from '../read-record';
import { nodeCheckCrypto, readKeyFile } from '../signing';

/**
 * `fieldbook verify <file.json> [--key assessor.pub]`: for every signed-off stage, recomputes
 * the content hash under the scheme it was signed with and checks its Ed25519 signature. With
 * `--key`, a stage counts as verified only when it is signed with that key. Exit 0 when every
 * signed-off stage is intact (and, with `--key`, signed with it), 1 otherwise.
 */
export async function verifyCommand(
  io: CliIo,
  file: string,
  options: { readonly key?: string } = {},
): Promise<ExitCode> {
  const trusted = options.key === undefined ? null : await readKeyFile(io, options.key);
  const read = await readRecordFile(io, file);
  if (!read.ok) {
    throw new CliError(
      `${file} is not a valid record:\n  ${read.lines.slice(0, 5).join('\n  ')}`,
      EXIT.invalid,
    );
  }
  const { record } = read.value;
  if (trusted !== null) {
    io.out(
      `Checking against the key in ${options.key} (fingerprint ${await keyFingerprint(trusted, nodeCheckCrypto.sha256)}).\n`,
    );
  }
  const signed = record.stages.filter((s) => s.signOff !== undefined);
  if (signed.length === 0) {
    io.out(`${record.organisation.name}: no stage is signed off; nothing to verify.\n`);
    return EXIT.ok;
  }
  let failed = 0;
  for (const stage of signed) {
    const signOff = stage.signOff!;
    const check = await checkSignOff(record, stage, nodeCheckCrypto, trusted);
    const ok = check?.kind === 'intact' && (trusted === null || check.key?.trusted === true);
    if (!ok) failed += 1;
    io.out(
      `${stageTitle(stage)}: signed off by ${signOff.signedOffBy} at ${signOff.signedOffAt} — ${
        check ? describeSignOffCheck(check) : 'not signed off'
      }${check?.kind === 'intact' && trusted !== null && check.key === null ? ' It is NOT signed with the key given.' : ''}\n`,
    );
  }
  return failed === 0 ? EXIT.ok : EXIT.invalid;
}
