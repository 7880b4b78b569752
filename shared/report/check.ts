import type { RuleProfile } from '../scoring/profiles';
import type { AssessmentRecord } from '../types/record';
import type { PlaceholderValues } from './placeholder-values';
import { placeholderValues, recommendationName } from './placeholder-values';
import type { ReportModel } from './report-model';
import { reportModel } from './report-model';
import type { ReportTemplate, TemplateSection } from './template';
import { fillPlaceholders } from './template';
import type { ReportSectionId } from './template-words';

/**
 * What is still empty in a report, listed before it is exported: each gap names its section
 * (by the template's heading) and a field key the report screen can focus. Nothing here blocks
 * anything by itself; the screen and the export ask the assessor to fill or to export anyway.
 */

export interface ReportGap {
  readonly section: ReportSectionId | 'text';
  /**
   * Which field: `introduction`, `methodology`, `sites`, `strengths`, `finding-<n>`,
   * `point-<element>-found`, `point-<element>-toMakeFull`, `cp-<element>`, `recommendation`,
   * or `facts-<line>` (a table row of the template whose value is empty).
   */
  readonly field: string;
  /** The section's heading in the template's words, e.g. "6 Development points". */
  readonly heading: string;
  /** What is empty, e.g. "1.3.4 — “What the assessor found” is empty." */
  readonly what: string;
  /** Heading and what together, for a list without headings. */
  readonly message: string;
}

/** Words in a text: runs of characters holding at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const empty = (text: string): boolean => text.trim() === '';

function sectionGaps(
  section: TemplateSection,
  model: ReportModel,
  template: ReportTemplate,
  values: PlaceholderValues,
): ReportGap[] {
  const heading = fillPlaceholders(section.heading, values);
  const gap = (field: string, what: string): ReportGap => ({
    section: section.id,
    field,
    heading,
    what,
    message: `${heading}: ${what}`,
  });
  const gaps: ReportGap[] = [];
  for (const block of section.blocks) {
    if (block.kind !== 'facts') continue;
    block.rows.forEach((row, i) => {
      if (empty(fillPlaceholders(row.value, values))) {
        gaps.push(
          gap(`facts-${block.line + i}`, `“${fillPlaceholders(row.label, values)}” is empty.`),
        );
      }
    });
  }
  const report = model.stage.report;
  const [foundLabel, fullLabel] = template.settings['point-labels'];
  switch (section.id) {
    case 'introduction':
    case 'methodology':
    case 'strengths':
      if (empty(report[section.id])) gaps.push(gap(section.id, 'not written yet.'));
      if (section.id === 'methodology') {
        if (report.sites.length === 0) gaps.push(gap('sites', 'no site or people met listed.'));
        report.sites.forEach((row, i) => {
          if (empty(row.site) || empty(row.people)) {
            gaps.push(gap('sites', `row ${i + 1} of the table has an empty cell.`));
          }
        });
      }
      break;
    case 'findings':
      for (const f of model.findings) {
        if (empty(f.text)) {
          gaps.push(
            gap(
              `finding-${f.criterion}`,
              `nothing written under criterion ${f.criterion} ${f.name}.`,
            ),
          );
        }
      }
      break;
    case 'development-points':
      for (const p of model.points) {
        if (empty(p.found.text))
          gaps.push(gap(`point-${p.element}-found`, `${p.element} — “${foundLabel}” is empty.`));
        if (empty(p.toMakeFull.text)) {
          gaps.push(
            gap(`point-${p.element}-toMakeFull`, `${p.element} — “${fullLabel}” is empty.`),
          );
        }
      }
      break;
    case 'compliance-plus':
      for (const cp of model.compliancePlus) {
        if (empty(cp.justification)) {
          gaps.push(
            gap(
              `cp-${cp.element}`,
              `${cp.element} has no Compliance Plus justification (written in the workbook).`,
            ),
          );
        }
      }
      break;
    case 'recommendation':
      gaps.push(
        ...recommendationGaps(model, template, values).map((w) => gap('recommendation', w)),
      );
      break;
    default:
      break;
  }
  return gaps;
}

function recommendationGaps(
  model: ReportModel,
  template: ReportTemplate,
  values: PlaceholderValues,
): string[] {
  const rec = model.recommendation;
  const gaps: string[] = [];
  if (rec.derived.recommendation === null) {
    gaps.push(`the marks give no recommendation yet (${rec.derived.reasons.join(' ')})`);
  }
  const marks = recommendationName(template, values, rec.derived.recommendation);
  if (rec.status === 'undecided') {
    gaps.push(`not confirmed: confirm “${marks}” or choose another with the reason.`);
  } else if (rec.status === 'overridden' && empty(rec.decision?.reason ?? '')) {
    gaps.push(
      `the recommendation differs from what the marks give (“${marks}”) and has no reason: confirm it again or say why.`,
    );
  }
  return gaps;
}

/** Every gap of the report, in the template's order of sections. */
export function reportGaps(
  model: ReportModel,
  template: ReportTemplate,
  values: PlaceholderValues,
): ReportGap[] {
  return template.sections.flatMap((s) => sectionGaps(s, model, template, values));
}

/**
 * The gaps of a stage's report, from the record: what the export runs before it makes the
 * report. A stage the record does not have is one gap saying so.
 */
export function stageReportGaps(
  record: AssessmentRecord,
  stageId: string,
  profile: RuleProfile,
  template: ReportTemplate,
  generated: string,
): ReportGap[] {
  const built = reportModel(record, stageId, profile);
  if (!built.ok) {
    const what = built.errors.join('; ');
    return [{ section: 'key-information', field: 'stage', heading: '', what, message: what }];
  }
  return reportGaps(built.value, template, placeholderValues(built.value, template, generated));
}
