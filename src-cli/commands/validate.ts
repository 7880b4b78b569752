import type { CliIo, ExitCode } from '../io';
import { EXIT } from '../io';
import { readRecordFile } from '../read-record';
import { stageTitle } from '../../shared/records/select-stage';

/** `fieldbook validate <file.json>`: exit 0 when valid, else every error and exit 1. */
export async function validateCommand(io: CliIo, file: string): Promise<ExitCode> {
  const result = await readRecordFile(io, file);
  if (!result.ok) {
    io.err(`${file}: ${result.lines.length} error${result.lines.length === 1 ? '' : 's'}\n`);
    for (const line of result.lines) io.err(`  ${line}\n`);
    return EXIT.invalid;
  }
  const { record, fileVersion, migrations } = result.value;
  const stages = record.stages.map(stageTitle).join(', ');
  io.out(
    `${file}: valid (format version ${fileVersion}) — ${record.organisation.name}; stages: ${stages}\n`,
  );
  for (const step of migrations) io.out(`  upgraded: ${step}\n`);
  return EXIT.ok;
}
