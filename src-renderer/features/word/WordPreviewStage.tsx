import type { ReactElement } from 'react';
import type {
  ImportWarning,
  PreviewElement,
  PreviewStage,
  ScoringCheck,
} from '../../../shared/word';
import { describeSource } from '../../../shared/word/read/doc-model';
import { formatKeyDate } from '../../../shared/types/dates';
import { STAGE_DATE_NAMES } from '../../../shared/types/record';

const ORIGIN_WORDS: Readonly<Record<PreviewElement['origin'], string>> = {
  table: 'read',
  missing: 'not in the document',
  carried: 'carried from the previous stage',
  changed: 'score changed at this stage',
};

function valueOf(element: PreviewElement, field: 'dtrMark' | 'finalMark'): string {
  const value = element.values.find((v) => v.field === field);
  if (!value) return '—';
  return value.written.trim() !== value.value
    ? `${value.value} (written “${value.written.trim()}”)`
    : value.value;
}

const SCORING_WORDS: Readonly<Record<ScoringCheck, string>> = {
  none: '',
  blank: 'The scoring table in the document is a blank template (every count 0); not compared.',
  agrees: 'The scoring table in the document agrees with the imported final marks.',
  differs: 'The scoring table in the document differs from the imported final marks:',
};

interface Props {
  readonly stage: PreviewStage;
  /** All the import's warnings; the stage shows its scoring-table differences. */
  readonly warnings: readonly ImportWarning[];
}

/**
 * One stage of a Word import: what made it a stage, dates as written and read, counts, the
 * document's scoring table against the imported marks, and every element's marks.
 */
export function WordPreviewStage({ stage, warnings }: Props): ReactElement {
  const c = stage.counts;
  const differs = warnings.filter(
    (w) => w.code === 'score-table-differs' && w.stageId === stage.stageId,
  );
  return (
    <section className="word-stage" aria-label={stage.title}>
      <h3>
        {stage.title}
        {stage.assessor ? <span className="muted"> · assessor {stage.assessor}</span> : null}
      </h3>
      <p className="muted">
        Made from {stage.madeFrom}. {c.found} elements read, {c.missing} missing, {c.carried}{' '}
        carried, {c.withFinalMark} with a final mark.
      </p>
      {stage.scoringTable !== 'none' ? (
        <div className={stage.scoringTable === 'differs' ? 'problem' : 'muted'}>
          <p>{SCORING_WORDS[stage.scoringTable]}</p>
          {differs.length > 0 ? (
            <ul className="reasons">
              {differs.map((w, i) => (
                <li key={i}>{w.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {stage.dates.some((d) => d.written.trim() !== '') ? (
        <ul className="reasons">
          {stage.dates
            .filter((d) => d.written.trim() !== '')
            .map((d) => (
              <li key={d.field}>
                {STAGE_DATE_NAMES[d.field]}: “{d.written}” →{' '}
                {d.readable ? (
                  formatKeyDate(d.value) || '—'
                ) : (
                  <span className="problem">not a date (kept in the notes)</span>
                )}
              </li>
            ))}
        </ul>
      ) : null}
      <details>
        <summary>All {stage.elements.length} elements</summary>
        <table className="grid word-elements">
          <thead>
            <tr>
              <th scope="col">Element</th>
              <th scope="col">Found</th>
              <th scope="col">DTR</th>
              <th scope="col">Final</th>
              <th scope="col">Statement</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {stage.elements.map((e) => (
              <tr key={e.element} data-word-element={e.element}>
                <td className="num">{e.element}</td>
                <td>{ORIGIN_WORDS[e.origin]}</td>
                <td>{valueOf(e, 'dtrMark')}</td>
                <td>{valueOf(e, 'finalMark')}</td>
                <td>
                  {e.statementMatches === null
                    ? '—'
                    : e.statementMatches
                      ? 'as catalogue'
                      : 'differs'}
                </td>
                <td className="muted">
                  {e.values[0]?.sources[0] ? describeSource(e.values[0].sources[0]) : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
