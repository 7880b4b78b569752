import type { ReactElement } from 'react';
import type { PlanAlert } from '../../../shared/surveillance/alerts';

interface Props {
  readonly alerts: readonly PlanAlert[];
  readonly warnings: readonly string[];
  readonly horizonDays: number;
}

/** Overdue and upcoming dates, in sentences, then what the planner could not settle. */
export function AlertList({ alerts, warnings, horizonDays }: Props): ReactElement {
  return (
    <section className="sv-alerts" aria-label="Overdue and upcoming" data-testid="plan-alerts">
      {alerts.length === 0 ? (
        <p className="sv-alert calm">
          Nothing is overdue and nothing is due in the next {horizonDays} days.
        </p>
      ) : (
        <ul>
          {alerts.map((a) => (
            <li key={`${a.itemKey}-${a.subject}`} className={`sv-alert ${a.kind}`}>
              <span className={`sv-badge ${a.kind}`}>
                {a.kind === 'overdue' ? 'Overdue' : 'Upcoming'}
              </span>
              <span>{a.sentence}</span>
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 ? (
        <ul className="reasons warnings" aria-label="Warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
