import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_TEMPLATE } from '../../shared/report/default-template';
import { formatTemplateProblem, TEMPLATE_LIMITS } from '../../shared/report/template';
import {
  PLACEHOLDER_NAMES,
  REPORT_SECTIONS,
  SECTION_CASES,
  TEMPLATE_SETTING_KEYS,
} from '../../shared/report/template-words';
import { defaultReportTemplate, readReportTemplate } from '../../shared/report/templates';
import { OWN_TEMPLATE } from './support';

/** The certifying body's report template: read, refused with the line it is on. */

function problems(text: string): string[] {
  const read = readReportTemplate(text);
  expect(read.ok).toBe(false);
  return read.ok ? [] : read.errors.map(formatTemplateProblem);
}

/** The line number (1-based) of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('the default template', () => {
  it('reads, with every report section once and every placeholder it uses known', () => {
    const template = defaultReportTemplate();
    expect(template.sections.map((s) => s.id)).toEqual([...REPORT_SECTIONS]);
    expect(template.settings.footer).toEqual(['Commercial in Confidence']);
    expect(template.settings['recommendation-names']).toHaveLength(4);
    const wording = DEFAULT_REPORT_TEMPLATE.split('\n').filter((l) => !l.startsWith('%'));
    const used = [...wording.join('\n').matchAll(/\{\{([^}]*)\}\}/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const name of used) expect(PLACEHOLDER_NAMES).toContain(name);
  });

  it('is published as docs/report-template.txt, unchanged', () => {
    const published = readFileSync(
      new URL('../../docs/report-template.txt', import.meta.url),
      'utf8',
    );
    expect(published).toBe(DEFAULT_REPORT_TEMPLATE);
  });
});

describe('a template the app cannot use is refused with the line it is on', () => {
  it('an unknown placeholder, with a suggestion', () => {
    const text = DEFAULT_REPORT_TEMPLATE.replace(
      '| Units in scope | {{units-in-scope}}',
      '| Units in scope | {{units}}',
    );
    expect(problems(text)).toEqual([
      `Line ${lineOf(text, '{{units}}')}: unknown placeholder {{units}}; did you mean "units-in-scope"? (docs/report-template.md lists them)`,
    ]);
  });

  it('a missing required section, at the end of the template', () => {
    const text = DEFAULT_REPORT_TEMPLATE.replace('## strengths | 4 Summary of strengths\n', '');
    const last = text.trimEnd().split('\n').length;
    expect(problems(text)).toEqual([
      `Line ${last}: the section "strengths" is missing (every template has "## strengths | Heading")`,
    ]);
  });

  it('a section given twice, a case missing, an unknown section, case and setting', () => {
    const text = DEFAULT_REPORT_TEMPLATE.replace(
      '### none\nNo element was awarded',
      '### nil\nNo element was awarded',
    )
      .replace('## scores | 8 Scores', '## scores | 8 Scores\n## introduction | Again')
      .replace(
        '= footer: Commercial in Confidence',
        '= footer: Commercial in Confidence\n= colour: blue',
      )
      .concat('\n## appendix | Appendix\n');
    const found = problems(text);
    expect(found).toContain(`Line ${lineOf(text, '= colour')}: unknown setting "colour"`);
    expect(found).toContain(
      `Line ${lineOf(text, '## introduction | Again')}: the section "introduction" is given twice (first on line ${lineOf(text, '## introduction | 2')})`,
    );
    expect(found).toContain(
      `Line ${lineOf(text, '### nil')}: unknown case "nil" in "compliance-plus"; its cases are none`,
    );
    expect(found).toContain(
      `Line ${lineOf(text, '## compliance-plus')}: the section "compliance-plus" has no "### none" wording`,
    );
    expect(
      found.some((p) =>
        p.startsWith(`Line ${lineOf(text, '## appendix')}: unknown section "appendix"`),
      ),
    ).toBe(true);
  });

  it('malformed lines: settings after a section, wrong parts, an unclosed placeholder, a bad row', () => {
    const text = DEFAULT_REPORT_TEMPLATE.replace(
      '## introduction | 2 Introduction and background\n',
      '## introduction | 2 Introduction and background\n= title: Late\nDear {{organisation}\n| just one cell\n',
    ).replace(
      '= methodology-columns: Site visited | People and groups met',
      '= methodology-columns: Sites',
    );
    const found = problems(text);
    expect(found).toEqual([
      `Line ${lineOf(text, '= methodology-columns')}: the setting "methodology-columns" takes 2 parts separated by "|", not 1`,
      `Line ${lineOf(text, '= title: Late')}: settings go before the first section ("= title: …")`,
      `Line ${lineOf(text, 'Dear {{')}: a "{{" without its "}}" (or the other way round)`,
      `Line ${lineOf(text, '| just one cell')}: a table row is written "| Label | value"`,
    ]);
  });

  it('a file that is not a template, not text, or far too large', () => {
    expect(problems('Dear client,\nHere is our report.')).toEqual([
      'Line 1: a report template starts with the line "CSE Fieldbook report template 1"',
    ]);
    expect(problems(`${DEFAULT_REPORT_TEMPLATE}\n\u0000\u0001PK`)).toEqual([
      `Line ${DEFAULT_REPORT_TEMPLATE.split('\n').length + 1}: this is not a text file (control characters)`,
    ]);
    const huge = DEFAULT_REPORT_TEMPLATE + 'x'.repeat(TEMPLATE_LIMITS.maxCharacters);
    expect(problems(huge)[0]).toMatch(
      /^Line 1: the file holds \d+ characters; a template holds at most 262144$/,
    );
  });

  it('a placeholder in a setting that is itself a value', () => {
    const text = DEFAULT_REPORT_TEMPLATE.replace(
      '= certifying-body: Centre for Assessment',
      '= certifying-body: {{organisation}} Ltd',
    );
    expect(problems(text)).toEqual([
      `Line ${lineOf(text, '= certifying-body')}: {{organisation}}: this setting cannot hold placeholders`,
    ]);
  });
});

describe('a certifying body’s own template', () => {
  it('reads in its own order, with its own wording, and the default’s other settings', () => {
    const read = readReportTemplate(OWN_TEMPLATE);
    if (!read.ok) throw new Error(read.errors.map(formatTemplateProblem).join('\n'));
    expect(read.value.sections.map((s) => s.id)).toEqual([
      'recommendation',
      'key-information',
      'text',
      ...REPORT_SECTIONS.filter((s) => s !== 'recommendation' && s !== 'key-information'),
    ]);
    expect(read.value.settings.footer).toEqual(['Harbour Certification Ltd · Confidential']);
    expect(read.value.settings['point-labels']).toEqual(
      defaultReportTemplate().settings['point-labels'],
    );
    const about = read.value.sections[2]!;
    expect(about.blocks).toEqual([
      { kind: 'paragraph', text: 'Harbour Certification is accredited by UKAS.', line: 21 },
      { kind: 'list', items: ['Independent', 'Impartial'], line: 22 },
    ]);
  });
});

describe('docs/report-template.md', () => {
  it('documents every section, case, setting and placeholder the app knows', () => {
    const docs = readFileSync(new URL('../../docs/report-template.md', import.meta.url), 'utf8');
    const names = [
      ...REPORT_SECTIONS,
      ...Object.values(SECTION_CASES).flat(),
      ...TEMPLATE_SETTING_KEYS,
    ];
    for (const name of names) expect(docs).toContain(`\`${name}\``);
    for (const name of PLACEHOLDER_NAMES) expect(docs).toContain(`{{${name}}}`);
  });
});
