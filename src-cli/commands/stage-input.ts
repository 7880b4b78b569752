import type { ReadRecord } from '../../shared/exchange/read';
import type { SelectedStage } from '../../shared/records/select-stage';
import { selectStage } from '../../shared/records/select-stage';
import type { RuleProfile } from '../../shared/scoring/profiles';
import { DEFAULT_PROFILE, RULE_PROFILES, findProfile } from '../../shared/scoring/profiles';
import type { CliIo } from '../io';
import { CliError, EXIT } from '../io';
import { readRecordFile } from '../read-record';

/** Reads a record file and picks a stage, or throws one `CliError` saying what is wrong. */
export async function readRecordStage(
  io: CliIo,
  file: string,
  stage: string | undefined,
): Promise<{ read: ReadRecord; selected: SelectedStage }> {
  const read = await readRecordFile(io, file);
  if (!read.ok) {
    throw new CliError(
      `${file} is not a valid record (run "fieldbook validate ${file}" for all errors):\n  ${read.lines.slice(0, 5).join('\n  ')}`,
      EXIT.invalid,
    );
  }
  const selected = selectStage(read.value.record, stage);
  if (!selected.ok) throw new CliError(selected.errors.join('; '), EXIT.usage);
  return { read: read.value, selected: selected.value };
}

/** The rule profile named on the command line (default the certifying-body table). */
export function profileOption(name: string | undefined): RuleProfile {
  const profile = name === undefined ? DEFAULT_PROFILE : findProfile(name);
  if (!profile) {
    throw new CliError(
      `unknown rule profile "${name}"; use ${RULE_PROFILES.map((p) => p.id).join(' or ')}`,
      EXIT.usage,
    );
  }
  return profile;
}

/** The writer of the process, or a clear refusal when this edge cannot write. */
export function writerOf(io: CliIo): (path: string, bytes: Uint8Array) => Promise<void> {
  const write = io.writeFileAtomic;
  if (!write)
    throw new CliError('this command writes files, but no file writer was given', EXIT.usage);
  return async (path, bytes) => {
    try {
      await write(path, bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError(`cannot write ${path}: ${reason}`, EXIT.usage);
    }
  };
}

/** "32 KB", "1.2 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
