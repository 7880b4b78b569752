import type { ReactElement } from 'react';
import type { NextSurveillance } from '../../../shared/surveillance/plan';
import { formatLongDate } from '../../../shared/types/dates';
import type { OrganisationId } from '../../../shared/types/ids';
import { SURVEILLANCE_CATEGORY_NAMES } from '../../../shared/types/surveillance';

interface Props {
  readonly organisationId: OrganisationId;
  readonly next: NextSurveillance;
  /** Starts the stage of `next` when it is the record's next stage and not started; else null. */
  readonly onStart: (() => void) | null;
}

/** The surveillance (or reassessment) to prepare: when, on-site or not and why, what it carries. */
export function NextPanel({ organisationId, next, onStart }: Props): ReactElement {
  const { item, visit, category } = next;
  const stageId = item.stageId;
  return (
    <section className="panel sv-next" aria-labelledby="sv-next-title" data-testid="next">
      <header>
        <h2 id="sv-next-title" className="sv-h2">
          Next: {item.title}
        </h2>
        <span className={`sv-badge ${visit.mode}`}>{visit.mode}</span>
      </header>
      <div className="body">
        <dl className="sv-facts">
          <dt>Due</dt>
          <dd>{item.due === null ? 'not known yet' : formatLongDate(item.due)}</dd>
          <dt>Contact the client</dt>
          <dd>
            {item.contact === null ? 'not known yet' : formatLongDate(item.contact)}
            {item.contactedOn !== null ? (
              <span className="muted"> · contacted {formatLongDate(item.contactedOn)}</span>
            ) : null}
          </dd>
          <dt>Visit</dt>
          <dd>
            {visit.mode === 'on-site' ? 'On-site' : 'Off-site'}
            <ul className="reasons">
              {visit.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </dd>
          {next.basedOn ? (
            <>
              <dt>Starts from</dt>
              <dd>
                {next.basedOn.title}
                {category ? (
                  <>
                    {' · category '}
                    <span className={`sv-badge ${category.category}`}>
                      {SURVEILLANCE_CATEGORY_NAMES[category.category]}
                    </span>{' '}
                    <span className="muted sv-small">
                      {category.source === 'assessor' ? "assessor's decision" : 'suggested'}
                    </span>
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
          <dt>Development points</dt>
          <dd>
            <a href={`#/org/${organisationId}/points`}>
              {next.openPoints.length} carried in
              {next.openPoints.some((p) => p.nonCompliance) ? ' (non-compliance among them)' : ''}
            </a>
          </dd>
          {item.kind !== 'reassessment' ? (
            <>
              <dt>Documents</dt>
              <dd>
                {next.documentsOutstanding} of {next.documents.length} outstanding
              </dd>
            </>
          ) : null}
        </dl>
        <div className="sv-actions">
          {onStart ? (
            <button type="button" className="btn primary" onClick={onStart}>
              Start {item.title}…
            </button>
          ) : null}
          {stageId !== null ? (
            <>
              <a className="btn" href={`#/org/${organisationId}/stage/${stageId}`}>
                Open workbook
              </a>
              {item.kind !== 'reassessment' ? (
                <a className="btn" href={`#/org/${organisationId}/stage/${stageId}/on-site`}>
                  On-site plan
                </a>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}
