import { useState } from 'react';
import type { ReactElement } from 'react';
import type { ReportText } from '../../../shared/report/report-points';
import { ReportField } from './ReportField';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly text: ReportText;
  /** Where the pre-fill comes from, in words ("the development note"). */
  readonly source: string;
  /** Why there is no pre-fill, when the source is empty; default "<source> is empty". */
  readonly emptyReason?: string;
  readonly readOnly: boolean;
  /** A string is the assessor's wording; null goes back to the live pre-fill. */
  readonly onText: (text: string | null) => void;
}

/**
 * One text of a development point. Until the assessor types, it shows the pre-fill from the
 * workbook and follows it; once typed, it is theirs. Going back to the pre-fill keeps their text
 * on screen to restore, so nothing written is lost by one click.
 */
export function PointText({
  id,
  label,
  text,
  source,
  emptyReason,
  readOnly,
  onText,
}: Props): ReactElement {
  const [replaced, setReplaced] = useState<string | null>(null);
  const status = text.edited ? (
    <>
      Your wording.{' '}
      {!readOnly && text.text !== text.prefill ? (
        <button
          type="button"
          className="rp-link"
          onClick={() => {
            setReplaced(text.text);
            onText(null);
          }}
        >
          Use the pre-fill from {source} again
        </button>
      ) : null}
    </>
  ) : (
    <>
      {text.prefill === ''
        ? `Nothing to pre-fill: ${emptyReason ?? `${source} is empty`}.`
        : `Pre-filled from ${source}; it follows the workbook until you edit it here.`}
      {replaced !== null && !readOnly ? (
        <>
          {' '}
          <button
            type="button"
            className="rp-link"
            onClick={() => {
              onText(replaced);
              setReplaced(null);
            }}
          >
            Restore the text you had written
          </button>
        </>
      ) : null}
    </>
  );
  return (
    <ReportField
      id={id}
      label={label}
      value={text.text}
      readOnly={readOnly}
      status={status}
      rows={2}
      onValue={(value) => {
        setReplaced(null);
        onText(value);
      }}
    />
  );
}
