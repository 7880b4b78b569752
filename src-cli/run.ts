import { parseArgs } from 'node:util';
import { exportCommand } from './commands/export';
import { exportDocxCommand } from './commands/export-docx';
import { exportReportCommand } from './commands/export-report';
import { importDocxCommand } from './commands/import-docx';
import { importXlsxCommand } from './commands/import-xlsx';
import { planCommand } from './commands/plan';
import { publicKeyCommand } from './commands/public-key';
import { scoreCommand } from './commands/score';
import { searchCommand } from './commands/search';
import { suggestCommand } from './commands/suggest';
import { validateCommand } from './commands/validate';
import { verifyCommand } from './commands/verify';
import type { CliIo, ExitCode } from './io';
import { CliError, EXIT } from './io';

export const USAGE = `Usage: fieldbook <command> [options]

Commands:
  validate <file.json>                 check an exchange file; lists every error
  score <file.json> [options]          score a stage (final and DTR marks)
      --stage <number|kind>            1-based stage number or initial, sv1, sv2, reassessment
                                       (default: the latest stage)
      --profile <name>                 certifying-body-table (default) or strict-80
      --json                           print JSON instead of tables
  verify <file.json> [options]         check every signed-off stage: its content still matches its
                                       content hash, and its signature is valid
      --key <assessor.pub>             and that it was signed with this public key (exit 1 if not)
  public-key <file.json> [options]     the public key a stage's sign-off was signed with (PEM)
      --stage <number|kind>            the stage (default: the latest one signed with a key)
      --out <assessor.pub>             write it to a file instead of printing it
  plan <file.json> [options]           surveillance plan: due and contact dates, overdue and
                                       upcoming, category, on/off-site, development points,
                                       documents, on-site plan
      --today <YYYY-MM-DD>             plan as on this day (default: today)
      --json                           print JSON instead of text
  export <file.json> [options]         export a stage as an XLSX workbook and/or a PDF report
      --stage <number|kind>            the stage (default: the latest)
      --profile <name>                 rule profile for the scores (default certifying-body-table)
      --xlsx <out.xlsx>                write the workbook (editable; read back with import-xlsx)
      --pdf <out.pdf>                  write a PDF report
      --report record|summary          which report: the stage's record (default) or the summary
                                       for the certifying body; for a surveillance stage also
                                       surveillance-documentation (for the client) or
                                       surveillance-report; whole-record: every stage's
                                       sections 1, 2 and 3 in one PDF (--stage is not needed)
      --today <YYYY-MM-DD>             plan the surveillance as on this day (default: today)
      --docx <out.docx>                write the whole record (every stage) in the certifying
                                       body's Word layout
      --certifying-body <file.json>    the certifying body's name, address, telephone and web
                                       site, printed at the foot of every page (default: the
                                       file FIELDBOOK_CERTIFYING_BODY names, else none)
  export <file.json> --report assessment [options]
                                       the stage's assessment report (the narrative for the
                                       client and the certifying body) as PDF and/or Word
      --pdf <out.pdf>, --docx <out.docx>
      --template <template.txt>        the certifying body's report template (default: the
                                       built-in one; see docs/report-template.md)
      --stage, --profile, --certifying-body
                                       as above
  import-docx <record.docx> [options]  read a record kept in the certifying body's Word layout;
                                       print what was recognised, the warnings and the score
      --out <record.json>              write the record as an exchange file (over an existing
                                       record of the same organisation: keeps its stage ids,
                                       skips signed-off stages, prints the differences)
      --map <layout>:<column>=<role>   what a column of a layout holds (repeatable), e.g.
                                       1:5=final; roles: element, desk-top, questions, visit,
                                       dtr, final, previous, notes, none
      --confirm                        store although the preview blocks (e.g. no final marks)
      --dry-run                        print only; write nothing
      --json                           print JSON instead of text
  import-xlsx <edited.xlsx> --into <file.json> [options]
                                       read marks and notes back from an exported workbook,
                                       print every change (old → new) and update the record
      --stage <number|kind>            refuse a workbook of any other stage
      --dry-run                        print the changes only; write nothing
  suggest <document…> [options]        suggest the elements each document (PDF, DOCX, text,
                                       Markdown, HTML) may evidence, with the matched terms
      --top <N>                        how many elements per document (default 5)
      --json                           print JSON instead of text
  search <bundle.zip> <query>          search the documents of a record bundle; prints each
                                       passage found with its page or section
      --limit <N>                      most passages printed (default 20)
      --json                           print JSON instead of text

Exit codes: 0 success, 1 invalid input, 2 wrong command line or unreadable file.
`;

function oneFile(positionals: readonly string[], command: string): string {
  const [file, ...extra] = positionals;
  if (file === undefined)
    throw new CliError(`fieldbook ${command}: name a file\n\n${USAGE}`, EXIT.usage);
  if (extra.length > 0)
    throw new CliError(`fieldbook ${command}: unexpected argument "${extra[0]}"`, EXIT.usage);
  return file;
}

async function dispatch(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  switch (command) {
    case 'validate': {
      const { positionals } = parseArgs({ args: [...rest], allowPositionals: true, options: {} });
      return validateCommand(io, oneFile(positionals, command));
    }
    case 'score': {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          stage: { type: 'string' },
          profile: { type: 'string' },
          json: { type: 'boolean', default: false },
        },
      });
      return scoreCommand(io, oneFile(positionals, command), {
        stage: values.stage,
        profile: values.profile,
        json: values.json === true,
      });
    }
    case 'verify': {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { key: { type: 'string' } },
      });
      return verifyCommand(io, oneFile(positionals, command), {
        ...(values.key === undefined ? {} : { key: values.key }),
      });
    }
    case 'public-key': {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { stage: { type: 'string' }, out: { type: 'string' } },
      });
      return publicKeyCommand(io, oneFile(positionals, command), {
        ...(values.stage === undefined ? {} : { stage: values.stage }),
        ...(values.out === undefined ? {} : { out: values.out }),
      });
    }
    case 'plan': {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { today: { type: 'string' }, json: { type: 'boolean', default: false } },
      });
      return planCommand(io, oneFile(positionals, command), {
        today: values.today,
        json: values.json === true,
      });
    }
    case 'export': {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          stage: { type: 'string' },
          profile: { type: 'string' },
          xlsx: { type: 'string' },
          pdf: { type: 'string' },
          report: { type: 'string' },
          today: { type: 'string' },
          docx: { type: 'string' },
          template: { type: 'string' },
          'certifying-body': { type: 'string' },
        },
      });
      const { docx, template, 'certifying-body': certifyingBody, ...picked } = values;
      const others = { ...picked, certifyingBody };
      const file = oneFile(positionals, command);
      if (others.report === 'assessment') {
        return exportReportCommand(io, file, { ...others, docx, template });
      }
      if (template !== undefined) {
        throw new CliError('--template is for --report assessment', EXIT.usage);
      }
      if (docx !== undefined) return exportDocxCommand(io, file, docx, others);
      return exportCommand(io, file, others);
    }
    case 'import-docx': {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          out: { type: 'string' },
          'dry-run': { type: 'boolean', default: false },
          json: { type: 'boolean', default: false },
          map: { type: 'string', multiple: true },
          confirm: { type: 'boolean', default: false },
        },
      });
      return importDocxCommand(io, oneFile(positionals, command), {
        out: values.out,
        dryRun: values['dry-run'] === true,
        json: values.json === true,
        map: values.map ?? [],
        confirm: values.confirm === true,
      });
    }
    case 'import-xlsx': {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          into: { type: 'string' },
          stage: { type: 'string' },
          'dry-run': { type: 'boolean', default: false },
        },
      });
      return importXlsxCommand(io, oneFile(positionals, command), {
        into: values.into,
        stage: values.stage,
        dryRun: values['dry-run'] === true,
      });
    }
    case 'suggest': {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { top: { type: 'string' }, json: { type: 'boolean', default: false } },
      });
      return suggestCommand(io, positionals, { top: values.top, json: values.json === true });
    }
    case 'search': {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { limit: { type: 'string' }, json: { type: 'boolean', default: false } },
      });
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
    }
    default:
      throw new CliError(`unknown command "${command}"\n\n${USAGE}`, EXIT.usage);
  }
}

/**
 * Runs one command line and returns its exit code. Expected failures (bad arguments, bad files)
 * print one message on stderr; only export and import-xlsx write files, atomically, and only
 * once their input has been read in full.
 */
export async function runCli(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  try {
    return await dispatch(io, argv);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`fieldbook: ${error.message}\n`);
      return error.code;
    }
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`fieldbook: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    io.err(
      `fieldbook: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT.invalid;
  }
}
