import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import type { ReportSectionId, TemplateSettingKey } from './template-words';
import {
  LITERAL_SETTINGS,
  REPORT_SECTIONS,
  SECTION_CASES,
  TEMPLATE_MAGIC,
  TEMPLATE_SETTINGS,
  TEXT_SECTION,
} from './template-words';
import { didYouMean, placeholderProblems } from './template-placeholders';

export { fillPlaceholders, placeholdersIn } from './template-placeholders';

/**
 * Reads a certifying body's report template (docs/report-template.md): a line-oriented text file
 * of settings, sections, fixed wording and `{{placeholders}}`. Anything the app cannot use —
 * an unknown placeholder, setting, section or case, a report section missing or given twice —
 * refuses the whole template with the line it is on, so a report is never made from half a
 * template. Bounded: a file over `TEMPLATE_LIMITS` is refused before it is read line by line.
 */

export const TEMPLATE_LIMITS = { maxCharacters: 256 * 1024, maxLines: 5_000 } as const;

/** A piece of fixed wording, with the line it starts on. */
export type TemplateBlock =
  | { readonly kind: 'paragraph'; readonly text: string; readonly line: number }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly line: number }
  | {
      readonly kind: 'facts';
      readonly rows: readonly { readonly label: string; readonly value: string }[];
      readonly line: number;
    };

export interface TemplateSection {
  /** A report section, or `text` for a section of fixed wording only. */
  readonly id: ReportSectionId | typeof TEXT_SECTION;
  readonly heading: string;
  readonly line: number;
  /** The fixed wording before the section's content. */
  readonly blocks: readonly TemplateBlock[];
  /** The wording of each case (`### case`), for the sections that have cases. */
  readonly cases: Readonly<Record<string, readonly TemplateBlock[]>>;
}

export type TemplateSettings = Readonly<Record<TemplateSettingKey, readonly string[]>>;

export interface ReportTemplate {
  readonly settings: TemplateSettings;
  readonly sections: readonly TemplateSection[];
}

/** A reason a template was refused: the line (1-based) and what is wrong there. */
export interface TemplateProblem {
  readonly line: number;
  readonly problem: string;
}

/** "Line 12: unknown placeholder {{organisaton}} …". */
export function formatTemplateProblem(p: TemplateProblem): string {
  return `Line ${p.line}: ${p.problem}`;
}

/** Template parts as they are read, before the whole is checked. */
interface Draft {
  settings: Partial<Record<TemplateSettingKey, readonly string[]>>;
  sections: { section: TemplateSection; blocks: TemplateBlock[]; caseName: string | null }[];
  paragraph: { lines: string[]; line: number } | null;
}

function endParagraph(draft: Draft): void {
  const open = draft.paragraph;
  const target = draft.sections[draft.sections.length - 1];
  if (open && target) {
    target.blocks.push({ kind: 'paragraph', text: open.lines.join(' '), line: open.line });
  }
  draft.paragraph = null;
}

function setting(draft: Draft, body: string, line: number): TemplateProblem[] {
  const colon = body.indexOf(':');
  const key = (colon < 0 ? body : body.slice(0, colon)).trim();
  if (colon < 0) return [{ line, problem: `a setting is written "= ${key}: value"` }];
  if (draft.sections.length > 0) {
    return [{ line, problem: `settings go before the first section ("= ${key}: …")` }];
  }
  if (!Object.prototype.hasOwnProperty.call(TEMPLATE_SETTINGS, key)) {
    const keys = Object.keys(TEMPLATE_SETTINGS);
    return [{ line, problem: `unknown setting "${key}"${didYouMean(key, keys)}` }];
  }
  const k = key as TemplateSettingKey;
  if (draft.settings[k]) return [{ line, problem: `the setting "${key}" is given twice` }];
  const parts = body
    .slice(colon + 1)
    .split('|')
    .map((p) => p.trim());
  const wanted = TEMPLATE_SETTINGS[k];
  if (parts.length !== wanted) {
    return [
      {
        line,
        problem: `the setting "${key}" takes ${wanted} part${wanted === 1 ? '' : 's'} separated by "|", not ${parts.length}`,
      },
    ];
  }
  if (parts.some((p) => p === '') && k !== 'subtitle' && k !== 'not-written') {
    return [{ line, problem: `the setting "${key}" has an empty part` }];
  }
  draft.settings[k] = parts;
  return parts.flatMap((p) => placeholderProblems(p, line, LITERAL_SETTINGS.has(k)));
}

function section(draft: Draft, body: string, line: number): TemplateProblem[] {
  const bar = body.indexOf('|');
  const id = (bar < 0 ? body : body.slice(0, bar)).trim();
  const heading = bar < 0 ? '' : body.slice(bar + 1).trim();
  const known: readonly string[] = [...REPORT_SECTIONS, TEXT_SECTION];
  if (!known.includes(id)) {
    return [
      {
        line,
        problem: `unknown section "${id}"; sections are ${known.join(', ')}`,
      },
    ];
  }
  if (heading === '') return [{ line, problem: `a section is written "## ${id} | Heading"` }];
  const twice = draft.sections.find((s) => s.section.id === id && id !== TEXT_SECTION);
  if (twice) {
    return [
      { line, problem: `the section "${id}" is given twice (first on line ${twice.section.line})` },
    ];
  }
  const blocks: TemplateBlock[] = [];
  const created: TemplateSection = {
    id: id as TemplateSection['id'],
    heading,
    line,
    blocks,
    cases: {},
  };
  draft.sections.push({ section: created, blocks, caseName: null });
  return placeholderProblems(heading, line, false);
}

function caseLine(draft: Draft, name: string, line: number): TemplateProblem[] {
  const current = draft.sections[draft.sections.length - 1];
  if (!current) return [{ line, problem: `"### ${name}" outside a section` }];
  const id = current.section.id;
  const allowed = id === TEXT_SECTION ? undefined : SECTION_CASES[id];
  if (!allowed) return [{ line, problem: `the section "${id}" has no cases ("### ${name}")` }];
  if (!allowed.includes(name)) {
    return [
      {
        line,
        problem: `unknown case "${name}" in "${id}"; its cases are ${allowed.join(', ')}`,
      },
    ];
  }
  const cases = current.section.cases as Record<string, TemplateBlock[]>;
  if (cases[name]) return [{ line, problem: `the case "${name}" is given twice` }];
  const blocks: TemplateBlock[] = [];
  cases[name] = blocks;
  current.blocks = blocks;
  current.caseName = name;
  return [];
}

/** Adds a list item or a table row to the current block of that kind, or starts one. */
function addTo(blocks: TemplateBlock[], kind: 'list' | 'facts', add: TemplateBlock, line: number) {
  const last = blocks[blocks.length - 1];
  if (last?.kind === 'list' && kind === 'list' && add.kind === 'list') {
    blocks[blocks.length - 1] = { ...last, items: [...last.items, ...add.items] };
  } else if (last?.kind === 'facts' && kind === 'facts' && add.kind === 'facts') {
    blocks[blocks.length - 1] = { ...last, rows: [...last.rows, ...add.rows] };
  } else blocks.push({ ...add, line });
}

function contentLine(draft: Draft, text: string, line: number): TemplateProblem[] {
  const current = draft.sections[draft.sections.length - 1];
  if (!current) {
    return [{ line, problem: 'wording before the first section ("## section | Heading")' }];
  }
  const problems = placeholderProblems(text, line, false);
  if (text.startsWith('|')) {
    endParagraph(draft);
    const cells = text.split('|').map((c) => c.trim());
    // "| Label | value" splits into ["", label, value] (and a trailing "" if it ends with "|").
    const parts = cells.slice(1, cells[cells.length - 1] === '' ? -1 : undefined);
    if (parts.length !== 2 || parts[0] === '') {
      return [...problems, { line, problem: 'a table row is written "| Label | value"' }];
    }
    const row = { label: parts[0]!, value: parts[1]! };
    addTo(current.blocks, 'facts', { kind: 'facts', rows: [row], line }, line);
  } else if (/^- /.test(text)) {
    endParagraph(draft);
    addTo(current.blocks, 'list', { kind: 'list', items: [text.slice(2).trim()], line }, line);
  } else if (draft.paragraph) draft.paragraph.lines.push(text);
  else draft.paragraph = { lines: [text], line };
  return problems;
}

function checkWhole(draft: Draft, lastLine: number): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const id of REPORT_SECTIONS) {
    if (!draft.sections.some((s) => s.section.id === id)) {
      problems.push({
        line: lastLine,
        problem: `the section "${id}" is missing (every template has "## ${id} | Heading")`,
      });
    }
    const cases = SECTION_CASES[id] ?? [];
    const found = draft.sections.find((s) => s.section.id === id);
    for (const name of cases) {
      if (found && !found.section.cases[name]) {
        problems.push({
          line: found.section.line,
          problem: `the section "${id}" has no "### ${name}" wording`,
        });
      }
    }
  }
  for (const key of ['title', 'footer'] as const) {
    if (!draft.settings[key]) {
      problems.push({ line: 1, problem: `the setting "${key}" is missing ("= ${key}: …")` });
    }
  }
  return problems;
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
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (index === 0 || text.startsWith('%')) return;
    if (text === '') return endParagraph(draft);
    if (!text.startsWith('#') && !text.startsWith('=')) {
      problems.push(...contentLine(draft, text, line));
      return;
    }
    endParagraph(draft);
    if (text.startsWith('### ')) problems.push(...caseLine(draft, text.slice(4).trim(), line));
    else if (text.startsWith('## ')) problems.push(...section(draft, text.slice(3), line));
    else if (text.startsWith('= ')) problems.push(...setting(draft, text.slice(2), line));
    else
      problems.push({ line, problem: `"${text.slice(0, 40)}" is not a line a template can have` });
  });
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
