import type { ReactElement } from 'react';
import { setPointProgress } from '../../../shared/records/surveillance-edit';
import type {
  DevelopmentPoint,
  DevelopmentPointStep,
  StatusSource,
} from '../../../shared/surveillance/development-points';
import type { Stage } from '../../../shared/types/record';
import type { DevelopmentPointStatus } from '../../../shared/types/surveillance';
import {
  DEVELOPMENT_POINT_STATUSES,
  DEVELOPMENT_POINT_STATUS_NAMES,
} from '../../../shared/types/surveillance';
import { AutoTextArea } from '../../components/AutoTextArea';
import { editableStep, recordedProgress } from './points-view';
import type { EditSurveillance } from './use-surveillance-record';

interface Props {
  readonly point: DevelopmentPoint;
  /** The stage in hand, where progress is edited (see `editableStep`). */
  readonly current: Stage | null;
  readonly onEdit: EditSurveillance;
}

const SOURCE_WORDS: Readonly<Record<StatusSource, string>> = {
  assessor: "assessor's status",
  marks: 'from the marks',
  carried: 'carried',
};

/** One development point: what it is, its status at every stage, and progress at this stage. */
export function PointCard({ point, current, onEdit }: Props): ReactElement {
  const editable = editableStep(point, current);
  const id = `sv-pt-${point.id.replace(/[^\w-]/g, '-')}`;
  return (
    <article
      className="sv-point"
      data-point={point.id}
      data-status={point.status}
      data-nc={point.nonCompliance ? 'true' : undefined}
      aria-labelledby={`${id}-title`}
    >
      <div className="sv-point-head">
        <span className="sv-point-num" id={`${id}-title`}>
          {point.element}
        </span>
        <span className={`sv-mark mark-${point.raisedAs}`}>{point.raisedAs}</span>
        {point.nonCompliance ? (
          <span className="sv-badge nc">Non-compliance — blocks the award</span>
        ) : null}
        <span className="sv-point-statement">{point.statement}</span>
        <span className={`sv-badge ${point.status}`}>
          {DEVELOPMENT_POINT_STATUS_NAMES[point.status]}
        </span>
      </div>
      <p className="sv-point-note">
        <span className="muted">Raised at {point.raisedAtTitle}: </span>
        {point.note === '' ? (
          <em className="muted">no development note written yet</em>
        ) : (
          point.note
        )}
      </p>
      <table className="sv-steps">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Mark</th>
            <th scope="col">Status</th>
            <th scope="col">Client&rsquo;s response</th>
            <th scope="col">Assessor&rsquo;s update</th>
          </tr>
        </thead>
        <tbody>
          {point.steps.map((step) =>
            editable && current && step.stageId === editable.stageId ? (
              <EditableStep
                key={step.stageId}
                id={id}
                point={point}
                step={step}
                stage={current}
                onEdit={onEdit}
              />
            ) : (
              <tr key={step.stageId} data-step={step.stageId}>
                <th scope="row">{step.stageTitle}</th>
                <td>
                  <MarkChip step={step} />
                </td>
                <td>
                  <span className={`sv-badge ${step.status}`}>
                    {DEVELOPMENT_POINT_STATUS_NAMES[step.status]}
                  </span>
                  <div className="sv-small muted">{SOURCE_WORDS[step.statusSource]}</div>
                </td>
                <td className="sv-text">
                  {step.clientResponse || <span className="muted">—</span>}
                </td>
                <td className="sv-text">
                  {step.assessorUpdate || <span className="muted">—</span>}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </article>
  );
}

function MarkChip({ step }: { readonly step: DevelopmentPointStep }): ReactElement {
  return step.mark === null ? (
    <span className="muted">—</span>
  ) : (
    <span className={`sv-mark mark-${step.mark}`}>{step.mark}</span>
  );
}

interface EditableProps {
  readonly id: string;
  readonly point: DevelopmentPoint;
  readonly step: DevelopmentPointStep;
  readonly stage: Stage;
  readonly onEdit: EditSurveillance;
}

/** The step of the stage in hand: status, client's response and assessor's update, autosaved. */
function EditableStep({ id, point, step, stage, onEdit }: EditableProps): ReactElement {
  const progress = recordedProgress(stage, point.id);
  const save = (change: {
    status?: DevelopmentPointStatus | null;
    clientResponse?: string;
    assessorUpdate?: string;
  }): void =>
    onEdit(stage.id, (s) => setPointProgress(s, { ...recordedProgress(s, point.id), ...change }));
  const fromMarks = step.statusSource === 'assessor' ? null : step.status;
  return (
    <tr className="sv-step-edit" data-step={step.stageId}>
      <th scope="row">
        {step.stageTitle}
        <div className="sv-small muted">this stage</div>
      </th>
      <td>
        <MarkChip step={step} />
      </td>
      <td>
        <label className="sr-only" htmlFor={`${id}-status`}>
          Status of {point.element} at {step.stageTitle}
        </label>
        <select
          id={`${id}-status`}
          className="input"
          value={progress.status ?? ''}
          onChange={(e) => {
            const value = e.target.value;
            save({
              status: value === '' ? null : (value as DevelopmentPointStatus),
            });
          }}
        >
          <option value="">
            From the marks
            {fromMarks ? ` (${DEVELOPMENT_POINT_STATUS_NAMES[fromMarks].toLowerCase()})` : ''}
          </option>
          {DEVELOPMENT_POINT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {DEVELOPMENT_POINT_STATUS_NAMES[s]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label className="sr-only" htmlFor={`${id}-client`}>
          Client&rsquo;s response on {point.element} before {step.stageTitle}
        </label>
        <AutoTextArea
          id={`${id}-client`}
          className="input sv-area"
          rows={2}
          value={progress.clientResponse}
          onValue={(clientResponse) => save({ clientResponse })}
        />
      </td>
      <td>
        <label className="sr-only" htmlFor={`${id}-update`}>
          Assessor&rsquo;s update on {point.element} after {step.stageTitle}
        </label>
        <AutoTextArea
          id={`${id}-update`}
          className="input sv-area"
          rows={2}
          value={progress.assessorUpdate}
          onValue={(assessorUpdate) => save({ assessorUpdate })}
        />
      </td>
    </tr>
  );
}
