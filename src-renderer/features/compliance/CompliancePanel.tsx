import { Fragment, memo, useMemo } from 'react';
import type { ReactElement } from 'react';
import type { Catalogue } from '../../../shared/catalogue/catalogue';
import type { RuleProfile } from '../../../shared/scoring/profiles';
import { RULE_PROFILES, findProfile } from '../../../shared/scoring/profiles';
import { scoreStageBoth } from '../../../shared/scoring/score-stage';
import type { CriterionScore, StageScore } from '../../../shared/scoring/score-types';
import { VERDICT_NAMES } from '../../../shared/scoring/score-types';
import type { Stage } from '../../../shared/types/record';
import { VerdictBadge } from '../../components/VerdictBadge';
import { ComplianceChart } from './ComplianceChart';

interface Props {
  readonly stage: Stage;
  readonly catalogue: Catalogue;
  readonly profile: RuleProfile;
  readonly onProfile: (id: RuleProfile['id']) => void;
}

/** What scoring reads from a stage: marks and whether justification/notes are written. */
function scoringKey(stage: Stage): string {
  return stage.entries
    .map(
      (e) =>
        `${e.dtrMark ?? '-'}${e.finalMark ?? '-'}${e.cpJustification.trim() ? 1 : 0}${e.developmentNote.trim() ? 1 : 0}`,
    )
    .join('');
}

/**
 * The panel re-renders only when something scoring reads has changed: typing evidence hands it
 * a new `stage` on every keystroke, and its tables, verdicts and chart would be reconciled again
 * for nothing, on the keystroke's path to the disk.
 */
function sameScoring(a: Props, b: Props): boolean {
  return (
    a.catalogue === b.catalogue &&
    a.profile === b.profile &&
    a.onProfile === b.onProfile &&
    (a.stage === b.stage ||
      (a.stage.id === b.stage.id && scoringKey(a.stage) === scoringKey(b.stage)))
  );
}

/** Live compliance: DTR and final side by side per criterion, the verdict and its reasons. */
export const CompliancePanel = memo(function CompliancePanel({
  stage,
  catalogue,
  profile,
  onProfile,
}: Props): ReactElement {
  const key = scoringKey(stage);
  // Recompute only when something scoring reads has changed, not on every keystroke of evidence.
  const scores = useMemo(
    () => scoreStageBoth(stage, catalogue, profile),
    [key, catalogue, profile],
  );
  const { dtr, final } = scores;
  return (
    <aside className="compliance panel" aria-labelledby="compliance-title">
      <header>
        <h2 id="compliance-title" style={{ fontSize: 15 }}>
          Compliance
        </h2>
        <span className="spacer" style={{ flex: 1 }} />
        <label className="sr-only" htmlFor="profile-select">
          Rule profile
        </label>
        <select
          id="profile-select"
          className="profile-select input"
          style={{ width: 'auto' }}
          value={profile.id}
          onChange={(e) => onProfile(findProfile(e.target.value)?.id ?? profile.id)}
        >
          {RULE_PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </header>
      <div className="body">
        <table aria-label="Compliance per criterion, desk-top review and final">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Marks</th>
              <th scope="col">CP</th>
              <th scope="col">F</th>
              <th scope="col">P / max</th>
              <th scope="col">NC</th>
              <th scope="col">Complies</th>
            </tr>
          </thead>
          <tbody>
            {final.criteria.map((f, i) => {
              const d = dtr.criteria[i] as CriterionScore;
              return (
                <Fragment key={f.criterion}>
                  <tr className="dtr-row" data-criterion-dtr={f.criterion}>
                    <th scope="row" rowSpan={2} title={f.name}>
                      {f.criterion}
                    </th>
                    <td className="set">DTR</td>
                    <td>{d.cp}</td>
                    <td>{d.f}</td>
                    <td>
                      {d.p}/{d.maxPartial}
                    </td>
                    <td>{d.nc}</td>
                    <td>
                      <Status c={d} />
                    </td>
                  </tr>
                  <tr className="final-row" data-criterion={f.criterion}>
                    <td className="set">Final</td>
                    <td>{f.cp}</td>
                    <td>{f.f}</td>
                    <td>
                      {f.p}/{f.maxPartial}
                    </td>
                    <td>{f.nc}</td>
                    <td data-final-status={f.status}>
                      <Status c={f} />
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
        <VerdictBlock title="Final verdict" score={final} testId="final-verdict" />
        <VerdictBlock title="DTR verdict" score={dtr} testId="dtr-verdict" compact />
        <h3 style={{ fontSize: 13, marginTop: 14 }}>Final marks by criterion</h3>
        <ComplianceChart criteria={final.criteria} />
      </div>
    </aside>
  );
}, sameScoring);

function Status({ c }: { readonly c: CriterionScore }): ReactElement {
  if (c.status === 'complies')
    return (
      <span className="ok" aria-label="complies">
        ✓
      </span>
    );
  if (c.status === 'fails')
    return (
      <span className="bad" aria-label="does not comply">
        ✗
      </span>
    );
  return (
    <span className="open" aria-label={`${c.unscored} unmarked`}>
      {c.unscored}?
    </span>
  );
}

interface VerdictProps {
  readonly title: string;
  readonly score: StageScore;
  readonly testId: string;
  readonly compact?: boolean;
}

function VerdictBlock({ title, score, testId, compact }: VerdictProps): ReactElement {
  const other = findProfile(score.otherProfile);
  const takes = score.criteria.flatMap((c) =>
    c.whatItWouldTake ? [c.whatItWouldTake.sentence] : [],
  );
  return (
    <section aria-label={title} data-testid={testId} aria-live="polite">
      <div className="verdict">
        <span>{title}:</span> <VerdictBadge verdict={score.verdict} />
      </div>
      {score.profilesDisagree ? (
        <p className="disagree">
          Under “{other?.name}” this would be{' '}
          <strong>{VERDICT_NAMES[score.otherProfileVerdict].toLowerCase()}</strong>. The printed
          table and a strict 80% disagree here; the assessor decides.
        </p>
      ) : null}
      {compact ? null : (
        <>
          <ul className="reasons">
            {score.reasons
              .filter((r) => !r.startsWith('The rule profiles disagree'))
              .map((r) => (
                <li key={r}>{r}</li>
              ))}
          </ul>
          {takes.length > 0 ? (
            <>
              <h3 style={{ fontSize: 13, marginTop: 10 }}>What it would take</h3>
              <ul className="reasons">
                {takes.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </>
          ) : null}
          {score.warnings.length > 0 ? (
            <ul className="reasons warnings" aria-label="Warnings">
              {score.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
