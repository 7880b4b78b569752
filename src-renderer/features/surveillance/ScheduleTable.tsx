import type { ReactElement } from 'react';
import type { PlanAlert } from '../../../shared/surveillance/alerts';
import type { ScheduleItem } from '../../../shared/surveillance/schedule';
import { ITEM_STATE_NAMES } from '../../../shared/surveillance/schedule';
import { formatLongDate } from '../../../shared/types/dates';
import { relativeDays } from '../../../shared/types/date-math';
import { setContactedOn } from './surveillance-changes';
import type { EditSurveillance } from './use-surveillance-record';
import { IsoDateField } from './IsoDateField';

interface Props {
  readonly schedule: readonly ScheduleItem[];
  readonly alerts: readonly PlanAlert[];
  readonly onEdit: EditSurveillance;
}

/** Every surveillance and reassessment of the cycle: due and contact dates, where each stands. */
export function ScheduleTable({ schedule, alerts, onEdit }: Props): ReactElement {
  const alertOf = (item: ScheduleItem, subject: PlanAlert['subject']): PlanAlert | undefined =>
    alerts.find((a) => a.itemKey === item.key && a.subject === subject);
  return (
    <section className="panel" aria-labelledby="sv-schedule-title">
      <header>
        <h2 id="sv-schedule-title" className="sv-h2">
          Cycle dates
        </h2>
        <span className="muted sv-small">
          Due 12 months apart; the certifying body contacts the client 2 months before.
        </span>
      </header>
      <table className="grid sv-table" data-testid="schedule">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Due</th>
            <th scope="col">Contact the client</th>
            <th scope="col">Client contacted on</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {schedule.map((item) => (
            <tr key={item.key} data-item={item.key}>
              <th scope="row">{item.title}</th>
              <td data-cell="due">
                <DateCell date={item.due} alert={alertOf(item, 'due')} />
                <div className="sv-basis">{item.basis}</div>
              </td>
              <td data-cell="contact">
                <DateCell date={item.contact} alert={alertOf(item, 'contact')} />
              </td>
              <td>
                {item.stageId === null ? (
                  <span className="muted sv-small">once started</span>
                ) : (
                  <ContactedField item={item} stageId={item.stageId} onEdit={onEdit} />
                )}
              </td>
              <td>
                <span className={`sv-badge ${item.state}`}>{ITEM_STATE_NAMES[item.state]}</span>
                {item.heldOn !== null ? (
                  <div className="sv-small muted">
                    {item.state === 'done' ? 'held' : 'visit'} {formatLongDate(item.heldOn)}
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function DateCell({
  date,
  alert,
}: {
  readonly date: ScheduleItem['due'];
  readonly alert: PlanAlert | undefined;
}): ReactElement {
  if (date === null) return <span className="muted">not known yet</span>;
  return (
    <>
      <strong className="sv-date-text">{formatLongDate(date)}</strong>
      {alert ? (
        <span className={`sv-badge ${alert.kind}`} title={alert.sentence}>
          {alert.kind === 'overdue' ? 'overdue' : relativeDays(alert.days)}
        </span>
      ) : null}
    </>
  );
}

function ContactedField({
  item,
  stageId,
  onEdit,
}: {
  readonly item: ScheduleItem;
  readonly stageId: NonNullable<ScheduleItem['stageId']>;
  readonly onEdit: EditSurveillance;
}): ReactElement {
  return (
    <IsoDateField
      id={`sv-contacted-${item.key.replace('#', '-')}`}
      label={`Client contacted about ${item.title} on`}
      hideLabel
      placeholder="not yet"
      value={item.contactedOn}
      onChange={(date) => onEdit(stageId, (stage) => setContactedOn(stage, date))}
    />
  );
}
