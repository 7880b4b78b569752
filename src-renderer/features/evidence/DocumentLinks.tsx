import type { ReactElement } from 'react';
import type { EvidenceLink } from '../../../shared/evidence/types';
import { citePlace } from '../../../shared/evidence/types';
import { stageTitle } from '../../../shared/records/select-stage';
import type { AssessmentRecord } from '../../../shared/types/record';
import { useApp } from '../../state/use-app';

interface Props {
  readonly record: AssessmentRecord;
  readonly links: readonly EvidenceLink[];
}

/** The links of one document: element, stage, place and note; unlinking keeps the document. */
export function DocumentLinks({ record, links }: Props): ReactElement {
  const evidence = useApp((s) => s.evidence);
  const stageName = (id: string): string => {
    const stage = record.stages.find((s) => s.id === id);
    return stage ? stageTitle(stage) : id;
  };
  return (
    <section className="doc-section" aria-labelledby="links-title">
      <h3 id="links-title">
        Linked to{' '}
        {links.length === 0
          ? 'no element yet'
          : `${links.length} element${links.length === 1 ? '' : 's'}`}
      </h3>
      {links.length > 0 ? (
        <ul className="doc-links">
          {links.map((l) => {
            const place = citePlace(l);
            return (
              <li key={l.id}>
                <a href={`#/org/${record.organisation.id}/stage/${l.stageId}`} className="num">
                  {l.element}
                </a>
                <span className="muted">{stageName(l.stageId)}</span>
                {place !== '' ? (
                  <span>{place}</span>
                ) : (
                  <span className="muted">whole document</span>
                )}
                {l.note !== '' ? <span className="le-note">{l.note}</span> : null}
                <button
                  type="button"
                  className="btn small link-button"
                  onClick={() => void evidence.unlink(record.organisation.id, l.id)}
                >
                  Unlink
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
