import type { Result } from '../types/result';
import { DEFAULT_REPORT_TEMPLATE } from './default-template';
import type { ReportTemplate, TemplateProblem } from './template';
import { formatTemplateProblem, parseReportTemplate } from './template';

let parsedDefault: ReportTemplate | null = null;

/** The default template, read once. Throws only if the shipped default were broken (a test guards it). */
export function defaultReportTemplate(): ReportTemplate {
  if (parsedDefault) return parsedDefault;
  const read = parseReportTemplate(DEFAULT_REPORT_TEMPLATE);
  if (!read.ok) {
    throw new Error(
      `the default report template is invalid: ${read.errors.map(formatTemplateProblem).join('; ')}`,
    );
  }
  parsedDefault = read.value;
  return parsedDefault;
}

/**
 * Reads a certifying body's template; settings it leaves out are the default template's. Every
 * problem comes back with its line (see `parseReportTemplate`).
 */
export function readReportTemplate(text: string): Result<ReportTemplate, TemplateProblem> {
  return parseReportTemplate(text, defaultReportTemplate().settings);
}
