import { useContext, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import type { LinkedEvidenceItem } from '../../../shared/evidence/links';
import { citation, fillDeskTopEvidence } from '../../../shared/evidence/links';
import type { ElementId, OrganisationId, StageId } from '../../../shared/types/ids';
import { StoreContext } from '../../state/use-app';
import { documentsForElement, linksOfElement } from '../../services/evidence/library-state';
import { LinkedItems, SuggestedDocuments } from './LinkedEvidenceLists';
import { useLibrary } from './use-library';
import './evidence.css';

interface Props {
  readonly organisationId: OrganisationId;
  readonly stageId: StageId;
  readonly elementId: ElementId;
  /**
   * Fills the element's desk-top evidence from its links: called with a function from the
   * current text to the filled text (the current text is kept; a line is added per link not
   * yet in it). The workbook applies it with `editEntry`, so it autosaves and can be undone.
   */
  readonly onFill: (fill: (current: string) => string) => void;
  /** Most suggested documents shown (default 3). */
  readonly maxSuggestions?: number;
}

/**
 * Runs library actions for one element's card: the problem of the last one, if it failed, is
 * shown on this card only (the library holds the last problem of any).
 */
function useCardProblem(
  organisationId: OrganisationId,
): [string | null, (action: () => Promise<boolean>) => void] {
  const store = useContext(StoreContext);
  const [problem, setProblem] = useState<string | null>(null);
  const run = (action: () => Promise<boolean>): void => {
    void action().then((ok) =>
      setProblem(ok ? null : (store?.getState().libraries[organisationId]?.problem ?? null)),
    );
  };
  return [problem, run];
}

/**
 * An element's evidence in the workbook: the documents and passages linked to it (each with its
 * place and note, openable in the library, unlinkable), one action to fill the desk-top evidence
 * from them, and documents that may evidence it, to link or dismiss. Nothing is linked without
 * the assessor's click. Renders nothing while the library has nothing for the element.
 */
export function LinkedEvidence({
  organisationId,
  stageId,
  elementId,
  onFill,
  maxSuggestions = 3,
}: Props): ReactElement | null {
  const state = useLibrary(organisationId);
  const [problem, run] = useCardProblem(organisationId);
  const items = useMemo((): LinkedEvidenceItem[] => {
    const documents = new Map(state.documents.map((d) => [d.document.id, d.document]));
    return linksOfElement(state, stageId, elementId).flatMap((link) => {
      const document = documents.get(link.documentId);
      return document ? [{ link, document, citation: citation(document, link) }] : [];
    });
  }, [state, stageId, elementId]);
  const suggested = useMemo(
    () => documentsForElement(state, stageId, elementId).slice(0, maxSuggestions),
    [state, stageId, elementId, maxSuggestions],
  );
  if (items.length === 0 && suggested.length === 0) return null;
  const headingId = `ev-${stageId}-${elementId.replaceAll('.', '-')}`;
  return (
    <section
      className="linked-evidence"
      aria-labelledby={headingId}
      data-testid={`evidence-${elementId}`}
    >
      <div className="le-head">
        <h4 id={headingId}>
          {items.length > 0 ? (
            <>
              Linked evidence <span className="muted">({items.length})</span>
            </>
          ) : (
            'Evidence library'
          )}
        </h4>
        {items.length > 0 ? (
          <button
            type="button"
            className="btn small"
            onClick={() => onFill((current) => fillDeskTopEvidence(current, items))}
            title="Adds a line per linked document to the desk-top evidence; your text is kept"
          >
            Fill desk-top evidence from links
          </button>
        ) : null}
      </div>
      {items.length > 0 ? (
        <LinkedItems
          organisationId={organisationId}
          elementId={elementId}
          items={items}
          run={run}
        />
      ) : null}
      {suggested.length > 0 ? (
        <SuggestedDocuments
          organisationId={organisationId}
          stageId={stageId}
          elementId={elementId}
          suggested={suggested}
          run={run}
        />
      ) : null}
      {problem ? (
        <p className="le-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
