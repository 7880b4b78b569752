import { z } from 'zod';
import type { Catalogue } from '../catalogue/catalogue';
import type { CriterionNumber, ElementId } from '../types/ids';
import type { StageReport } from '../types/report';
import { RECOMMENDATIONS, emptyStageReport } from '../types/report';
import type { ExchangeError } from './errors';
import { jsonPath } from './errors';
import { EXCHANGE_LIMITS as L } from './limits';

/**
 * The `report` object of a version-5 stage: what the assessor wrote for the stage's assessment
 * report (docs/exchange-format.md). Every field has a default, so `{}` is "nothing written".
 * Nothing computed is in it: key information, pre-fills, scores and the recommendation the
 * marks give are built from the record (shared/report/).
 */

const longText = z.string().max(L.maxTextLength);
const LIST_MAX = 500;

const siteRow = z.strictObject({
  site: longText.default(''),
  people: longText.default(''),
});

const finding = z.strictObject({
  criterion: z.number().int().min(1).max(99),
  text: longText.default(''),
});

const pointText = z.strictObject({
  element: z.string().max(16),
  found: longText.nullable().default(null),
  toMakeFull: longText.nullable().default(null),
});

const decision = z.strictObject({
  decision: z.enum(RECOMMENDATIONS, {
    error: 'one of "recommend", "recommend-subject-to" or "do-not-recommend"',
  }),
  reason: longText.default(''),
});

/** A stage's report in version 5. */
export const reportV5 = z.strictObject({
  introduction: longText.default(''),
  methodology: longText.default(''),
  sites: z.array(siteRow).max(LIST_MAX).default([]),
  strengths: longText.default(''),
  findings: z.array(finding).max(99).default([]),
  developmentPoints: z.array(pointText).max(LIST_MAX).default([]),
  recommendation: decision.nullable().default(null),
});

export type ExchangeV5Report = z.output<typeof reportV5>;

/** The report a stage without one reads as: nothing written (a fresh object each call). */
export function emptyReportV5(): ExchangeV5Report {
  return reportToV5(emptyStageReport());
}

/** The checked version-5 report as the domain holds it. */
export function reportFromV5(report: ExchangeV5Report): StageReport {
  return {
    introduction: report.introduction,
    methodology: report.methodology,
    sites: report.sites.map((r) => ({ ...r })),
    strengths: report.strengths,
    findings: report.findings.map((f) => ({ ...f, criterion: f.criterion as CriterionNumber })),
    developmentPoints: report.developmentPoints.map((p) => ({
      ...p,
      element: p.element as ElementId,
    })),
    recommendation: report.recommendation === null ? null : { ...report.recommendation },
  };
}

/** The version-5 shape of a report; the inverse of `reportFromV5`. */
export function reportToV5(report: StageReport): ExchangeV5Report {
  return {
    introduction: report.introduction,
    methodology: report.methodology,
    sites: report.sites.map((r) => ({ ...r })),
    strengths: report.strengths,
    findings: report.findings.map((f) => ({ ...f })),
    developmentPoints: report.developmentPoints.map((p) => ({ ...p })),
    recommendation: report.recommendation === null ? null : { ...report.recommendation },
  };
}

/**
 * What the schema cannot say about `stages[s].report`: development points name elements of the
 * stage's edition, findings name its criteria, and each appears once.
 */
export function checkReport(
  report: ExchangeV5Report,
  s: number,
  catalogue: Catalogue,
): ExchangeError[] {
  const at = (...rest: PropertyKey[]): string => jsonPath(['stages', s, 'report', ...rest]);
  const errors: ExchangeError[] = [];
  const seenPoints = new Map<string, number>();
  report.developmentPoints.forEach((p, i) => {
    const first = seenPoints.get(p.element);
    if (!catalogue.byId.has(p.element as ElementId)) {
      errors.push({
        path: at('developmentPoints', i, 'element'),
        problem: `unknown element "${p.element}"`,
        expected: `an element number of ${catalogue.id}`,
      });
    } else if (first !== undefined) {
      errors.push({
        path: at('developmentPoints', i, 'element'),
        problem: `element ${p.element} again (also at ${at('developmentPoints', first)})`,
        expected: 'each element once per report',
      });
    } else seenPoints.set(p.element, i);
  });
  const numbers = catalogue.criteria.map((c) => c.number as number);
  const seenCriteria = new Map<number, number>();
  report.findings.forEach((f, i) => {
    const first = seenCriteria.get(f.criterion);
    if (!numbers.includes(f.criterion)) {
      errors.push({
        path: at('findings', i, 'criterion'),
        problem: `no criterion ${f.criterion} in ${catalogue.id}`,
        expected: `a criterion number from ${numbers[0] ?? 1} to ${numbers[numbers.length - 1] ?? 1}`,
      });
    } else if (first !== undefined) {
      errors.push({
        path: at('findings', i, 'criterion'),
        problem: `criterion ${f.criterion} again (also at ${at('findings', first)})`,
        expected: 'each criterion once per report',
      });
    } else seenCriteria.set(f.criterion, i);
  });
  return errors;
}
