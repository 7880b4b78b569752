import type { ReactElement } from 'react';
import type { SurveillanceReport } from '../../../shared/surveillance/report';

/** The report's scoring table per criterion, with the rules printed under it. */
export function ScoringTable({ report }: { readonly report: SurveillanceReport }): ReactElement {
  return (
    <section className="panel" aria-labelledby="sv-scoring-title" data-testid="scoring-table">
      <header>
        <h2 id="sv-scoring-title" className="sv-h2">
          Scoring
        </h2>
        <span className="muted sv-small">final marks at {report.stageTitle}</span>
      </header>
      <table className="grid sv-table sv-numbers">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Elements</th>
            <th scope="col">Maximum partials</th>
            <th scope="col">Actual partials</th>
            <th scope="col">Actual CP</th>
            <th scope="col">Actual NC</th>
          </tr>
        </thead>
        <tbody>
          {report.scoring.map((row) => (
            <tr key={row.criterion} data-criterion={row.criterion}>
              <th scope="row">
                {row.criterion}. {row.name}
                {row.unmarked > 0 ? (
                  <div className="sv-small muted">{row.unmarked} not marked</div>
                ) : null}
              </th>
              <td>{row.elements}</td>
              <td>{row.maxPartials}</td>
              <td className={row.partials > row.maxPartials ? 'sv-over' : undefined}>
                {row.partials}
              </td>
              <td>{row.compliancePlus}</td>
              <td className={row.nonCompliances > 0 ? 'sv-over' : undefined}>
                {row.nonCompliances}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="reasons sv-rules">
        {report.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </section>
  );
}
