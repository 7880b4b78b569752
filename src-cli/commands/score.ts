import { findCatalogue } from '../../shared/catalogue/catalogue';
import { selectStage, stageTitle } from '../../shared/records/select-stage';
import { DEFAULT_PROFILE, RULE_PROFILES, findProfile } from '../../shared/scoring/profiles';
import { scoreStageBoth } from '../../shared/scoring/score-stage';
import { renderScoreText } from '../../shared/scoring/text-report';
import { scoreJson } from '../../shared/scoring/score-json';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { readRecordFile } from '../read-record';

export interface ScoreOptions {
  readonly stage?: string;
  readonly profile?: string;
  readonly json: boolean;
}

/** `fieldbook score <file.json> [--stage …] [--profile …] [--json]`. */
export async function scoreCommand(
  io: CliIo,
  file: string,
  options: ScoreOptions,
): Promise<ExitCode> {
  const profile = options.profile === undefined ? DEFAULT_PROFILE : findProfile(options.profile);
  if (!profile) {
    throw new CliError(
      `unknown rule profile "${options.profile}"; use ${RULE_PROFILES.map((p) => p.id).join(' or ')}`,
      EXIT.usage,
    );
  }
  const read = await readRecordFile(io, file);
  if (!read.ok) {
    throw new CliError(
      `${file} is not a valid record (run "fieldbook validate ${file}" for all errors):\n  ${read.lines.slice(0, 5).join('\n  ')}`,
      EXIT.invalid,
    );
  }
  const { record } = read.value;
  const selected = selectStage(record, options.stage);
  if (!selected.ok) throw new CliError(selected.errors.join('; '), EXIT.usage);
  const { stage, number } = selected.value;
  const catalogue = findCatalogue(stage.catalogueId);
  if (!catalogue) throw new CliError(`unknown catalogue ${stage.catalogueId}`, EXIT.invalid);
  const scores = scoreStageBoth(stage, catalogue, profile);
  if (options.json) {
    io.out(`${JSON.stringify(scoreJson(record, stage, number, scores), null, 2)}\n`);
    return EXIT.ok;
  }
  const title = `${record.organisation.name} — ${stageTitle(stage)} (stage ${number})`;
  io.out(renderScoreText(`${title}\nFinal (visit) marks`, scores.final));
  io.out('\n');
  io.out(renderScoreText(`Desk-top review (DTR) marks`, scores.dtr));
  return EXIT.ok;
}
