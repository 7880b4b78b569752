import type { ReactElement } from 'react';
import type { CategoryAssessment } from '../../../shared/surveillance/category';
import type { Stage } from '../../../shared/types/record';
import type { SurveillanceCategory } from '../../../shared/types/surveillance';
import {
  SURVEILLANCE_CATEGORIES,
  SURVEILLANCE_CATEGORY_NAMES,
} from '../../../shared/types/surveillance';
import { setCategoryDecision } from '../../../shared/records/surveillance-edit';
import { AutoTextArea } from '../../components/AutoTextArea';
import { useToday } from '../../state/use-deps';
import { IsoDateField } from './IsoDateField';
import { SignificantChanges } from './SignificantChanges';
import { decideCategory, setDecisionDate, setDecisionReason } from './surveillance-changes';
import type { EditSurveillance } from './use-surveillance-record';

interface Props {
  readonly stage: Stage;
  readonly assessment: CategoryAssessment;
  /** Open on first show (the latest stage). */
  readonly open: boolean;
  readonly onEdit: EditSurveillance;
}

/**
 * The category after one stage: the default heuristic's suggestion with its reasons, the
 * assessor's decision with a written reason (which wins), and the significant changes that
 * feed the suggestion.
 */
export function CategoryCard({ stage, assessment, open, onEdit }: Props): ReactElement {
  const today = useToday();
  const { suggestion, decision } = assessment;
  const prefix = `sv-cat-${stage.id}`;
  const choose = (value: SurveillanceCategory | 'undecided'): void => {
    if (value !== 'undecided') {
      onEdit(stage.id, (s) => decideCategory(s, value, today));
      return;
    }
    const reason = decision?.reason.trim() ?? '';
    if (
      reason !== '' &&
      !window.confirm(`Withdraw the decision? Its written reason will be removed:\n\n“${reason}”`)
    )
      return;
    onEdit(stage.id, (s) => setCategoryDecision(s, null));
  };
  return (
    <details className="panel sv-cat-card" open={open} data-testid={`category-${stage.id}`}>
      <summary>
        <span className="sv-h3">After {assessment.stageTitle}</span>
        <span className={`sv-badge ${assessment.category}`} data-testid="applied-category">
          {SURVEILLANCE_CATEGORY_NAMES[assessment.category]}
        </span>
        <span className="muted sv-small">
          {assessment.source === 'assessor'
            ? assessment.overridesSuggestion
              ? `assessor's decision, overriding the suggested ${SURVEILLANCE_CATEGORY_NAMES[suggestion.category]}`
              : "assessor's decision, as suggested"
            : 'suggested — not decided yet'}
        </span>
      </summary>
      <div className="body sv-cat-body">
        <section className="sv-suggestion" aria-label={`Suggestion after ${assessment.stageTitle}`}>
          <h4 className="sv-h4">
            Suggested{' '}
            <span className={`sv-badge ${suggestion.category}`} data-testid="suggested-category">
              {SURVEILLANCE_CATEGORY_NAMES[suggestion.category]}
            </span>
          </h4>
          <p className="sv-heuristic">{suggestion.label}.</p>
          <ul className="reasons" data-testid="suggestion-reasons">
            {suggestion.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
        <fieldset className="sv-decision">
          <legend className="sv-h4">Assessor&rsquo;s decision</legend>
          <div className="sv-radios">
            {SURVEILLANCE_CATEGORIES.map((c) => (
              <label key={c} className="check">
                <input
                  type="radio"
                  name={`${prefix}-choice`}
                  checked={decision?.category === c}
                  onChange={() => choose(c)}
                />
                {SURVEILLANCE_CATEGORY_NAMES[c]}
              </label>
            ))}
            <label className="check">
              <input
                type="radio"
                name={`${prefix}-choice`}
                checked={decision === null}
                onChange={() => choose('undecided')}
              />
              Not decided yet
            </label>
          </div>
          <div className="field">
            <label htmlFor={`${prefix}-reason`}>Reason</label>
            <AutoTextArea
              id={`${prefix}-reason`}
              rows={2}
              disabled={decision === null}
              placeholder={decision === null ? 'Pick High or Low first' : 'Why, in your words'}
              value={decision?.reason ?? ''}
              onValue={(reason) => onEdit(stage.id, (s) => setDecisionReason(s, reason))}
            />
            {decision !== null && decision.reason.trim() === '' ? (
              <span className="problem">A decision needs a written reason.</span>
            ) : null}
          </div>
          <IsoDateField
            id={`${prefix}-on`}
            label="Decided on"
            disabled={decision === null}
            value={decision?.decidedOn ?? null}
            onChange={(date) => onEdit(stage.id, (s) => setDecisionDate(s, date))}
          />
        </fieldset>
        <SignificantChanges stage={stage} onEdit={onEdit} />
      </div>
    </details>
  );
}
