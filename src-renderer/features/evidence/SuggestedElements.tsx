import { useMemo } from 'react';
import type { ReactElement } from 'react';
import type { EvidenceLink } from '../../../shared/evidence/types';
import type { OrganisationId, StageId } from '../../../shared/types/ids';
import type { StoredDocument } from '../../db/index';
import type { LibraryState } from '../../services/evidence/library-state';
import { shownSuggestions } from '../../services/evidence/library-state';
import { useApp } from '../../state/use-app';
import { SuggestionList } from './SuggestionList';

interface Props {
  readonly organisationId: OrganisationId;
  readonly state: LibraryState;
  readonly stored: StoredDocument;
  /** The stage links are made to, chosen here. */
  readonly linkStage: StageId | null;
  readonly onLinkStage: (stageId: StageId) => void;
  /** The document's links (those at `linkStage` are marked as linked). */
  readonly links: readonly EvidenceLink[];
  readonly stageOptions: readonly ReactElement[];
  /** Opens the link dialog for the whole document. */
  readonly onLinkWhole: () => void;
}

/** The elements a document may evidence: link one (at the chosen stage), dismiss one, or link it whole. */
export function SuggestedElements({
  organisationId,
  state,
  stored,
  linkStage,
  onLinkStage,
  links,
  stageOptions,
  onLinkWhole,
}: Props): ReactElement {
  const evidence = useApp((s) => s.evidence);
  const id = stored.document.id;
  const linkedHere = useMemo(
    () => new Set<string>(links.filter((l) => l.stageId === linkStage).map((l) => l.element)),
    [links, linkStage],
  );
  return (
    <section className="doc-section" aria-labelledby="sg-title">
      <div className="section-head">
        <h3 id="sg-title">Suggested elements</h3>
        <label className="muted" htmlFor="link-stage-select">
          link to
        </label>
        <select
          id="link-stage-select"
          value={linkStage ?? ''}
          onChange={(e) => onLinkStage(e.target.value as StageId)}
        >
          {stageOptions}
        </select>
        <span className="spacer" />
        <button type="button" className="btn small" onClick={onLinkWhole}>
          Link whole document…
        </button>
      </div>
      <SuggestionList
        suggestions={shownSuggestions(state, stored)}
        linked={linkedHere}
        onAccept={(s) => linkStage && void evidence.accept(organisationId, id, linkStage, s)}
        onReject={(s) => void evidence.reject(organisationId, id, s.element)}
        onShowPassage={(p) => evidence.focus(organisationId, id, p)}
      />
    </section>
  );
}
