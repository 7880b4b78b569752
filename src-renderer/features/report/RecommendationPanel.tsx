import type { ReactElement } from 'react';
import type { PlaceholderValues } from '../../../shared/report/placeholder-values';
import { recommendationName } from '../../../shared/report/placeholder-values';
import type { RecommendationView } from '../../../shared/report/recommendation';
import { setDecision } from '../../../shared/report/report-edit';
import type { ReportTemplate } from '../../../shared/report/template';
import type { StageId } from '../../../shared/types/ids';
import { RECOMMENDATIONS } from '../../../shared/types/report';
import { AutoTextArea } from '../../components/AutoTextArea';
import type { EditReport } from './use-report';

interface Props {
  readonly stageId: StageId;
  readonly view: RecommendationView;
  readonly template: ReportTemplate;
  readonly values: PlaceholderValues;
  readonly readOnly: boolean;
  readonly onEdit: EditReport;
}

const STATUS_WORDS = {
  undecided: 'Not confirmed yet.',
  confirmed: 'Confirmed: the report recommends what the marks give.',
  overridden:
    'Your recommendation differs from what the marks give; the report prints your reason.',
} as const;

/**
 * The recommendation the marks give under the chosen rule profile (and the other, when they
 * differ), and the assessor's decision: confirm it, or choose another with a reason.
 */
export function RecommendationPanel({
  stageId,
  view,
  template,
  values,
  readOnly,
  onEdit,
}: Props): ReactElement {
  const name = (r: Parameters<typeof recommendationName>[2]): string =>
    recommendationName(template, values, r);
  const decision = view.decision;
  const needsReason = view.status === 'overridden' && (decision?.reason.trim() ?? '') === '';
  return (
    <div className="rp-recommendation" id="report-recommendation" tabIndex={-1}>
      <p>
        <strong>The marks give:</strong> {name(view.derived.recommendation)}{' '}
        <span className="muted">(rule profile “{view.profile.name}”)</span>
      </p>
      {view.derived.reasons.length > 0 ? (
        <ul className="rp-reasons">
          {view.derived.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      ) : null}
      {view.profilesDisagree ? (
        <div className="rp-disagree" role="note">
          <strong>The rule profiles disagree.</strong> Under “{view.otherProfile.name}” the marks
          give: {name(view.other.recommendation)}.
          <ul className="rp-reasons">
            {view.other.reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <fieldset className="rp-decision" disabled={readOnly}>
        <legend>Your recommendation</legend>
        <p className={`rp-decision-status ${view.status}`} role="status">
          {STATUS_WORDS[view.status]}
        </p>
        {view.derived.recommendation !== null && view.status !== 'confirmed' ? (
          <button
            type="button"
            className="btn primary small"
            onClick={() =>
              onEdit(stageId, (r) =>
                setDecision(r, { decision: view.derived.recommendation!, reason: '' }),
              )
            }
          >
            Confirm “{name(view.derived.recommendation)}”
          </button>
        ) : null}
        <div className="rp-choices">
          {RECOMMENDATIONS.map((choice) => (
            <label key={choice} className="rp-choice">
              <input
                type="radio"
                name={`rp-decision-${stageId}`}
                checked={decision?.decision === choice}
                onChange={() =>
                  onEdit(stageId, (r) =>
                    setDecision(r, { decision: choice, reason: r.recommendation?.reason ?? '' }),
                  )
                }
              />
              {name(choice)}
              {choice === view.derived.recommendation ? (
                <span className="muted"> (what the marks give)</span>
              ) : null}
            </label>
          ))}
        </div>
        {view.status === 'overridden' ? (
          <div className="field">
            <label htmlFor="report-recommendation-reason">Why you recommend otherwise</label>
            <AutoTextArea
              id="report-recommendation-reason"
              rows={2}
              value={decision?.reason ?? ''}
              aria-invalid={needsReason}
              aria-describedby={needsReason ? 'report-reason-needed' : undefined}
              onValue={(reason) =>
                onEdit(stageId, (r) =>
                  r.recommendation ? setDecision(r, { ...r.recommendation, reason }) : r,
                )
              }
            />
            {needsReason ? (
              <span className="problem" id="report-reason-needed">
                A reason is needed when the recommendation differs from the marks.
              </span>
            ) : null}
          </div>
        ) : null}
        {decision ? (
          <button
            type="button"
            className="btn small"
            onClick={() => onEdit(stageId, (r) => setDecision(r, null))}
          >
            Clear my decision
          </button>
        ) : null}
      </fieldset>
    </div>
  );
}
