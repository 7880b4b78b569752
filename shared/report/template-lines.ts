// The lines of a report template read one by one into a draft (settings, sections, cases and
// fixed wording), each line's problems said with its number; then the draft checked as a whole.
import type { TemplateSettingKey } from './template-words';
import {
  LITERAL_SETTINGS,
  REPORT_SECTIONS,
  SECTION_CASES,
  TEMPLATE_SETTINGS,
  TEXT_SECTION,
} from './template-words';
import { didYouMean, placeholderProblems } from './template-placeholders';
import type { TemplateBlock, TemplateProblem, TemplateSection } from './template-types';

/** Template parts as they are read, before the whole is checked. */
export interface Draft {
  settings: Partial<Record<TemplateSettingKey, readonly string[]>>;
  sections: { section: TemplateSection; blocks: TemplateBlock[]; caseName: string | null }[];
  paragraph: { lines: string[]; line: number } | null;
}

/** Closes the paragraph being read, if any, into the current section's wording. */
export function endParagraph(draft: Draft): void {
  const open = draft.paragraph;
  const target = draft.sections[draft.sections.length - 1];
  if (open && target) {
    target.blocks.push({ kind: 'paragraph', text: open.lines.join(' '), line: open.line });
  }
  draft.paragraph = null;
}

/** A setting line ("= key: part | part"), before the first section. */
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

/** A section line ("## id | Heading"): starts the section, each report section once. */
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

/** A case line ("### case"): the wording after it is that case's, in a section that has cases. */
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

/** A line of fixed wording: a table row ("| Label | value"), a list item ("- "), or paragraph text. */
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

/**
 * What the template as a whole lacks: a report section, a case's wording, or the title or footer
 * setting. A missing section is reported on `lastLine`.
 */
export function checkWhole(draft: Draft, lastLine: number): TemplateProblem[] {
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

/**
 * Reads the line `raw` (0-based `index`) into `draft`; returns its problems. The first line (the
 * magic line, checked before) and comment lines (`%`) are passed over; a blank line ends a paragraph.
 */
export function readLine(draft: Draft, raw: string, index: number): TemplateProblem[] {
  const line = index + 1;
  const text = raw.trim();
  if (index === 0 || text.startsWith('%')) return [];
  if (text === '') {
    endParagraph(draft);
    return [];
  }
  if (!text.startsWith('#') && !text.startsWith('=')) return contentLine(draft, text, line);
  endParagraph(draft);
  if (text.startsWith('### ')) return caseLine(draft, text.slice(4).trim(), line);
  if (text.startsWith('## ')) return section(draft, text.slice(3), line);
  if (text.startsWith('= ')) return setting(draft, text.slice(2), line);
  return [{ line, problem: `"${text.slice(0, 40)}" is not a line a template can have` }];
}
