import type { ReactElement } from 'react';
import { setSignificantChanges } from '../../../shared/records/surveillance-edit';
import type { Stage } from '../../../shared/types/record';
import type { SignificantChange, SignificantChangeKind } from '../../../shared/types/surveillance';
import {
  SIGNIFICANT_CHANGE_KINDS,
  SIGNIFICANT_CHANGE_NAMES,
} from '../../../shared/types/surveillance';
import { AutoTextArea } from '../../components/AutoTextArea';
import { IsoDateField } from './IsoDateField';
import { insertAt, removeAt, replaceAt } from './list-edit';
import type { EditSurveillance } from './use-surveillance-record';

interface Props {
  readonly stage: Stage;
  readonly onEdit: EditSurveillance;
}

/**
 * The significant changes learned of at a stage (scope, merger, restructure, other). The
 * default heuristic suggests High after a stage that records any; the assessor decides.
 */
export function SignificantChanges({ stage, onEdit }: Props): ReactElement {
  const changes = stage.surveillance.significantChanges;
  const prefix = `sv-chg-${stage.id}`;
  const save = (change: (list: readonly SignificantChange[]) => SignificantChange[]): void =>
    onEdit(stage.id, (s) => setSignificantChanges(s, change(s.surveillance.significantChanges)));
  return (
    <div className="sv-changes" data-testid={`changes-${stage.id}`}>
      <h4 className="sv-h4">Significant changes recorded at this stage</h4>
      {changes.length === 0 ? (
        <p className="muted sv-small">None recorded.</p>
      ) : (
        changes.map((change, i) => (
          <div key={i} className="sv-change-row" data-change={i}>
            <div className="field">
              <label htmlFor={`${prefix}-${i}-kind`}>Kind</label>
              <select
                id={`${prefix}-${i}-kind`}
                value={change.kind}
                onChange={(e) => {
                  const kind = e.target.value as SignificantChangeKind;
                  save((list) => replaceAt(list, i, { ...(list[i] ?? change), kind }));
                }}
              >
                {SIGNIFICANT_CHANGE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {SIGNIFICANT_CHANGE_NAMES[k]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${prefix}-${i}-text`}>What changed</label>
              <AutoTextArea
                id={`${prefix}-${i}-text`}
                rows={1}
                value={change.description}
                onValue={(description) =>
                  save((list) => replaceAt(list, i, { ...(list[i] ?? change), description }))
                }
              />
            </div>
            <IsoDateField
              id={`${prefix}-${i}-date`}
              label="Took effect on"
              placeholder="if known"
              value={change.date}
              onChange={(date) =>
                save((list) => replaceAt(list, i, { ...(list[i] ?? change), date }))
              }
            />
            <button
              type="button"
              className="btn small danger sv-remove"
              aria-label={`Remove significant change ${i + 1}`}
              onClick={() => save((list) => removeAt(list, i))}
            >
              Remove
            </button>
          </div>
        ))
      )}
      <button
        type="button"
        className="btn small"
        onClick={() =>
          save((list) =>
            insertAt(list, list.length, { kind: 'scope', description: '', date: null }),
          )
        }
      >
        Add a significant change
      </button>
    </div>
  );
}
