import { planSurveillance } from '../../shared/surveillance/plan';
import { renderPlanText } from '../../shared/surveillance/plan-text';
import type { IsoDate } from '../../shared/types/dates';
import { isoDateProblem } from '../../shared/types/dates';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { readRecordFile } from '../read-record';

export interface PlanOptions {
  /** `YYYY-MM-DD`; default the local date of this machine. */
  readonly today?: string;
  readonly json: boolean;
}

/** Today's local date, read here at the edge: shared/ never reads the clock. */
function localToday(): IsoDate {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
}

/** `--today` as a date; this machine's local date when not given. Shared with `export`. */
export function parseToday(text: string | undefined): IsoDate {
  if (text === undefined) return localToday();
  const problem = isoDateProblem(text);
  if (problem) throw new CliError(`--today ${text}: ${problem}`, EXIT.usage);
  return text as IsoDate;
}

/** `fieldbook plan <file.json> [--today YYYY-MM-DD] [--json]`. */
export async function planCommand(
  io: CliIo,
  file: string,
  options: PlanOptions,
): Promise<ExitCode> {
  const today = parseToday(options.today);
  const read = await readRecordFile(io, file);
  if (!read.ok) {
    throw new CliError(
      `${file} is not a valid record (run "fieldbook validate ${file}" for all errors):\n  ${read.lines.slice(0, 5).join('\n  ')}`,
      EXIT.invalid,
    );
  }
  const plan = planSurveillance(read.value.record, { today });
  io.out(options.json ? `${JSON.stringify(plan, null, 2)}\n` : renderPlanText(plan));
  return EXIT.ok;
}
