import type { ReactElement } from 'react';
import { COMPLIES_WORDS } from '../../../shared/export/export-context';
import { shareText } from '../../../shared/report/build-report';
import type { StageScore } from '../../../shared/scoring/score-types';

interface Props {
  readonly score: StageScore;
  /** The template's column headings. */
  readonly columns: readonly string[];
}

const STATUS_CLASS = { complies: 'ok', fails: 'bad', incomplete: 'open' } as const;

/** The scores per criterion on the final marks, as the report prints them; live, read-only. */
export function ScoresTable({ score, columns }: Props): ReactElement {
  return (
    <table className="rp-table rp-scores">
      <caption className="sr-only">Scores per criterion</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {score.criteria.map((c) => (
          <tr key={c.criterion} data-criterion={c.criterion}>
            <th scope="row">
              {c.criterion} {c.name}
            </th>
            <td>{c.elements}</td>
            <td>{c.maxPartial}</td>
            <td>{c.p}</td>
            <td>{c.cp}</td>
            <td>{c.nc}</td>
            <td>{shareText(c.fullOrBetterShare)}</td>
            <td>
              <span className={`rp-complies ${STATUS_CLASS[c.status]}`}>
                {COMPLIES_WORDS[c.status]}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
