import type { ReactElement } from 'react';
import type { Catalogue } from '../../../shared/catalogue/catalogue';
import type { SurveillanceReport } from '../../../shared/surveillance/report';
import type { MaybeMark } from '../../../shared/types/marks';

function Mark({ mark }: { readonly mark: MaybeMark }): ReactElement {
  return mark === null ? (
    <span className="muted">—</span>
  ) : (
    <span className={`sv-mark mark-${mark}`}>{mark}</span>
  );
}

interface Props {
  readonly report: SurveillanceReport;
  readonly catalogue: Catalogue;
}

/**
 * Which element scores changed since the cycle's first assessment (`cycleScoreChanges`): the
 * mark the stage started from → its final mark, the DTR mark when that changed too, and where.
 */
export function ChangedMarksTable({ report, catalogue }: Props): ReactElement {
  const changes = report.changedMarks;
  return (
    <section className="panel" aria-labelledby="sv-changed-title" data-testid="changed-marks">
      <header>
        <h2 id="sv-changed-title" className="sv-h2">
          Element scores changed since the {report.firstStageTitle}
        </h2>
        <span className="muted sv-small">{changes.length}</span>
      </header>
      {changes.length === 0 ? (
        <p className="body muted">
          No element score has changed since the {report.firstStageTitle}.
        </p>
      ) : (
        <table className="grid sv-table">
          <thead>
            <tr>
              <th scope="col">Element</th>
              <th scope="col">Change</th>
              <th scope="col">At</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={`${c.element}-${c.stageId}`} data-change={c.element}>
                <th scope="row" className="sv-el">
                  <span className="sv-point-num">{c.element}</span>{' '}
                  <span className="sv-small">{catalogue.byId.get(c.element)?.statement}</span>
                </th>
                <td
                  className="sv-nowrap"
                  aria-label={`${c.from ?? 'unmarked'} to ${c.to ?? 'unmarked'}${c.dtr !== null && c.dtr !== c.from ? `, DTR ${c.dtr}` : ''}`}
                >
                  {c.dtr !== null && c.dtr !== c.from ? (
                    <span className="muted sv-small">DTR {c.dtr} · </span>
                  ) : null}
                  <Mark mark={c.from} />
                  <span className="sv-arrow" aria-hidden="true">
                    →
                  </span>
                  <Mark mark={c.to} />
                </td>
                <td className="sv-nowrap">{c.stageTitle}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
