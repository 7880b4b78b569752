import type { ReactElement } from 'react';
import { setWhatHasChanged } from '../../../shared/records/surveillance-edit';
import type { SurveillanceReport } from '../../../shared/surveillance/report';
import type { Stage } from '../../../shared/types/record';
import { AutoTextArea } from '../../components/AutoTextArea';
import type { EditSurveillance } from './use-surveillance-record';

interface Props {
  readonly report: SurveillanceReport;
  readonly stage: Stage;
  readonly onEdit: EditSurveillance;
}

/** "What has changed since the first assessment" under each criterion, as the assessor writes it. */
export function WhatHasChanged({ report, stage, onEdit }: Props): ReactElement {
  return (
    <section className="panel sv-report-block" aria-labelledby="sv-what-title">
      <header>
        <h2 id="sv-what-title" className="sv-h2">
          What has changed since the {report.firstStageTitle}
        </h2>
      </header>
      <div className="body sv-what">
        {report.whatHasChanged.map((row) => {
          const id = `sv-what-${row.criterion}`;
          const changed = report.changedMarks.filter(
            (c) => c.criterion === row.criterion && c.stageId === stage.id,
          ).length;
          return (
            <div key={row.criterion} className="field sv-what-row">
              <label htmlFor={id}>
                Criterion {row.criterion} — {row.name}
              </label>
              <AutoTextArea
                id={id}
                rows={2}
                value={row.text}
                placeholder={`Changes since the ${report.firstStageTitle} under criterion ${row.criterion}`}
                onValue={(text) =>
                  onEdit(stage.id, (s) => setWhatHasChanged(s, row.criterion, text))
                }
              />
              {changed > 0 ? (
                <span className="hint">
                  {changed} element mark{changed === 1 ? '' : 's'} of this criterion changed at{' '}
                  {report.stageTitle}.
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}
