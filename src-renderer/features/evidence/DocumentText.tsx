import { useEffect, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import type { Passage } from '../../../shared/evidence/types';
import { citePlace } from '../../../shared/evidence/types';
import type { DocumentTextRow } from '../../db/index';

interface Props {
  /** Names each passage's button ("Link passage 3 of Complaints policy to an element…"). */
  readonly documentName: string;
  readonly text: DocumentTextRow | null;
  /** The passage to scroll to and mark, or null. */
  readonly focus: number | null;
  readonly onLink: (passage: Passage) => void;
}

/** The text of a document, passage by passage with its place, each one linkable. */
export function DocumentText({ documentName, text, focus, onLink }: Props): ReactElement {
  const container = useRef<HTMLDivElement>(null);
  const [marked, setMarked] = useState<number | null>(null);
  useEffect(() => {
    if (focus === null || !text) return;
    const el = container.current?.querySelector<HTMLElement>(`[data-passage="${focus}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
    setMarked(focus);
  }, [focus, text]);
  if (!text) return <p className="muted">Reading the text…</p>;
  if (text.status === 'no-text') {
    return (
      <p className="muted">
        No text was found in this file (a scan or an attachment): it is kept, but search and
        suggestions cannot see it.
      </p>
    );
  }
  let lastPlace = '';
  return (
    <div className="doc-text" ref={container}>
      {text.passages.map((passage) => {
        const place = citePlace(passage);
        const heading = place !== lastPlace ? place : '';
        lastPlace = place;
        return (
          <div key={passage.index} className="passage-wrap">
            {heading !== '' ? <h4 className="passage-place">{heading}</h4> : null}
            <div
              className={`passage${marked === passage.index ? ' focused' : ''}`}
              data-passage={passage.index}
              tabIndex={-1}
            >
              <p>
                {passage.text.split('\n').map((line, i) => (
                  <span key={i}>
                    {i > 0 ? <br /> : null}
                    {line}
                  </span>
                ))}
              </p>
              <button
                type="button"
                className="btn small passage-link"
                onClick={() => onLink(passage)}
                aria-label={`Link passage ${passage.index + 1} of ${documentName} to an element…`}
              >
                Link to element…
              </button>
            </div>
          </div>
        );
      })}
    </div>
  );
}
