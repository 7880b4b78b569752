import { memo, useCallback, useState } from 'react';
import type { ReactElement } from 'react';
import type { CatalogueElement } from '../../../shared/catalogue/catalogue';
import type { ElementId, OrganisationId, StageId } from '../../../shared/types/ids';
import type { MaybeMark } from '../../../shared/types/marks';
import type { ElementEntry } from '../../../shared/types/record';
import { AutoTextArea } from '../../components/AutoTextArea';
import { MarkPicker } from '../../components/MarkPicker';
import type { EntryPatch } from '../../db/index';
import { ElementHistory } from './ElementHistory';
import { LinkedEvidence } from '../evidence/LinkedEvidence';

interface Props {
  readonly element: CatalogueElement;
  readonly entry: ElementEntry;
  readonly organisationId: OrganisationId;
  readonly stageId: StageId;
  /** A signed-off stage: every field shows but none can be changed. */
  readonly readOnly?: boolean;
  readonly onEdit: (stageId: StageId, element: ElementId, patch: EntryPatch) => void;
}

/** One element of the workbook: its statement, the assessor's texts and both marks. */
export const ElementCard = memo(function ElementCard({
  element,
  entry,
  organisationId,
  stageId,
  readOnly = false,
  onEdit,
}: Props): ReactElement {
  const [showHistory, setShowHistory] = useState(false);
  const id = `el-${element.id.replaceAll('.', '-')}`;
  const edit = useCallback(
    (patch: EntryPatch) => onEdit(stageId, element.id, patch),
    [onEdit, stageId, element.id],
  );
  const anyCp = entry.dtrMark === 'CP' || entry.finalMark === 'CP';
  const needsPoint =
    isDevelopment(entry.dtrMark) || isDevelopment(entry.finalMark) || entry.developmentNote !== '';
  return (
    <article
      className="element"
      id={id}
      data-element={element.id}
      data-final={entry.finalMark ?? ''}
      aria-labelledby={`${id}-title`}
    >
      <div className="head">
        <span className="num" id={`${id}-title`}>
          {element.id}
        </span>
        <span className="statement">
          {element.statement}
          {element.wordingUnconfirmed ? (
            <em className="muted"> (wording to be confirmed against the official standard)</em>
          ) : null}
        </span>
        <button
          type="button"
          className="btn small history-toggle"
          aria-expanded={showHistory}
          aria-controls={`${id}-history`}
          onClick={() => setShowHistory((v) => !v)}
        >
          History
        </button>
      </div>
      {showHistory ? (
        <div id={`${id}-history`} className="history-panel">
          <ElementHistory organisationId={organisationId} stageId={stageId} element={element.id} />
        </div>
      ) : null}
      {/* Its own form: Chrome's autofill then re-reads only this element's fields on each
          keystroke, not every field of the workbook (bench/README.md). Nothing submits. */}
      <form className="element-fields" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="plain" disabled={readOnly}>
          <div className="texts">
            <TextField
              id={`${id}-dte`}
              label="Desk-top evidence"
              value={entry.deskTopEvidence}
              onValue={(v) => edit({ deskTopEvidence: v })}
            />
            <TextField
              id={`${id}-kq`}
              label="Key questions / person asked"
              value={entry.keyQuestions}
              onValue={(v) => edit({ keyQuestions: v })}
            />
            <TextField
              id={`${id}-ve`}
              label="Visit day(s) evidence"
              value={entry.visitEvidence}
              onValue={(v) => edit({ visitEvidence: v })}
            />
          </div>
          <div className="marks">
            <MarkPicker
              label={`DTR result ${element.id}`}
              value={entry.dtrMark}
              onChange={(m) => edit({ dtrMark: m })}
            />
            <MarkPicker
              label={`Visit (final) result ${element.id}`}
              value={entry.finalMark}
              onChange={(m) => edit({ finalMark: m })}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={entry.verifiedOnSite}
                onChange={(e) => edit({ verifiedOnSite: e.target.checked })}
              />
              Verified on-site (VO)
            </label>
          </div>
          {anyCp || needsPoint ? (
            <div className="extra">
              {anyCp || entry.cpJustification !== '' ? (
                <TextField
                  id={`${id}-cp`}
                  label="Compliance Plus justification"
                  value={entry.cpJustification}
                  onValue={(v) => edit({ cpJustification: v })}
                  problem={
                    anyCp && entry.cpJustification.trim() === ''
                      ? 'A Compliance Plus needs a written justification.'
                      : undefined
                  }
                />
              ) : null}
              {needsPoint ? (
                <TextField
                  id={`${id}-dp`}
                  label="Development point"
                  value={entry.developmentNote}
                  onValue={(v) => edit({ developmentNote: v })}
                />
              ) : null}
            </div>
          ) : null}
          {/* After the marks: Tab goes from the last text to the DTR mark in one step whether
              or not the library has evidence for the element. */}
          <LinkedEvidence
            organisationId={organisationId}
            stageId={stageId}
            elementId={element.id}
            onFill={(fill) => edit({ deskTopEvidence: fill(entry.deskTopEvidence) })}
          />
        </fieldset>
      </form>
    </article>
  );
});

function isDevelopment(mark: MaybeMark): boolean {
  return mark === 'P' || mark === 'NC';
}

interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly problem?: string | undefined;
}

function TextField({ id, label, value, onValue, problem }: TextFieldProps): ReactElement {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <AutoTextArea
        id={id}
        value={value}
        onValue={onValue}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />
      {problem ? (
        <span className="problem" id={`${id}-problem`}>
          {problem}
        </span>
      ) : null}
    </div>
  );
}
