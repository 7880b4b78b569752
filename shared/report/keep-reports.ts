import type { AssessmentRecord } from '../types/record';

/**
 * `incoming` with each stage's report taken from the stage of the same id in `existing`, for
 * imports from layouts that carry no report (the Word record): replacing a stored record with
 * such an import must not wipe reports the assessor wrote. Stages `existing` lacks keep theirs.
 */
export function keepReports(
  incoming: AssessmentRecord,
  existing: AssessmentRecord,
): AssessmentRecord {
  const reports = new Map(existing.stages.map((s) => [s.id, s.report] as const));
  return {
    ...incoming,
    stages: incoming.stages.map((s) => {
      const kept = reports.get(s.id);
      return kept ? { ...s, report: kept } : s;
    }),
  };
}
