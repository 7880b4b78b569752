import { useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import { DEFAULT_HORIZON_DAYS } from '../../../shared/surveillance/alerts';
import { formatLongDate } from '../../../shared/types/dates';
import type { PortfolioRow } from '../../db/index';
import { useToday } from '../../state/use-deps';
import { CalendarButton } from './CalendarButton';
import { dueLines, whenWords } from './due-overview';
import './surveillance.css';

/** Lines shown before "Show all". */
const FIRST_LINES = 8;

/**
 * "Due & overdue" across the active organisations: every surveillance or reassessment due date
 * and client-contact date that has passed, or comes within the next 60 days, most urgent first.
 */
export function DueOverview({ rows }: { readonly rows: readonly PortfolioRow[] }): ReactElement {
  const today = useToday();
  const [all, setAll] = useState(false);
  const lines = useMemo(() => dueLines(rows, today), [rows, today]);
  const overdue = lines.filter((l) => l.alert.kind === 'overdue').length;
  const upcoming = lines.length - overdue;
  const shown = all ? lines : lines.slice(0, FIRST_LINES);
  return (
    <section className="panel sv-due" aria-labelledby="sv-due-title" data-testid="due-overview">
      <header>
        <h2 id="sv-due-title" className="sv-h2">
          Due &amp; overdue
        </h2>
        <span className={`sv-badge ${overdue > 0 ? 'overdue' : 'done'}`}>{overdue} overdue</span>
        <span className={`sv-badge ${upcoming > 0 ? 'upcoming' : 'done'}`}>
          {upcoming} in the next {DEFAULT_HORIZON_DAYS} days
        </span>
        <span className="spacer" />
        <CalendarButton />
      </header>
      {lines.length === 0 ? (
        <p className="body muted">
          Nothing is overdue and nothing is due in the next {DEFAULT_HORIZON_DAYS} days.
        </p>
      ) : (
        <table className="sv-due-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Organisation</th>
              <th scope="col">What</th>
              <th scope="col">Date</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((line) => (
              <tr key={`${line.organisationId}-${line.alert.itemKey}-${line.alert.subject}`}>
                <td className="sv-nowrap">
                  <span className={`sv-badge ${line.alert.kind}`}>{whenWords(line.alert)}</span>
                </td>
                <td>
                  <a className="org-name" href={`#/org/${line.organisationId}/plan`}>
                    {line.name || 'Unnamed organisation'}
                  </a>
                  {line.reference ? <span className="muted"> · {line.reference}</span> : null}
                </td>
                <td>
                  {line.alert.subject === 'contact'
                    ? `Contact the client about ${line.item.title}`
                    : `${line.item.title} due`}
                  {line.item.heldOn !== null ? (
                    <span className="muted sv-small">
                      {' '}
                      · visit booked {formatLongDate(line.item.heldOn)}
                    </span>
                  ) : null}
                </td>
                <td className="sv-nowrap">{formatLongDate(line.alert.date)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {lines.length > FIRST_LINES ? (
        <div className="body sv-more">
          <button type="button" className="btn small" onClick={() => setAll(!all)}>
            {all ? `Show the first ${FIRST_LINES}` : `Show all ${lines.length}`}
          </button>
        </div>
      ) : null}
    </section>
  );
}
