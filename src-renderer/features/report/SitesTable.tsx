import type { ReactElement } from 'react';
import { setSites } from '../../../shared/report/report-edit';
import type { StageId } from '../../../shared/types/ids';
import type { ReportSiteRow } from '../../../shared/types/report';
import type { EditReport } from './use-report';

interface Props {
  readonly stageId: StageId;
  readonly rows: readonly ReportSiteRow[];
  /** The template's column headings: site, people and groups met. */
  readonly columns: readonly string[];
  readonly readOnly: boolean;
  readonly onEdit: EditReport;
}

/** The methodology table: each site visited and the people and groups met there. */
export function SitesTable({ stageId, rows, columns, readOnly, onEdit }: Props): ReactElement {
  const [siteLabel = '', peopleLabel = ''] = columns;
  const change = (i: number, row: ReportSiteRow | null): void =>
    onEdit(stageId, (r) =>
      setSites(
        r,
        row === null
          ? r.sites.filter((_, j) => j !== i)
          : r.sites.map((old, j) => (j === i ? row : old)),
      ),
    );
  return (
    <div className="rp-sites" id="report-sites" tabIndex={-1}>
      <table className="rp-table">
        <caption className="sr-only">
          {siteLabel} and {peopleLabel}
        </caption>
        <thead>
          <tr>
            <th scope="col">{siteLabel}</th>
            <th scope="col">{peopleLabel}</th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={3} className="muted">
                No site listed yet.
              </td>
            </tr>
          ) : null}
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                <input
                  className="input"
                  aria-label={`${siteLabel}, row ${i + 1}`}
                  value={row.site}
                  readOnly={readOnly}
                  onChange={(e) => change(i, { ...row, site: e.target.value })}
                />
              </td>
              <td>
                <input
                  className="input"
                  aria-label={`${peopleLabel}, row ${i + 1}`}
                  value={row.people}
                  readOnly={readOnly}
                  onChange={(e) => change(i, { ...row, people: e.target.value })}
                />
              </td>
              <td>
                {readOnly ? null : (
                  <button
                    type="button"
                    className="btn small"
                    aria-label={`Remove row ${i + 1}${row.site ? ` (${row.site})` : ''}`}
                    onClick={() => change(i, null)}
                  >
                    Remove
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {readOnly ? null : (
        <button
          type="button"
          className="btn small"
          onClick={() =>
            onEdit(stageId, (r) => setSites(r, [...r.sites, { site: '', people: '' }]))
          }
        >
          Add a row
        </button>
      )}
    </div>
  );
}
