import { useContext, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import type { LinkedEvidenceItem } from '../../../shared/evidence/links';
import { citation, fillDeskTopEvidence } from '../../../shared/evidence/links';
import type { DocumentId } from '../../../shared/evidence/types';
import type { ElementId, OrganisationId, StageId } from '../../../shared/types/ids';
import type { EvidenceActions } from '../../state/slice-types/evidence';
import { StoreContext, useApp } from '../../state/use-app';
import { documentsForElement, linksOfElement } from '../../services/evidence/library-state';
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
  const evidence = useApp((s) => s.evidence);
  const store = useContext(StoreContext);
  const [problem, setProblem] = useState<string | null>(null);
  // The problem is shown on this element's card only (the library holds the last one).
  const run = (action: () => Promise<boolean>): void => {
    void action().then((ok) =>
      setProblem(ok ? null : (store?.getState().libraries[organisationId]?.problem ?? null)),
    );
  };
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
  const library = `#/org/${organisationId}/library`;
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
        <ul className="le-links">
          {items.map(({ link, citation: cite }) => (
            <li key={link.id}>
              <a
                href={`${library}/${link.documentId}`}
                onClick={() => {
                  if (link.quote !== '')
                    void focusQuote(evidence, organisationId, link.documentId, link.quote);
                }}
              >
                {cite}
              </a>
              {link.note !== '' ? <span className="le-note">— {link.note}</span> : null}
              <button
                type="button"
                className="btn small link-button"
                onClick={() => run(() => evidence.unlink(organisationId, link.id))}
                aria-label={`Unlink ${cite} from ${elementId}`}
              >
                Unlink
              </button>
              {link.quote !== '' ? <q className="le-quote">{shorten(link.quote, 160)}</q> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {suggested.length > 0 ? (
        <div className="le-suggested">
          <span className="le-label">May evidence this:</span>
          <ul>
            {suggested.map(({ document, suggestion }) => (
              <li key={document.document.id}>
                <a href={`${library}/${document.document.id}`}>{document.document.name}</a>
                <span className="muted"> — matched {suggestion.terms.slice(0, 4).join(', ')}</span>
                <button
                  type="button"
                  className="btn small"
                  onClick={() =>
                    run(() =>
                      evidence.accept(organisationId, document.document.id, stageId, suggestion),
                    )
                  }
                  aria-label={`Link ${document.document.name} to ${elementId}`}
                >
                  Link
                </button>
                <button
                  type="button"
                  className="btn small link-button"
                  onClick={() =>
                    run(() => evidence.reject(organisationId, document.document.id, elementId))
                  }
                  aria-label={`Not evidence for ${elementId}: ${document.document.name}`}
                >
                  Not this
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {problem ? (
        <p className="le-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/** Asks the library to show the passage a link quotes when the document opens. */
async function focusQuote(
  evidence: EvidenceActions,
  organisationId: OrganisationId,
  documentId: DocumentId,
  quote: string,
): Promise<void> {
  const text = await evidence.text(organisationId, documentId);
  const start = quote.slice(0, 60);
  const passage = text?.passages.find((p) => p.text.replace(/\s+/g, ' ').includes(start));
  if (passage) evidence.focus(organisationId, documentId, passage.index);
}
