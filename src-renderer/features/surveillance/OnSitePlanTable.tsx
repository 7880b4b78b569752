import type { ReactElement } from 'react';
import type { OnSitePlan } from '../../../shared/surveillance/on-site-plan';
import type { OnSitePlanRow } from '../../../shared/types/surveillance';
import { AutoTextArea } from '../../components/AutoTextArea';
import { IsoDateField } from './IsoDateField';
import { insertAt, moveItem, removeAt, replaceAt } from './list-edit';

interface Props {
  readonly plan: OnSitePlan;
  /** Saves the rows made from the rows shown (recorded or suggested) by `change`. */
  readonly onRows: (change: (rows: readonly OnSitePlanRow[]) => OnSitePlanRow[]) => void;
}

const EMPTY_ROW: OnSitePlanRow = { date: null, time: '', people: '', issues: '' };

/** Moves keyboard focus to a row's control after the rows were reordered. */
function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The on-site plan table: date/time, key people to be seen, key issues to be explored. */
export function OnSitePlanTable({ plan, onRows }: Props): ReactElement {
  const rows = plan.rows;
  const edit = (i: number, patch: Partial<OnSitePlanRow>): void =>
    onRows((list) => replaceAt(list, i, { ...(list[i] ?? EMPTY_ROW), ...patch }));
  return (
    <div className="sv-onsite">
      <table className="sv-plan-table" data-testid="on-site-rows" data-source={plan.source}>
        <thead>
          <tr>
            <th scope="col" className="sv-col-n">
              #
            </th>
            <th scope="col" className="sv-col-when">
              Date / time
            </th>
            <th scope="col">Key people to be seen</th>
            <th scope="col">Key issues to be explored</th>
            <th scope="col" className="sv-col-actions">
              <span className="sr-only">Row actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={5} className="muted sv-empty-row">
                No rows: nothing is carried into this stage. Add the sessions of the visit.
              </td>
            </tr>
          ) : null}
          {rows.map((row, i) => {
            const id = `sv-row-${i}`;
            const n = i + 1;
            return (
              <tr key={i} data-row={i}>
                <td className="sv-col-n">{n}</td>
                <td className="sv-col-when">
                  <IsoDateField
                    id={`${id}-date`}
                    label={`Date of row ${n}`}
                    hideLabel
                    placeholder="date"
                    value={row.date}
                    onChange={(date) => edit(i, { date })}
                  />
                  <label className="sr-only" htmlFor={`${id}-time`}>
                    Time of row {n}
                  </label>
                  <input
                    id={`${id}-time`}
                    className="input sv-time"
                    placeholder="time, e.g. 09:30–10:30"
                    value={row.time}
                    onChange={(e) => edit(i, { time: e.target.value })}
                  />
                </td>
                <td>
                  <label className="sr-only" htmlFor={`${id}-people`}>
                    Key people to be seen, row {n}
                  </label>
                  <AutoTextArea
                    id={`${id}-people`}
                    className="input sv-area"
                    rows={2}
                    placeholder="names and roles"
                    value={row.people}
                    onValue={(people) => edit(i, { people })}
                  />
                </td>
                <td>
                  <label className="sr-only" htmlFor={`${id}-issues`}>
                    Key issues to be explored, row {n}
                  </label>
                  <AutoTextArea
                    id={`${id}-issues`}
                    className="input sv-area"
                    rows={2}
                    value={row.issues}
                    onValue={(issues) => edit(i, { issues })}
                  />
                </td>
                <td className="sv-col-actions">
                  <div className="sv-row-actions">
                    <button
                      type="button"
                      id={`${id}-up`}
                      className="btn small"
                      aria-label={`Move row ${n} up`}
                      disabled={i === 0}
                      onClick={() => {
                        onRows((list) => moveItem(list, i, -1));
                        focusLater(`sv-row-${i - 1}-up`);
                      }}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      id={`${id}-down`}
                      className="btn small"
                      aria-label={`Move row ${n} down`}
                      disabled={i === rows.length - 1}
                      onClick={() => {
                        onRows((list) => moveItem(list, i, 1));
                        focusLater(`sv-row-${i + 1}-down`);
                      }}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="btn small danger"
                      aria-label={`Remove row ${n}`}
                      onClick={() => onRows((list) => removeAt(list, i))}
                    >
                      ✕
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        className="btn small"
        onClick={() => {
          onRows((list) => insertAt(list, list.length, EMPTY_ROW));
          focusLater(`sv-row-${rows.length}-date`);
        }}
      >
        Add a row
      </button>
    </div>
  );
}
