// The one table of PDF reports (shared/export/pdf/pdf-reports.ts) builds what each report's own
// builder builds, for one stage or for the whole record.
import { describe, expect, it } from 'vitest';
import { buildRecordReport } from '../../shared/export/pdf/build-record-report';
import { buildSummaryReport } from '../../shared/export/pdf/build-summary-report';
import { buildWholeRecordReport } from '../../shared/export/pdf/build-whole-record';
import {
  PDF_REPORTS,
  PDF_REPORT_KINDS,
  isPdfReportKind,
} from '../../shared/export/pdf/pdf-reports';
import { DEFAULT_PROFILE } from '../../shared/scoring/profiles';
import type { IsoDate } from '../../shared/types/dates';
import { GENERATED_AT, INITIAL, sampleRecord } from './support';

const OPTIONS = {
  generatedAt: GENERATED_AT,
  profile: DEFAULT_PROFILE,
  today: '2025-05-01' as IsoDate,
  certifyingBody: null,
};

describe('PDF_REPORTS', () => {
  it('names every report once, and nothing else', () => {
    expect(Object.keys(PDF_REPORTS).sort()).toEqual([...PDF_REPORT_KINDS].sort());
    expect(PDF_REPORT_KINDS.every(isPdfReportKind)).toBe(true);
    for (const word of ['', 'pdf-record', 'xlsx', 'Record', 'toString']) {
      expect(isPdfReportKind(word)).toBe(false);
    }
  });

  it('builds what the report builders build', () => {
    expect(PDF_REPORTS.record.build).toBe(buildRecordReport);
    expect(PDF_REPORTS.summary.build).toBe(buildSummaryReport);
    const record = sampleRecord();
    // Definitions hold functions (page headers and footers): compare what they print.
    const json = (value: unknown): string => JSON.stringify(value);
    expect(json(PDF_REPORTS['whole-record'].build(record, INITIAL, OPTIONS))).toBe(
      json(buildWholeRecordReport(record, OPTIONS)),
    );
  });

  it('says which reports cover the whole record', () => {
    const wholeRecord = PDF_REPORT_KINDS.filter((k) => PDF_REPORTS[k].covers === 'record');
    expect(wholeRecord).toEqual(['whole-record']);
  });
});
