import { COMPLIES_WORDS, ExportError, formatGeneratedAt } from '../export/export-context';
import type { RuleProfile } from '../scoring/profiles';
import type { CertifyingBody } from '../settings/certifying-body';
import { certifyingBodyLines } from '../settings/certifying-body';
import { DEFAULT_PROFILE } from '../scoring/profiles';
import type { StageId } from '../types/ids';
import { MARK_NAMES } from '../types/marks';
import type { AssessmentRecord } from '../types/record';
import type { PlaceholderValues } from './placeholder-values';
import { placeholderValues } from './placeholder-values';
import type { ReportModel } from './report-model';
import { reportModel } from './report-model';
import type { ReportBlock, ReportSpec, ReportSpecSection } from './spec';
import type { ReportTemplate, TemplateBlock, TemplateSection } from './template';
import { fillPlaceholders } from './template';
import { defaultReportTemplate } from './templates';

export interface ReportBuildOptions {
  /** When the report is made (ISO 8601); passed in, shared code never reads the clock. */
  readonly generatedAt: string;
  /** The rule profile of the scores and the recommendation; default the certifying-body table. */
  readonly profile?: RuleProfile;
  /** The certifying body's template; default the default template. */
  readonly template?: ReportTemplate;
  /** E.g. "CSE Fieldbook 0.1.0"; written into the document's properties. */
  readonly generator?: string;
  /** Printed at the foot of every page, as the other exports print it; absent or null: none. */
  readonly certifyingBody?: CertifyingBody | null;
}

/** The fixed wording of a template, placeholders filled. */
function fixed(blocks: readonly TemplateBlock[], values: PlaceholderValues): ReportBlock[] {
  const fill = (text: string): string => fillPlaceholders(text, values);
  return blocks.map((b): ReportBlock => {
    switch (b.kind) {
      case 'paragraph':
        return { kind: 'paragraph', text: fill(b.text), tone: 'body' };
      case 'list':
        return { kind: 'list', items: b.items.map(fill) };
      case 'facts':
        return { kind: 'facts', rows: b.rows.map((r) => [fill(r.label), fill(r.value)] as const) };
    }
  });
}

/** The assessor's text as paragraphs (a blank line parts them), or the "not written" note. */
function written(text: string, notWritten: string): ReportBlock[] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (paragraphs.length === 0) return [{ kind: 'paragraph', text: notWritten, tone: 'note' }];
  return paragraphs.map((p) => ({ kind: 'paragraph', text: p, tone: 'body' }));
}

/** The content each report section adds after its fixed wording. */
function content(
  section: TemplateSection,
  model: ReportModel,
  template: ReportTemplate,
  values: PlaceholderValues,
): ReportBlock[] {
  const s = template.settings;
  const none = s['not-written'][0] ?? '';
  const report = model.stage.report;
  const cases = (name: string): ReportBlock[] => fixed(section.cases[name] ?? [], values);
  const or = (text: string): string => (text.trim() === '' ? none : text);
  switch (section.id) {
    case 'introduction':
    case 'strengths':
      return written(report[section.id], none);
    case 'methodology': {
      const [site = '', people = ''] = s['methodology-columns'];
      const table: ReportBlock[] =
        report.sites.length === 0
          ? []
          : [
              {
                kind: 'table',
                headers: [site, people],
                widths: [35, 65],
                rows: report.sites.map((r) => [{ text: r.site }, { text: r.people }]),
              },
            ];
      return [...written(report.methodology, none), ...table];
    }
    case 'findings':
      return model.findings.flatMap((f) => [
        { kind: 'subheading', text: `${f.criterion} ${f.name}` } as const,
        ...written(f.text, none),
      ]);
    case 'development-points': {
      if (model.points.length === 0) return cases('none');
      const [found = '', full = ''] = s['point-labels'];
      return model.points.flatMap((p): ReportBlock[] => [
        { kind: 'subheading', text: `${p.element} — ${MARK_NAMES[p.mark]} (${p.mark})` },
        { kind: 'paragraph', text: p.statement, tone: 'note' },
        {
          kind: 'facts',
          rows: [
            [found, or(p.found.text)],
            [full, or(p.toMakeFull.text)],
          ],
        },
      ]);
    }
    case 'compliance-plus': {
      if (model.compliancePlus.length === 0) return cases('none');
      const [element = '', justification = ''] = s['compliance-plus-columns'];
      return [
        {
          kind: 'table',
          headers: [element, justification],
          widths: [32, 68],
          rows: model.compliancePlus.map((cp) => [
            { text: cp.element, detail: cp.statement, bold: true },
            { text: or(cp.justification) },
          ]),
        },
      ];
    }
    case 'scores':
      return [scoreTable(model, template)];
    case 'recommendation':
      return recommendation(model, cases, none);
    default:
      return [];
  }
}

/** A criterion's share of elements at Full or better as the reports print it: "76.9%". */
export function shareText(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

function scoreTable(model: ReportModel, template: ReportTemplate): ReportBlock {
  const n = (v: number) => ({ text: String(v), align: 'center' as const });
  return {
    kind: 'table',
    headers: template.settings['score-columns'],
    widths: [20, 12, 11, 12, 8, 8, 12, 12],
    rows: model.score.criteria.map((c) => [
      { text: `${c.criterion} ${c.name}`, bold: true },
      n(c.elements),
      n(c.maxPartial),
      n(c.p),
      n(c.cp),
      n(c.nc),
      { text: shareText(c.fullOrBetterShare), align: 'center' },
      { text: COMPLIES_WORDS[c.status], mark: true, align: 'center' },
    ]),
  };
}

function recommendation(
  model: ReportModel,
  cases: (name: string) => ReportBlock[],
  none: string,
): ReportBlock[] {
  const rec = model.recommendation;
  const list = (items: readonly string[]): ReportBlock[] =>
    items.length === 0 ? [] : [{ kind: 'list', items }];
  const blocks = cases(rec.stated ?? 'no-recommendation');
  if (rec.status === 'overridden') {
    blocks.push(...cases('override'), ...written(rec.decision?.reason ?? '', none));
  } else blocks.push(...list(rec.derived.reasons));
  if (rec.profilesDisagree) blocks.push(...cases('profiles-disagree'), ...list(rec.other.reasons));
  return blocks;
}

/** The sections of a model's report under a template, placeholders filled. */
export function reportSections(
  model: ReportModel,
  template: ReportTemplate,
  values: PlaceholderValues,
): ReportSpecSection[] {
  return template.sections.map((section) => ({
    id: section.id,
    heading: fillPlaceholders(section.heading, values),
    blocks: [...fixed(section.blocks, values), ...content(section, model, template, values)],
  }));
}

/**
 * The assessment report of a stage as a plain spec: the template's sections in its order, each
 * with its fixed wording and the stage's content. Pure; throws `ExportError` for an unknown stage
 * or edition, or a `generatedAt` that is not ISO 8601.
 */
export function buildReportSpec(
  record: AssessmentRecord,
  stageId: StageId | string,
  options: ReportBuildOptions,
): ReportSpec {
  const template = options.template ?? defaultReportTemplate();
  const built = reportModel(record, stageId, options.profile ?? DEFAULT_PROFILE);
  if (!built.ok) throw new ExportError(built.errors.join('; '));
  const model = built.value;
  const generatedText = formatGeneratedAt(options.generatedAt);
  const values = placeholderValues(
    model,
    template,
    generatedText.split(',')[0] ?? generatedText,
    options.certifyingBody?.name,
  );
  const fill = (key: 'title' | 'subtitle' | 'footer'): string =>
    fillPlaceholders(template.settings[key][0] ?? '', values);
  return {
    title: fill('title'),
    subtitle: fill('subtitle'),
    stageLabel: `${model.stageTitle} (stage ${model.stageNumber})`,
    frame: {
      organisation: record.organisation.name,
      reference: record.organisation.reference,
      assessor: model.stage.assessor,
      generator: options.generator ?? 'CSE Fieldbook',
      generatedAt: options.generatedAt,
      generatedText,
      footer: fill('footer'),
      certifyingBodyLines: certifyingBodyLines(options.certifyingBody),
    },
    sections: reportSections(model, template, values),
  };
}
