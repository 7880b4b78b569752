/** The `fieldbook` command's help, printed by `help` and after a wrong command line. */
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
