import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { recommendationView } from '../../shared/report/recommendation';
import { CERTIFYING_BODY_TABLE, STRICT_80 } from '../../shared/scoring/profiles';
import type { AssessmentRecord, Stage } from '../../shared/types/record';
import { sampleRecord } from '../export/support';
import { boltonRecord, withEntry, withStage } from './support';

/**
 * The recommendation follows the verdict on the final marks under each rule profile and says
 * when the two profiles disagree. The sample's initial assessment is the case the profiles
 * read differently: criterion 4 has exactly 3 partials (4.2.3, 4.3.1, 4.3.5), no NC.
 */

const IA = 'stage-ia-2015';

function stageOf(record: AssessmentRecord, id = IA): Stage {
  return record.stages.find((s) => s.id === id)!;
}

function views(record: AssessmentRecord, id = IA) {
  const stage = stageOf(record, id);
  return {
    table: recommendationView(stage, DEFAULT_CATALOGUE, CERTIFYING_BODY_TABLE),
    strict: recommendationView(stage, DEFAULT_CATALOGUE, STRICT_80),
  };
}

describe('the recommendation under both rule profiles', () => {
  it('criterion 4 at 3 partials: "subject to" under the table, "do not" under strict 80%, and says so', () => {
    const { table, strict } = views(sampleRecord());
    expect(table.derived.recommendation).toBe('recommend-subject-to');
    expect(table.derived.reasons).toEqual([
      'the certifying body accepting the reading of the 80% rule in "Certifying-body table", since under "Strict 80%" the standard would not be achieved',
    ]);
    expect(strict.derived.recommendation).toBe('do-not-recommend');
    expect(strict.derived.reasons.join(' ')).toMatch(
      /Criterion 4: 3 partial compliances \(4\.2\.3, 4\.3\.1 and 4\.3\.5\)/,
    );
    expect(table.profilesDisagree).toBe(true);
    expect(strict.profilesDisagree).toBe(true);
    expect(table.other.recommendation).toBe('do-not-recommend');
    expect(strict.other.recommendation).toBe('recommend-subject-to');
  });

  it('criterion 4 down to 2 partials: both recommend, and agree', () => {
    const record = withEntry(sampleRecord(), IA, '4.3.5', { finalMark: 'F' });
    const { table, strict } = views(record);
    expect(table.derived.recommendation).toBe('recommend');
    expect(strict.derived.recommendation).toBe('recommend');
    expect(table.profilesDisagree).toBe(false);
    expect(table.derived.reasons[0]).toMatch(/^All 57 elements have a visit \(final\) mark/);
  });

  it('any non-compliance: do not recommend under both, with the element', () => {
    const record = withEntry(sampleRecord(), IA, '2.1.5', { finalMark: 'NC' });
    const { table, strict } = views(record);
    for (const view of [table, strict]) {
      expect(view.derived.recommendation).toBe('do-not-recommend');
      expect(view.derived.reasons.join(' ')).toContain('2.1.5');
    }
    expect(table.profilesDisagree).toBe(false);
  });

  it('a Compliance Plus without its justification: subject to writing it', () => {
    let record = withEntry(sampleRecord(), IA, '4.3.5', { finalMark: 'F' });
    record = withEntry(record, IA, '1.2.2', { cpJustification: '  ' });
    const { table, strict } = views(record);
    for (const view of [table, strict]) {
      expect(view.derived.recommendation).toBe('recommend-subject-to');
      expect(view.derived.reasons).toEqual([
        'a Compliance Plus justification for 1.2.2, without which its Compliance Plus cannot stand',
      ]);
    }
  });

  it('unmarked elements (the real Bolton record reads 51 of 57): no recommendation yet, under both', () => {
    const { table, strict } = views(boltonRecord(), 'stage-bolton-ia');
    for (const view of [table, strict]) {
      expect(view.derived.recommendation).toBeNull();
      expect(view.derived.reasons[0]).toMatch(
        /^\d+ elements of 57 have no visit \(final\) mark yet\./,
      );
      expect(view.stated).toBeNull();
    }
  });
});

describe("the assessor's decision", () => {
  it('confirms, overrides, and a confirmation the marks later contradict reads as an override', () => {
    const base = withEntry(sampleRecord(), IA, '4.3.5', { finalMark: 'F' });
    const decide = (
      record: AssessmentRecord,
      decision: 'recommend' | 'do-not-recommend',
      reason = '',
    ) =>
      withStage(record, IA, (s) => ({
        ...s,
        report: { ...s.report, recommendation: { decision, reason } },
      }));
    expect(views(base).table.status).toBe('undecided');
    expect(views(base).table.stated).toBe('recommend');

    const confirmed = decide(base, 'recommend');
    expect(views(confirmed).table).toMatchObject({ status: 'confirmed', stated: 'recommend' });

    const overridden = decide(base, 'do-not-recommend', 'Complaints data could not be verified.');
    expect(views(overridden).table).toMatchObject({
      status: 'overridden',
      stated: 'do-not-recommend',
      decision: { reason: 'Complaints data could not be verified.' },
    });

    // The marks change after the confirmation: it no longer matches, so it must be looked at again.
    const stale = withEntry(confirmed, IA, '4.3.5', { finalMark: 'P' });
    expect(views(stale).table).toMatchObject({ status: 'overridden', stated: 'recommend' });
    expect(views(stale).table.derived.recommendation).toBe('recommend-subject-to');
  });
});
