// Reads a certifying body's report template (docs/report-template.md): a line-oriented text file
// of settings, sections, fixed wording and `{{placeholders}}`. Anything the app cannot use —
// an unknown placeholder, setting, section or case, a report section missing or given twice —
// refuses the whole template with the line it is on, so a report is never made from half a
// template. Bounded: a file over `TEMPLATE_LIMITS` is refused before it is read line by line.
// The lines are read by template-lines.ts; the shapes are in template-types.ts.
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import { TEMPLATE_MAGIC, TEMPLATE_SETTINGS } from './template-words';
import type { Draft } from './template-lines';
import { checkWhole, endParagraph, readLine } from './template-lines';
import type { ReportTemplate, TemplateProblem, TemplateSettings } from './template-types';

export { fillPlaceholders, placeholdersIn } from './template-placeholders';
export type {
  ReportTemplate,
  TemplateBlock,
  TemplateProblem,
  TemplateSection,
  TemplateSettings,
} from './template-types';

/** The largest template file read: characters, and lines. */
export const TEMPLATE_LIMITS = { maxCharacters: 256 * 1024, maxLines: 5_000 } as const;

/** "Line 12: unknown placeholder {{organisaton}} …". */
export function formatTemplateProblem(p: TemplateProblem): string {
  return `Line ${p.line}: ${p.problem}`;
}

/** Splits the text into lines, refusing what is not a text template of a sane size. */
function linesOf(text: string): Result<string[], TemplateProblem> {
  if (text.length > TEMPLATE_LIMITS.maxCharacters) {
    return fail([
      {
        line: 1,
        problem: `the file holds ${text.length} characters; a template holds at most ${TEMPLATE_LIMITS.maxCharacters}`,
      },
    ]);
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.length > TEMPLATE_LIMITS.maxLines) {
    return fail([{ line: 1, problem: `more than ${TEMPLATE_LIMITS.maxLines} lines` }]);
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  const binary = lines.findIndex((l) => /[\u0000-\u0008\v\f\u000e-\u001f]/.test(l));
  if (binary >= 0) {
    return fail([{ line: binary + 1, problem: 'this is not a text file (control characters)' }]);
  }
  if (lines[0]?.trim() !== TEMPLATE_MAGIC) {
    return fail([
      { line: 1, problem: `a report template starts with the line "${TEMPLATE_MAGIC}"` },
    ]);
  }
  return ok(lines);
}

/**
 * Reads a template. Settings it leaves out are taken from `fallback` (the default template's),
 * except `title` and `footer`, which every template states. Returns every problem found, each
 * with its line; never throws.
 */
export function parseReportTemplate(
  text: string,
  fallback?: TemplateSettings,
): Result<ReportTemplate, TemplateProblem> {
  const split = linesOf(text);
  if (!split.ok) return split;
  const lines = split.value;
  const draft: Draft = { settings: {}, sections: [], paragraph: null };
  const problems: TemplateProblem[] = [];
  lines.forEach((raw, index) => problems.push(...readLine(draft, raw, index)));
  endParagraph(draft);
  // A missing section is reported on the template's last line with text: where it would go last.
  const lastLine = lines.reduce((last, l, i) => (l.trim() === '' ? last : i + 1), 1);
  problems.push(...checkWhole(draft, lastLine));
  if (problems.length > 0) return fail(problems.sort((a, b) => a.line - b.line));
  const settings = { ...fallback, ...draft.settings } as Record<string, readonly string[]>;
  const missing = Object.keys(TEMPLATE_SETTINGS).filter((k) => !settings[k]);
  if (missing.length > 0) {
    return fail([{ line: 1, problem: `the settings ${missing.join(', ')} are missing` }]);
  }
  return ok({
    settings: settings as TemplateSettings,
    sections: draft.sections.map((s) => s.section),
  });
}
