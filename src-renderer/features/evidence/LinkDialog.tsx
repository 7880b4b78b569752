import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import { DEFAULT_CATALOGUE } from '../../../shared/catalogue/catalogue';
import type { Suggestion } from '../../../shared/evidence/suggest';
import type { Passage } from '../../../shared/evidence/types';
import { citePlace } from '../../../shared/evidence/types';
import { stageTitle } from '../../../shared/records/select-stage';
import type { ElementId, StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import { Dialog } from '../../components/Dialog';

interface Props {
  readonly record: AssessmentRecord;
  readonly documentName: string;
  /** The passage to link, or null to link the whole document. */
  readonly passage: Passage | null;
  readonly stageId: StageId | null;
  readonly onLink: (link: { stageId: StageId; element: ElementId; note: string }) => void;
  readonly onClose: () => void;
}

/** Suggested elements for one passage, worked out here (the engine loads on first use). */
function usePassageSuggestions(passage: Passage | null): readonly Suggestion[] {
  const [suggestions, setSuggestions] = useState<readonly Suggestion[]>([]);
  useEffect(() => {
    if (!passage) return;
    let live = true;
    void (async () => {
      const { buildSuggestionModel } = await import('../../../shared/evidence/model');
      const { suggestElements } = await import('../../../shared/evidence/suggest');
      const found = suggestElements(buildSuggestionModel(), [passage], { top: 3 });
      if (live) setSuggestions(found);
    })();
    return () => {
      live = false;
    };
  }, [passage]);
  return suggestions;
}

/** Links a passage (or the whole document) to an element of a stage, with a note. */
export function LinkDialog({
  record,
  documentName,
  passage,
  stageId,
  onLink,
  onClose,
}: Props): ReactElement {
  const [stage, setStage] = useState<StageId>(
    stageId ?? (record.stages[record.stages.length - 1]?.id as StageId),
  );
  const suggestions = usePassageSuggestions(passage);
  const [element, setElement] = useState<ElementId | ''>('');
  const [note, setNote] = useState('');
  useEffect(() => {
    if (element === '' && suggestions[0]) setElement(suggestions[0].element);
  }, [suggestions, element]);
  const place = passage ? citePlace(passage) : '';
  return (
    <Dialog
      title="Link to an element"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="btn primary"
            disabled={element === ''}
            onClick={() => element !== '' && onLink({ stageId: stage, element, note })}
          >
            Link
          </button>
        </>
      }
    >
      <p className="muted">
        {documentName}
        {place !== '' ? `, ${place}` : passage ? '' : ' (the whole document)'}
      </p>
      {passage ? (
        <blockquote className="link-quote">
          {passage.text.slice(0, 600)}
          {passage.text.length > 600 ? '…' : ''}
        </blockquote>
      ) : null}
      {suggestions.length > 0 ? (
        <div className="field">
          <span className="label">Suggested for this passage</span>
          <div className="chips">
            {suggestions.map((s) => (
              <button
                key={s.element}
                type="button"
                className="btn small"
                aria-pressed={element === s.element}
                onClick={() => setElement(s.element)}
                title={`Matched: ${s.terms.join(', ')}`}
              >
                {s.element} <span className="muted">({s.terms.slice(0, 2).join(', ')})</span>
              </button>
            ))}
          </div>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="link-element">Element</label>
        <select
          id="link-element"
          value={element}
          onChange={(e) => setElement(e.target.value as ElementId)}
        >
          <option value="">Choose an element…</option>
          {DEFAULT_CATALOGUE.criteria.map((c) => (
            <optgroup key={c.number} label={`${c.number} ${c.name}`}>
              {c.elements.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.id} {e.statement.length > 90 ? `${e.statement.slice(0, 89)}…` : e.statement}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="link-stage">Stage</label>
        <select id="link-stage" value={stage} onChange={(e) => setStage(e.target.value as StageId)}>
          {record.stages.map((s) => (
            <option key={s.id} value={s.id}>
              {stageTitle(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="link-note">Note (optional)</label>
        <textarea
          id="link-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          placeholder="What it shows, what to check on site"
        />
      </div>
    </Dialog>
  );
}
