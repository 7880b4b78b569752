// The `fieldbook` commands as a table: each command's options (node:util parseArgs) and what it
// runs with what was parsed. run.ts looks the command up here.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { USAGE } from '../usage';
import { exportCommand } from './export';
import { exportDocxCommand } from './export-docx';
import { exportReportCommand } from './export-report';
import { importDocxCommand } from './import-docx';
import { importXlsxCommand } from './import-xlsx';
import { planCommand } from './plan';
import { publicKeyCommand } from './public-key';
import { scoreCommand } from './score';
import { searchCommand } from './search';
import { suggestCommand } from './suggest';
import { validateCommand } from './validate';
import { verifyCommand } from './verify';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>
>;

/** One command: runs it on the arguments after its name. */
export type Command = (io: CliIo, args: readonly string[]) => Promise<ExitCode>;

/** A command whose arguments parseArgs reads with `options` (positionals allowed). */
function command<const O extends Options>(
  options: O,
  run: (io: CliIo, parsed: Parsed<O>) => Promise<ExitCode>,
): Command {
  return (io, args) => run(io, parseArgs({ args: [...args], allowPositionals: true, options }));
}

/** The single file a command takes, or a usage error naming `name`. */
export function oneFile(positionals: readonly string[], name: string): string {
  const [file, ...extra] = positionals;
  if (file === undefined)
    throw new CliError(`fieldbook ${name}: name a file\n\n${USAGE}`, EXIT.usage);
  if (extra.length > 0)
    throw new CliError(`fieldbook ${name}: unexpected argument "${extra[0]}"`, EXIT.usage);
  return file;
}

const EXPORT_OPTIONS = {
  stage: { type: 'string' },
  profile: { type: 'string' },
  xlsx: { type: 'string' },
  pdf: { type: 'string' },
  report: { type: 'string' },
  today: { type: 'string' },
  docx: { type: 'string' },
  template: { type: 'string' },
  'certifying-body': { type: 'string' },
} as const;

/** `export`: the assessment report, the Word record, or the workbook and PDF reports. */
const exportAny = command(EXPORT_OPTIONS, (io, { positionals, values }) => {
  const { docx, template, 'certifying-body': certifyingBody, ...picked } = values;
  const others = { ...picked, certifyingBody };
  const file = oneFile(positionals, 'export');
  if (others.report === 'assessment') {
    return exportReportCommand(io, file, { ...others, docx, template });
  }
  if (template !== undefined) {
    throw new CliError('--template is for --report assessment', EXIT.usage);
  }
  if (docx !== undefined) return exportDocxCommand(io, file, docx, others);
  return exportCommand(io, file, others);
});

/** Every command by its name (usage.ts describes them). */
export const COMMANDS: Readonly<Record<string, Command>> = {
  validate: command({}, (io, { positionals }) =>
    validateCommand(io, oneFile(positionals, 'validate')),
  ),
  score: command(
    {
      stage: { type: 'string' },
      profile: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    (io, { positionals, values }) =>
      scoreCommand(io, oneFile(positionals, 'score'), {
        stage: values.stage,
        profile: values.profile,
        json: values.json === true,
      }),
  ),
  verify: command({ key: { type: 'string' } }, (io, { positionals, values }) =>
    verifyCommand(io, oneFile(positionals, 'verify'), {
      ...(values.key === undefined ? {} : { key: values.key }),
    }),
  ),
  'public-key': command(
    { stage: { type: 'string' }, out: { type: 'string' } },
    (io, { positionals, values }) =>
      publicKeyCommand(io, oneFile(positionals, 'public-key'), {
        ...(values.stage === undefined ? {} : { stage: values.stage }),
        ...(values.out === undefined ? {} : { out: values.out }),
      }),
  ),
  plan: command(
    { today: { type: 'string' }, json: { type: 'boolean', default: false } },
    (io, { positionals, values }) =>
      planCommand(io, oneFile(positionals, 'plan'), {
        today: values.today,
        json: values.json === true,
      }),
  ),
  export: exportAny,
  'import-docx': command(
    {
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      map: { type: 'string', multiple: true },
      confirm: { type: 'boolean', default: false },
    },
    (io, { positionals, values }) =>
      importDocxCommand(io, oneFile(positionals, 'import-docx'), {
        out: values.out,
        dryRun: values['dry-run'] === true,
        json: values.json === true,
        map: values.map ?? [],
        confirm: values.confirm === true,
      }),
  ),
  'import-xlsx': command(
    {
      into: { type: 'string' },
      stage: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
    (io, { positionals, values }) =>
      importXlsxCommand(io, oneFile(positionals, 'import-xlsx'), {
        into: values.into,
        stage: values.stage,
        dryRun: values['dry-run'] === true,
      }),
  ),
  suggest: command(
    { top: { type: 'string' }, json: { type: 'boolean', default: false } },
    (io, { positionals, values }) =>
      suggestCommand(io, positionals, { top: values.top, json: values.json === true }),
  ),
  search: command(
    { limit: { type: 'string' }, json: { type: 'boolean', default: false } },
    (io, { positionals, values }) => {
      const [bundle, ...words] = positionals;
      if (bundle === undefined || words.length === 0) {
        throw new CliError(
          `fieldbook search: name a bundle and the words to find\n\n${USAGE}`,
          EXIT.usage,
        );
      }
      return searchCommand(io, bundle, words.join(' '), {
        json: values.json === true,
        limit: values.limit,
      });
    },
  ),
};
