import { contactsText, signOffText } from '../export/record-header';
import { VERDICT_NAMES } from '../scoring/score-types';
import { formatKeyDate } from '../types/dates';
import type { Recommendation } from '../types/report';
import { RECOMMENDATIONS } from '../types/report';
import { STAGE_KINDS } from '../types/record';
import type { ReportModel } from './report-model';
import type { ReportTemplate } from './template';
import { fillPlaceholders } from './template';
import type { PlaceholderName } from './template-words';

/** The value of every placeholder for one report (template-words.ts says what each means). */
export type PlaceholderValues = Readonly<Record<PlaceholderName, string>>;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The template's name of a recommendation (null: none yet). */
export function recommendationName(
  template: ReportTemplate,
  values: PlaceholderValues,
  recommendation: Recommendation | null,
): string {
  const names = template.settings['recommendation-names'];
  const index = recommendation === null ? 3 : RECOMMENDATIONS.indexOf(recommendation);
  return fillPlaceholders(names[index] ?? '', values);
}

/**
 * The placeholders' values for `model`'s report: record facts as the record writes them, the
 * certifying body's settings, and `generated` (the day the report is made, passed in).
 * `certifyingBodyName` is the name in the assessor's settings (the one the page footers print):
 * when set it is `{{certifying-body}}`, so that the report never names two bodies; else the
 * template's setting `certifying-body` is.
 */
export function placeholderValues(
  model: ReportModel,
  template: ReportTemplate,
  generated: string,
  certifyingBodyName = '',
): PlaceholderValues {
  const { record, stage, score, recommendation: rec } = model;
  const org = record.organisation;
  const award = template.settings.award[STAGE_KINDS.indexOf(stage.kind)] ?? '';
  const base: Record<PlaceholderName, string> = {
    organisation: org.name,
    reference: org.reference,
    'units-in-scope': org.unitsInScope,
    contacts: contactsText(org),
    stage: model.stageTitle,
    'stage-lower': lowerFirst(model.stageTitle),
    cycle: String(stage.cycle),
    assessor: stage.assessor,
    'desk-top-review-date': formatKeyDate(stage.dates.deskTopReview),
    'visit-dates': formatKeyDate(stage.dates.visit),
    'visit-days': stage.visitDays === null ? '' : String(stage.visitDays),
    'analysis-sent-date': formatKeyDate(stage.dates.analysisSentToCertifyingBody),
    'certifying-body': certifyingBodyName.trim() || (template.settings['certifying-body'][0] ?? ''),
    award,
    generated,
    'sign-off': signOffText(stage),
    profile: model.profile.name,
    'other-profile': rec.otherProfile.name,
    verdict: VERDICT_NAMES[score.verdict],
    'development-point-count': String(model.points.length),
    'compliance-plus-count': String(model.compliancePlus.length),
    'marks-recommendation': '',
    'other-recommendation': '',
  };
  return {
    ...base,
    'marks-recommendation': recommendationName(template, base, rec.derived.recommendation),
    'other-recommendation': recommendationName(template, base, rec.other.recommendation),
  };
}
