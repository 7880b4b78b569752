// The two lists of an element's evidence card (LinkedEvidence): the documents linked to the
// element, and documents that may evidence it.
import type { ReactElement } from 'react';
import type { LinkedEvidenceItem } from '../../../shared/evidence/links';
import type { DocumentId } from '../../../shared/evidence/types';
import type { ElementId, OrganisationId, StageId } from '../../../shared/types/ids';
import type { DocumentSuggestion } from '../../services/evidence/library-state';
import type { EvidenceActions } from '../../state/slice-types/evidence';
import { useApp } from '../../state/use-app';

/** Runs a library action; its problem, if it fails, is shown on the card. */
type Run = (action: () => Promise<boolean>) => void;

const libraryOf = (organisationId: OrganisationId): string => `#/org/${organisationId}/library`;

/** The element's links: each opens its document at the quoted passage, and can be unlinked. */
export function LinkedItems({
  organisationId,
  elementId,
  items,
  run,
}: {
  readonly organisationId: OrganisationId;
  readonly elementId: ElementId;
  readonly items: readonly LinkedEvidenceItem[];
  readonly run: Run;
}): ReactElement {
  const evidence = useApp((s) => s.evidence);
  const library = libraryOf(organisationId);
  return (
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
  );
}

/** Documents that may evidence the element: link one (accepting its suggestion) or dismiss it. */
export function SuggestedDocuments({
  organisationId,
  stageId,
  elementId,
  suggested,
  run,
}: {
  readonly organisationId: OrganisationId;
  readonly stageId: StageId;
  readonly elementId: ElementId;
  readonly suggested: readonly DocumentSuggestion[];
  readonly run: Run;
}): ReactElement {
  const evidence = useApp((s) => s.evidence);
  const library = libraryOf(organisationId);
  return (
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
