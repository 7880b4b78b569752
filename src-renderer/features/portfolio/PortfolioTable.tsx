import type { ReactElement } from 'react';
import { VerdictBadge } from '../../components/VerdictBadge';
import { PortfolioActions } from './PortfolioActions';
import type { PortfolioLine } from './portfolio-view';

/** The portfolio's organisations, one row each, with their stage, verdict, progress and dates. */
export function PortfolioTable({ lines }: { lines: readonly PortfolioLine[] }): ReactElement {
  return (
    <div className="panel">
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">Organisation</th>
            <th scope="col">Reference</th>
            <th scope="col">Current stage</th>
            <th scope="col">Final verdict</th>
            <th scope="col">Progress</th>
            <th scope="col">Next key date</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <PortfolioRow key={line.id} line={line} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One organisation: its name (a link to its current stage), reference, progress and next date. */
function PortfolioRow({ line }: { line: PortfolioLine }): ReactElement {
  return (
    <tr>
      <td>
        <a
          className="org-name"
          href={`#/org/${line.id}${line.stageId && !line.trashed ? `/stage/${line.stageId}` : ''}`}
        >
          {line.name}
        </a>
        {line.units ? (
          <div className="muted" style={{ fontSize: 12, marginTop: 2 }}>
            {line.units}
          </div>
        ) : null}
      </td>
      <td>{line.reference || <span className="muted">—</span>}</td>
      <td>{line.stageTitle}</td>
      <td>{line.verdict ? <VerdictBadge verdict={line.verdict} /> : '—'}</td>
      <td>
        <div
          className="progress"
          aria-label={`${line.marksGiven} of ${line.elements} final marks given`}
        >
          <div className="bar">
            <span style={{ width: `${(100 * line.marksGiven) / line.elements}%` }} />
          </div>
          <span>
            {line.marksGiven}/{line.elements}
          </span>
        </div>
      </td>
      <td>
        {line.overdue > 0 ? (
          <span className="badge not-achieved">{line.overdue} overdue</span>
        ) : null}{' '}
        {line.nextDate || (line.overdue > 0 ? null : <span className="muted">none set</span>)}
      </td>
      <td>
        <PortfolioActions line={line} />
      </td>
    </tr>
  );
}
