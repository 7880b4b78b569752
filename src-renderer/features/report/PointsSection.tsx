import type { ReactElement } from 'react';
import type { ReportModel } from '../../../shared/report/report-model';
import { setPointText } from '../../../shared/report/report-edit';
import type { TemplateSettings } from '../../../shared/report/template';
import { MARK_NAMES } from '../../../shared/types/marks';
import type { EditReport } from './use-report';
import { PointText } from './PointText';

interface Props {
  readonly model: ReportModel;
  readonly settings: TemplateSettings;
  readonly readOnly: boolean;
  readonly onEdit: EditReport;
  /** Opens the workbook at an element. */
  readonly onOpenElement: (element: string) => void;
}

/** One block per P or NC element: what was found and what would make it full, each live or edited. */
export function PointsSection({
  model,
  settings,
  readOnly,
  onEdit,
  onOpenElement,
}: Props): ReactElement {
  const [foundLabel = '', fullLabel = ''] = settings['point-labels'];
  const stageId = model.stage.id;
  return (
    <div className="rp-points">
      {model.points.length === 0 ? (
        <p className="muted">No element has a final mark of P or NC at this stage.</p>
      ) : null}
      {model.points.map((p) => (
        <article key={p.element} className="rp-point" aria-labelledby={`rp-point-${p.element}`}>
          <h3 id={`rp-point-${p.element}`} className="rp-h3">
            {p.element} — {MARK_NAMES[p.mark]} ({p.mark})
            {p.raisedAtTitle ? <span className="muted"> · raised at {p.raisedAtTitle}</span> : null}
          </h3>
          <p className="rp-statement">
            {p.statement}{' '}
            <button type="button" className="rp-link" onClick={() => onOpenElement(p.element)}>
              Open {p.element} in the workbook
            </button>
          </p>
          <div className="rp-point-texts">
            <PointText
              id={`report-point-${p.element}-found`}
              label={foundLabel}
              text={p.found}
              source="the visit evidence"
              {...(p.visitEvidence.trim() === ''
                ? {}
                : { emptyReason: 'the visit evidence says only “VO” or points to this report' })}
              readOnly={readOnly}
              onText={(text) => onEdit(stageId, (r) => setPointText(r, p.element, 'found', text))}
            />
            <PointText
              id={`report-point-${p.element}-toMakeFull`}
              label={fullLabel}
              text={p.toMakeFull}
              source="the development note"
              readOnly={readOnly}
              onText={(text) =>
                onEdit(stageId, (r) => setPointText(r, p.element, 'toMakeFull', text))
              }
            />
          </div>
        </article>
      ))}
      {model.keptTexts.length > 0 ? (
        <p className="rp-kept">
          Kept, not printed: your wording for{' '}
          {model.keptTexts.map((k) => `${k.element} (now ${k.mark ?? 'unmarked'})`).join(', ')}. It
          returns if the element is marked P or NC again.
        </p>
      ) : null}
    </div>
  );
}
