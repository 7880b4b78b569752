import type { ReactElement } from 'react';
import { findCatalogue } from '../../../shared/catalogue/catalogue';
import { finalMarksGiven } from '../../../shared/records/progress';
import { stageTitle } from '../../../shared/records/select-stage';
import { scoreStage } from '../../../shared/scoring/score-stage';
import type { OrganisationId } from '../../../shared/types/ids';
import type { Stage } from '../../../shared/types/record';
import { STAGE_DATE_FIELDS, STAGE_DATE_NAMES } from '../../../shared/types/record';
import { AutoTextArea } from '../../components/AutoTextArea';
import { VerdictBadge } from '../../components/VerdictBadge';
import { useApp } from '../../state/use-app';
import { KeyDateField } from './KeyDateField';
import { SignOffBar } from '../signoff/SignOffBar';

/** One stage's assessor, key dates and visit days, with a link to its workbook. */
export function StageDetails({
  organisationId,
  stage,
}: {
  readonly organisationId: OrganisationId;
  readonly stage: Stage;
}): ReactElement {
  const editStage = useApp((s) => s.editStage);
  const showDialog = useApp((s) => s.showDialog);
  const catalogue = findCatalogue(stage.catalogueId);
  const verdict = catalogue ? scoreStage(stage, catalogue, 'final').verdict : null;
  const prefix = `stage-${stage.id}`;
  return (
    <section
      className="panel stage-card"
      style={{ marginTop: 14 }}
      aria-labelledby={`${prefix}-title`}
    >
      <header>
        <h2 id={`${prefix}-title`} style={{ fontSize: 16 }}>
          {stageTitle(stage)}
        </h2>
        {verdict ? <VerdictBadge verdict={verdict} /> : null}
        <span className="muted">
          {finalMarksGiven(stage)}/{stage.entries.length} final marks
        </span>
        <span style={{ flex: 1 }} />
        {stage.signOff ? null : (
          <button
            type="button"
            className="btn small"
            aria-describedby={`${prefix}-title`}
            onClick={() => showDialog({ kind: 'remove-stage', stageId: stage.id })}
          >
            Remove stage…
          </button>
        )}
        <a className="btn primary small" href={`#/org/${organisationId}/stage/${stage.id}`}>
          Open workbook
        </a>
      </header>
      <div className="body">
        <SignOffBar stage={stage} />
        <fieldset className="plain dates-grid" disabled={stage.signOff !== undefined}>
          <div className="field">
            <label htmlFor={`${prefix}-assessor`}>Assessor</label>
            <input
              id={`${prefix}-assessor`}
              value={stage.assessor}
              onChange={(e) => editStage(stage.id, { assessor: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${prefix}-days`}>Visit days</label>
            <input
              id={`${prefix}-days`}
              type="number"
              min={0}
              max={365}
              step={0.5}
              value={stage.visitDays ?? ''}
              onChange={(e) => {
                const n = e.target.value === '' ? null : Number(e.target.value);
                if (n === null || (Number.isFinite(n) && n >= 0 && n <= 365))
                  editStage(stage.id, { visitDays: n });
              }}
            />
          </div>
          <div />
          {STAGE_DATE_FIELDS.map((field) => (
            <KeyDateField
              key={field}
              id={`${prefix}-${field}`}
              label={STAGE_DATE_NAMES[field]}
              value={stage.dates[field]}
              onChange={(value) =>
                editStage(stage.id, { dates: { ...stage.dates, [field]: value } })
              }
            />
          ))}
          <div className="field" style={{ gridColumn: '1 / -1' }}>
            <label htmlFor={`${prefix}-notes`}>Stage notes</label>
            <AutoTextArea
              id={`${prefix}-notes`}
              value={stage.notes}
              onValue={(notes) => editStage(stage.id, { notes })}
            />
            <span className="hint">
              Anything about this stage that has no other place; imports put text they could not
              place here.
            </span>
          </div>
        </fieldset>
      </div>
    </section>
  );
}
