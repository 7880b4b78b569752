import type { ReactElement } from 'react';
import type { SurveillanceReport } from '../../../shared/surveillance/report';
import type { OrganisationId } from '../../../shared/types/ids';
import { DEVELOPMENT_POINT_STATUS_NAMES } from '../../../shared/types/surveillance';

interface Props {
  readonly organisationId: OrganisationId;
  readonly report: SurveillanceReport;
}

/** Progress against each development point carried at the stage, as recorded there. */
export function ReportPoints({ organisationId, report }: Props): ReactElement {
  return (
    <section
      className="panel sv-report-block"
      aria-labelledby="sv-rp-title"
      data-testid="report-points"
    >
      <header>
        <h2 id="sv-rp-title" className="sv-h2">
          Progress against the development points
        </h2>
        <span className="spacer" />
        <a className="btn small" href={`#/org/${organisationId}/points`}>
          Edit progress
        </a>
      </header>
      {report.developmentPoints.length === 0 ? (
        <p className="body muted">No development point was carried at {report.stageTitle}.</p>
      ) : (
        <table className="grid sv-table">
          <thead>
            <tr>
              <th scope="col">Development point</th>
              <th scope="col">Status</th>
              <th scope="col">Client&rsquo;s response</th>
              <th scope="col">Assessor&rsquo;s update</th>
            </tr>
          </thead>
          <tbody>
            {report.developmentPoints.map((p) => {
              const step = p.steps.find((s) => s.stageId === report.stageId);
              return (
                <tr key={p.id} data-point={p.id}>
                  <th scope="row" className="sv-el">
                    <span className="sv-point-num">{p.element}</span>{' '}
                    <span className={`sv-mark mark-${p.raisedAs}`}>{p.raisedAs}</span>
                    <div className="sv-small">{p.note || p.statement}</div>
                  </th>
                  <td>
                    {step ? (
                      <span className={`sv-badge ${step.status}`}>
                        {DEVELOPMENT_POINT_STATUS_NAMES[step.status]}
                      </span>
                    ) : null}
                  </td>
                  <td className="sv-text">
                    {step?.clientResponse || <span className="muted">—</span>}
                  </td>
                  <td className="sv-text">
                    {step?.assessorUpdate || <span className="muted">—</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
