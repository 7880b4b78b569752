import { createHash } from 'node:crypto';
import { formatHash, stageContentHash } from '../../shared/signoff/content-hash';
import { stageTitle } from '../../shared/records/select-stage';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { readRecordFile } from '../read-record';

const sha256 = async (bytes: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(createHash('sha256').update(bytes).digest());

/**
 * `fieldbook verify <file.json>`: recomputes the content hash of every signed-off stage and
 * says whether it still matches its sign-off. Exit 0 when all match, 1 when any was changed.
 */
export async function verifyCommand(io: CliIo, file: string): Promise<ExitCode> {
  const read = await readRecordFile(io, file);
  if (!read.ok) {
    throw new CliError(
      `${file} is not a valid record:\n  ${read.lines.slice(0, 5).join('\n  ')}`,
      EXIT.invalid,
    );
  }
  const { record } = read.value;
  const signed = record.stages.filter((s) => s.signOff !== undefined);
  if (signed.length === 0) {
    io.out(`${record.organisation.name}: no stage is signed off; nothing to verify.\n`);
    return EXIT.ok;
  }
  let changed = 0;
  for (const stage of signed) {
    const signOff = stage.signOff!;
    const hash = await stageContentHash(record, stage, sha256);
    const same = hash === signOff.contentHash;
    if (!same) changed += 1;
    io.out(
      `${stageTitle(stage)}: signed off by ${signOff.signedOffBy} at ${signOff.signedOffAt} — ` +
        (same
          ? `content matches (SHA-256 ${formatHash(hash)})\n`
          : `CHANGED since sign-off (signed ${formatHash(signOff.contentHash)}, now ${formatHash(hash)})\n`),
    );
  }
  return changed === 0 ? EXIT.ok : EXIT.invalid;
}
